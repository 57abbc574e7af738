#include "conflictfieldmodel.h"

#include "modelroles.h"
#include "sync/syncschema.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? ConflictFieldModel::tr("yes") : ConflictFieldModel::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger(), 10);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return value.toVariant().toString();
}

} // namespace

ConflictFieldModel::ConflictFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConflictFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConflictFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

int ConflictFieldModel::differingCount() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &line) { return line.differs; }));
}

QVariant ConflictFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == DiffersRole)
        return line.differs;
    if (role == ModelRoles::AttentionRole)
        return line.differs && index.column() != Field ? 1 : 0;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Field:
        return line.field;
    case Mine:
        return line.mine;
    case Theirs:
        return line.theirs;
    case Count:
        break;
    }
    return {};
}

QVariant ConflictFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Field:
        return tr("Field");
    case Mine:
        return tr("This desktop");
    case Theirs:
        return tr("Central database");
    case Count:
        break;
    }
    return {};
}

void ConflictFieldModel::setConflict(const std::optional<SyncConflict> &conflict)
{
    beginResetModel();
    m_lines.clear();
    m_localDeleted = false;
    m_centralDeleted = false;
    if (conflict) {
        m_localDeleted = conflict->local.isEmpty();
        m_centralDeleted = conflict->central.value(u"deleted"_s).toBool();
        // The table's own column order when the sync knows it, then any other field.
        QStringList fields;
        if (const SyncTable *table = SyncSchema::table(conflict->table))
            fields = table->columnNames();
        for (const QJsonObject *side : {&conflict->local, &conflict->central}) {
            for (auto it = side->begin(); it != side->end(); ++it) {
                if (it.key() != "deleted"_L1 && !fields.contains(it.key()))
                    fields.append(it.key());
            }
        }
        const QString deleted = tr("(deleted)");
        for (const QString &field : std::as_const(fields)) {
            if (!conflict->local.contains(field) && !conflict->central.contains(field) && !m_localDeleted &&
                !m_centralDeleted)
                continue;
            Line line;
            line.field = field;
            line.mine = m_localDeleted ? deleted : text(conflict->local.value(field));
            line.theirs = m_centralDeleted ? deleted : text(conflict->central.value(field));
            line.differs = m_localDeleted != m_centralDeleted || line.mine != line.theirs;
            m_lines.append(line);
        }
    }
    endResetModel();
}

} // namespace PartnerDesk
