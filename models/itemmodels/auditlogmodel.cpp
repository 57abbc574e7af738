#include "auditlogmodel.h"

#include "modelroles.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PartnerDesk {

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(database)
{
    reload();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString AuditLogModel::summary(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (!object.contains(QStringLiteral("affiliate")))
        return json;
    QStringList parts;
    for (const char *key : {"affiliate", "kind", "commission", "currency", "status"}) {
        const QString value = object.value(QLatin1String(key)).toVariant().toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::SortRole:
        switch (index.column()) {
        case At:
            return role == ModelRoles::SortRole ? entry.at : QString(entry.at).replace(u'T', u' ').remove(u'Z');
        case Actor:
            return entry.actor;
        case Login:
            return loginText(entry);
        case Action:
            return entry.action;
        case Entity:
            return entry.entity;
        case EntityId:
            return entry.entityId;
        case Before:
            return role == ModelRoles::SortRole ? entry.before : summary(entry.before);
        case After:
            return role == ModelRoles::SortRole ? entry.after : summary(entry.after);
        case Reason:
            return entry.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(entry, index.column());
    case ModelRoles::AttentionRole: {
        // A partner's login: the row is his desktop's word; a "Who" that names someone else, an error.
        const QString partner = partnerOf(entry);
        if (partner.isEmpty())
            return {};
        if (index.column() == Login)
            return 1;
        if (index.column() == Actor && !actorMatches(entry, partner))
            return 2;
        return {};
    }
    case ModelRoles::IdRole:
        return entry.id;
    case ModelRoles::ActiveRole:
        return true;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("When (UTC)");
    case Actor:
        return tr("Who");
    case Login:
        return tr("Login");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case EntityId:
        return tr("Entity id");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

QString AuditLogModel::loginText(const AuditEntry &entry) const
{
    if (entry.login.isEmpty())
        return entry.synced ? tr("(not recorded)") : tr("(not synced yet)");
    const QString partner = partnerOf(entry);
    return partner.isEmpty() ? entry.login : tr("%1 (partner %2)").arg(entry.login, partner);
}

bool AuditLogModel::actorMatches(const AuditEntry &entry, const QString &partnerCode)
{
    const QString actor = entry.actor.trimmed();
    return actor.compare(entry.login, Qt::CaseInsensitive) == 0 || actor.compare(partnerCode, Qt::CaseInsensitive) == 0;
}

QVariant AuditLogModel::toolTip(const AuditEntry &entry, int column) const
{
    switch (column) {
    case Before:
        return entry.before;
    case After:
        return entry.after;
    case Reason:
        return entry.reason;
    case Actor:
    case Login: {
        if (entry.login.isEmpty())
            return entry.synced ? tr("Sent before this desktop recorded the central login of its audit rows.")
                                : tr("Not in the central database yet: the login that wrote it is known once this "
                                     "desktop has synced.");
        const QString partner = partnerOf(entry);
        if (partner.isEmpty())
            return tr("Written by the central login %1. \"Who\" is the name the writing desktop gave.")
                .arg(entry.login);
        if (!actorMatches(entry, partner))
            return tr("Written by the central login %1 of partner %2, not by \"%3\": \"Who\" is only what his "
                      "desktop wrote.")
                .arg(entry.login, partner, entry.actor);
        return tr("Written by the central login %1 of partner %2.").arg(entry.login, partner);
    }
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_inserting)
        return;
    const QList<AuditEntry> page = m_query.entries(m_filter, m_rows.isEmpty() ? 0 : m_rows.last().id, pageSize);
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    // Handlers of the insert signals (views, testers) may ask for more: not until this page is in.
    m_inserting = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_inserting = false;
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_partnerLogins = m_query.partnerLogins();
    m_rows = m_query.entries(m_filter, 0, pageSize);
    m_exhausted = m_rows.size() < pageSize;
    m_matching = m_query.count(m_filter);
    endResetModel();
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace PartnerDesk
