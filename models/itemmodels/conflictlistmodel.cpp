#include "conflictlistmodel.h"

#include "modelroles.h"
#include "sync/syncids.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString ConflictListModel::tableTitle(const QString &table)
{
    if (table == "affiliates"_L1)
        return tr("Partner");
    if (table == "programs"_L1)
        return tr("Program");
    if (table == "orders"_L1)
        return tr("Order");
    if (table == "coupons"_L1)
        return tr("Coupon");
    if (table == "memberships"_L1)
        return tr("Membership");
    if (table == "domains"_L1)
        return tr("Domain");
    if (table == "banners"_L1)
        return tr("Banner");
    if (table == "rewrites"_L1)
        return tr("Link rewrite");
    if (table == "transactions"_L1)
        return tr("Transaction");
    return table;
}

QString ConflictListModel::rowTitle(const SyncConflict &conflict)
{
    // A vanity address: its host and path.
    for (const QJsonObject *side : {&conflict.local, &conflict.central}) {
        const QString host = side->value(u"host"_s).toString();
        const QString path = side->value(u"path"_s).toString();
        if (!host.isEmpty() && !path.isEmpty())
            return host + path;
    }
    static const QStringList keys = {u"code"_s, u"name"_s, u"order_id"_s, u"domain"_s, u"title"_s, u"host"_s};
    for (const QString &key : keys) {
        for (const QJsonObject *side : {&conflict.local, &conflict.central}) {
            const QJsonValue value = side->value(key);
            if (value.isString() && !value.toString().isEmpty())
                return value.toString();
            if (value.isDouble())
                return QString::number(value.toInteger());
        }
    }
    return SyncIds::text(conflict.uid);
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SyncConflict &conflict = m_conflicts.at(index.row());
    if (role == ModelRoles::IdRole)
        return conflict.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ModelRoles::SortRole)
        return {};
    switch (Column(index.column())) {
    case Table:
        return tableTitle(conflict.table);
    case Row:
        return role == Qt::ToolTipRole ? SyncIds::text(conflict.uid) : rowTitle(conflict);
    case DetectedAt: {
        if (role == ModelRoles::SortRole)
            return conflict.detectedAt;
        const QDateTime when = QDateTime::fromString(conflict.detectedAt, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : conflict.detectedAt;
    }
    case Count:
        break;
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Table:
        return tr("Table");
    case Row:
        return tr("Row");
    case DetectedAt:
        return tr("Detected");
    case Count:
        break;
    }
    return {};
}

void ConflictListModel::setConflicts(const QList<SyncConflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

} // namespace PartnerDesk
