#include "rewritetablemodel.h"

#include "modelroles.h"

namespace PartnerDesk {

RewriteTableModel::RewriteTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    reload();
}

int RewriteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RewriteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant RewriteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RewriteRow &row = m_rows.at(index.row());
    const Rewrite &rewrite = row.rewrite;
    const CheckCell check = m_checks.value(rewrite.id);
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Host:
            return rewrite.host;
        case Path:
            return rewrite.path;
        case Partner:
            return tr("%1 (%2)").arg(row.affiliateName, rewrite.affiliateCode);
        case Target:
            return rewrite.targetUrl;
        case LastCheck:
            if (check.state == CheckState::Running)
                return tr("Checking…");
            return check.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Host:
            return tr("Also answers on www.%1").arg(rewrite.host);
        case Path:
            return tr("Also answers on %1/").arg(rewrite.path);
        case Target:
            return rewrite.targetUrl;
        case LastCheck:
            return check.details.isEmpty() ? QVariant() : QVariant(check.details);
        default:
            return {};
        }
    case ModelRoles::IdRole:
        return rewrite.id;
    case ModelRoles::ActiveRole:
        return row.active;
    case CheckStateRole:
        return static_cast<int>(check.state);
    default:
        return {};
    }
}

QVariant RewriteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Host:
        return tr("Store host");
    case Path:
        return tr("Path");
    case Partner:
        return tr("Partner");
    case Target:
        return tr("Forwards to");
    case LastCheck:
        return tr("Last check");
    default:
        return {};
    }
}

void RewriteTableModel::setSearch(const QString &search)
{
    if (search.trimmed() == m_search)
        return;
    m_search = search.trimmed();
    reload();
}

void RewriteTableModel::reload()
{
    beginResetModel();
    m_rows = m_store.list(m_search, RewriteStore::listLimit + 1);
    m_truncated = m_rows.size() > RewriteStore::listLimit;
    if (m_truncated)
        m_rows.removeLast();
    endResetModel();
}

const RewriteRow *RewriteTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RewriteTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).rewrite.id == id)
            return i;
    }
    return -1;
}

void RewriteTableModel::setChecking(qint64 id)
{
    m_checks[id] = {CheckState::Running, {}, {}};
    emitCheckChanged(id);
}

void RewriteTableModel::setCheckResult(qint64 id, bool ok, const QString &summary, const QString &details)
{
    m_checks[id] = {ok ? CheckState::Ok : CheckState::Failed, summary, details};
    emitCheckChanged(id);
}

void RewriteTableModel::clearCheck(qint64 id)
{
    if (m_checks.remove(id) > 0)
        emitCheckChanged(id);
}

void RewriteTableModel::clearRunning()
{
    QList<qint64> running;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it->state == CheckState::Running)
            running.append(it.key());
    }
    for (const qint64 id : std::as_const(running))
        clearCheck(id);
}

void RewriteTableModel::emitCheckChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex cell = index(row, LastCheck);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::SortRole, CheckStateRole});
}

} // namespace PartnerDesk
