#pragma once

#include "core/backgroundjob.h"
#include "store/ledgerstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>
#include <optional>

namespace PartnerDesk {

class Database;

// Every partner's money per currency against his payout threshold (PayoutStore::balances()).
// The set is bounded — one row per partner and currency, 10,000 partners × a few currencies — so it
// is held in memory and "due only" and the partner search filter it here, without SQL. Reading it
// groups every transaction (0.1 s on 1,000,000 orders), so reloadInBackground() does that on a
// worker thread with its own connection and the view stays responsive.
class PayoutBalanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutBalanceModel)

public:
    enum Column
    {
        Partner,
        Name,
        Currency,
        Pending,
        Balance,
        InBatch,
        Paid,
        Threshold,
        Progress,
        Due,
        Count
    };
    Q_ENUM(Column)

    enum Role
    {
        ProgressRole = Qt::UserRole + 100, // balance / threshold as a double (0 without a threshold)
        DueRole,                           // bool: the next payout batch pays this balance
        AffiliateCodeRole,
        CurrencyRole,
    };

    explicit PayoutBalanceModel(Database &database, QObject *parent = nullptr);
    ~PayoutBalanceModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads on this thread's connection.
    void reload();
    // Reads as a background job; loaded() follows. A request while one runs reads once more after it.
    void reloadInBackground();
    bool isLoading() const { return m_loader.isRunning(); }

    void setDueOnly(bool dueOnly);
    bool dueOnly() const { return m_dueOnly; }
    // Partners whose code, name or e-mail contains `text`, ignoring case.
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }

    // Over all balances, whatever the filter shows.
    int totalCount() const { return static_cast<int>(m_all.size()); }
    int dueCount() const;
    // Partners with at least one due balance.
    int duePartnerCount() const;
    const BalanceRow &balance(int row) const { return m_all.at(m_visible.at(row)); }
    // The rows shown for a partner's code, in order.
    QList<int> rowsOf(const QString &affiliateCode) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();

private:
    void setBalances(QList<BalanceRow> balances);
    void applyFilter();
    void filterRows();
    bool accepts(const BalanceRow &row) const;
    QVariant display(const BalanceRow &row, int column) const;
    QVariant sortValue(const BalanceRow &row, int column) const;

    Database &m_database;
    QList<BalanceRow> m_all;
    QList<int> m_visible; // indexes into m_all
    bool m_dueOnly = false;
    QString m_search;
    BackgroundJob<QList<BalanceRow>> m_loader; // waits for its work when the model goes
    bool m_reloadAgain = false;
};

} // namespace PartnerDesk
