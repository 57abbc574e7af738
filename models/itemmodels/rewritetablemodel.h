#pragma once

#include "store/rewritestore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace PartnerDesk {

class Database;

// Every partner's vanity paths for the manager's rewrite editor, filtered in SQL, with the outcome
// of the last live check of each (kept for the session: a check says how the server answered
// then, not what the books hold).
class RewriteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteTableModel)

public:
    enum Column
    {
        Host,
        Path,
        Partner,
        Target,
        LastCheck,
        Count
    };
    Q_ENUM(Column)

    enum class CheckState
    {
        None,
        Running,
        Ok,
        Failed
    };

    // The CheckState of a row (as int), for views that colour the last check.
    static constexpr int CheckStateRole = Qt::UserRole + 100;

    explicit RewriteTableModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearch(const QString &search);
    const QString &search() const { return m_search; }
    void reload();
    // True when more rewrites match than are shown (RewriteStore::listLimit).
    bool isTruncated() const { return m_truncated; }

    const RewriteRow *row(int row) const;
    int rowOf(qint64 id) const;

    // The last check of a rewrite: running, or its outcome with a one-line summary and details.
    void setChecking(qint64 id);
    void setCheckResult(qint64 id, bool ok, const QString &summary, const QString &details);
    void clearCheck(qint64 id);
    // A stopped check: rows still running show no result.
    void clearRunning();

private:
    struct CheckCell
    {
        CheckState state = CheckState::None;
        QString summary;
        QString details;
    };

    void emitCheckChanged(qint64 id);

    RewriteStore m_store;
    QString m_search;
    bool m_truncated = false;
    QList<RewriteRow> m_rows;
    QHash<qint64, CheckCell> m_checks;
};

} // namespace PartnerDesk
