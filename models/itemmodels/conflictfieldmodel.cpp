#include "conflictfieldmodel.h"

#include "modelroles.h"
#include "sync/syncschema.h"

#include <QHash>
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

QString ConflictFieldModel::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"code"_s, QT_TR_NOOP("Code")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"requested_email"_s, QT_TR_NOOP("Requested payout e-mail")},
        {u"email_requested_at"_s, QT_TR_NOOP("Payout e-mail requested at")},
        {u"notice_mode"_s, QT_TR_NOOP("E-mail notices")},
        {u"language"_s, QT_TR_NOOP("Language of notices")},
        {u"notices"_s, QT_TR_NOOP("E-mail notices to partners")},
        {u"notices_since"_s, QT_TR_NOOP("E-mail notices since")},
        {u"changed_by"_s, QT_TR_NOOP("Login")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"active"_s, QT_TR_NOOP("Active")},
        {u"affiliate_id"_s, QT_TR_NOOP("Partner")},
        {u"program_id"_s, QT_TR_NOOP("Program")},
        {u"payout_id"_s, QT_TR_NOOP("Payout")},
        {u"domain_id"_s, QT_TR_NOOP("Website")},
        {u"reverses_id"_s, QT_TR_NOOP("Reverses")},
        {u"order_id"_s, QT_TR_NOOP("Order")},
        {u"host"_s, QT_TR_NOOP("Host")},
        {u"path"_s, QT_TR_NOOP("Path")},
        {u"target_url"_s, QT_TR_NOOP("Target URL")},
        {u"image_url"_s, QT_TR_NOOP("Image URL")},
        {u"domain"_s, QT_TR_NOOP("Website")},
        {u"token"_s, QT_TR_NOOP("Verification token")},
        {u"method"_s, QT_TR_NOOP("Verified by")},
        {u"verified"_s, QT_TR_NOOP("Verified")},
        {u"verified_at"_s, QT_TR_NOOP("Verified at")},
        {u"checked_at"_s, QT_TR_NOOP("Checked at")},
        {u"created_at"_s, QT_TR_NOOP("Created")},
        {u"updated_at"_s, QT_TR_NOOP("Updated")},
        {u"placed_at"_s, QT_TR_NOOP("Placed")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"is_primary"_s, QT_TR_NOOP("Primary program")},
        {u"joined_at"_s, QT_TR_NOOP("Joined")},
        {u"left_at"_s, QT_TR_NOOP("Left")},
        {u"subtotal_minor"_s, QT_TR_NOOP("Subtotal (cents)")},
        {u"base_minor"_s, QT_TR_NOOP("Commission base (cents)")},
        {u"commission_minor"_s, QT_TR_NOOP("Commission (cents)")},
        {u"threshold_minor"_s, QT_TR_NOOP("Payout threshold (cents)")},
        {u"rate_bp"_s, QT_TR_NOOP("Rate (basis points)")},
        {u"link_rate_bp"_s, QT_TR_NOOP("Link rate (basis points)")},
        {u"coupon_rate_bp"_s, QT_TR_NOOP("Coupon rate (basis points)")},
        {u"coupon_discount_bp"_s, QT_TR_NOOP("Coupon discount (basis points)")},
        {u"customer_email"_s, QT_TR_NOOP("Customer e-mail")},
        {u"coupon_code"_s, QT_TR_NOOP("Coupon code")},
        {u"affiliate_code"_s, QT_TR_NOOP("Partner code")},
        {u"landing_url"_s, QT_TR_NOOP("Landing URL")},
        {u"referrer_url"_s, QT_TR_NOOP("Referrer URL")},
        {u"last_finding"_s, QT_TR_NOOP("Last finding")},
        {u"failed_checks"_s, QT_TR_NOOP("Failed checks")},
        {u"lapsing_since"_s, QT_TR_NOOP("Lapsing since")},
        {u"lapsed_at"_s, QT_TR_NOOP("Lapsed")},
        {u"width"_s, QT_TR_NOOP("Width")},
        {u"height"_s, QT_TR_NOOP("Height")},
    };
    if (const char *label = labels.value(column))
        return tr(label);
    // Any other column: its words, the first one capitalised.
    QString words = column;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

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
    if (role == ColumnNameRole)
        return line.field;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(index.column())) {
    case Field:
        return tip ? line.field : line.label;
    case Mine:
        return tip && !line.mineTip.isEmpty() ? line.mineTip : line.mine;
    case Theirs:
        return tip && !line.theirsTip.isEmpty() ? line.theirsTip : line.theirs;
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
        const SyncTable *table = SyncSchema::table(conflict->table);
        for (const QString &field : std::as_const(fields)) {
            if (!conflict->local.contains(field) && !conflict->central.contains(field) && !m_localDeleted &&
                !m_centralDeleted)
                continue;
            Line line;
            line.field = field;
            line.label = fieldLabel(field);
            line.mine = m_localDeleted ? deleted : text(conflict->local.value(field));
            line.theirs = m_centralDeleted ? deleted : text(conflict->central.value(field));
            line.differs = m_localDeleted != m_centralDeleted || line.mine != line.theirs;
            // In words: a referenced row by what names it (the uid in the tooltip), a flag as yes/no.
            const SyncColumn *column = table ? table->column(field) : nullptr;
            auto readable = [&](QString &value, QString &tip, bool gone) {
                if (gone || value.isEmpty() || !column)
                    return;
                if (column->kind == SyncColumn::Kind::ForeignKey && m_describe) {
                    if (const QString name = m_describe(column->references, value); !name.isEmpty()) {
                        tip = value;
                        value = name;
                    }
                } else if (column->kind == SyncColumn::Kind::Bool) {
                    value = value == u"1" || value == u"true" ? tr("yes") : tr("no");
                }
            };
            readable(line.mine, line.mineTip, m_localDeleted);
            readable(line.theirs, line.theirsTip, m_centralDeleted);
            m_lines.append(line);
        }
    }
    endResetModel();
}

} // namespace PartnerDesk
