#pragma once

#include "core/records.h"
#include "core/result.h"
#include "database.h"
#include "ledgerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace PartnerDesk {

// Opening a book for a window, below the UI (issue #13): the schema migrated, whose desktop the file
// is (the manager's, or which partner's view), and commission whose approval hold has passed since
// the last session approved before anyone looks. In the store: all it reads (the partner, the
// ledger, the role a partner's desktop was first synced as: SyncRole) is the local books'.
//
//     DatabaseOpener opener;
//     if (const Status opened = opener.open(path, partnerCode); !opened) ...
//     opener.approveDueCommission(Timestamp::now());
//     std::unique_ptr<Database> database = opener.takeDatabase();
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
    Q_DISABLE_COPY_MOVE(DatabaseOpener)

public:
    DatabaseOpener();
    ~DatabaseOpener();

    // An existing file of an earlier schema: opening it migrates, which over a million transactions
    // takes seconds (new indexes), so the window runs migrate() as a background job first.
    static bool needsMigration(const QString &path);
    // Migrates the file at `path` to the latest schema (on the calling thread, its own connection).
    // All of it in one transaction: `progress` returning false cancels, and a cancelled or failed
    // migration leaves the file at its old version, unchanged.
    static Status migrate(const QString &path, const Database::MigrationProgress &progress = {});

    // Opens (creating when missing, migrating when still needed) `path` and decides whose view it
    // is: `partnerCode`'s when given, the partner's whose desktop the file is (first synced under
    // his login: docs/SYNC.md, "Partner desktops") even without one, else the manager's. Fails when
    // the code names nobody, or another partner than the desktop's owner.
    Status open(const QString &path, const QString &partnerCode = {});

    // Approves the commission whose hold has passed by `now` (a manager's book only: on a partner's
    // desktop the manager's books approve, and his transactions arrive approved). Balances are read
    // only when something is due, since most opens approve nothing. A failure is kept in
    // approvalError(); the book stays open.
    void approveDueCommission(qint64 now);

    // What approving due commission did (approveDueCommission's figures, for a worker thread that
    // approves through a connection of its own while the window shows the book: issue #16).
    struct Approvals
    {
        int approved = 0;
        QList<BalanceRow> newlyDue;
        QString error;
    };
    static Approvals approveDueCommission(Database &database, qint64 now);

    // After open() went well:
    Database &database() const { return *m_database; }
    std::unique_ptr<Database> takeDatabase() { return std::move(m_database); }
    // The partner whose view this is; nullopt for the manager's.
    const std::optional<Affiliate> &partner() const { return m_partner; }
    bool isPartnerDesktop() const { return m_partnerDesktop; }
    // After approveDueCommission():
    int approvedCount() const { return m_approved; }
    // Partners whose approved balance reached the payout threshold by those approvals.
    const QList<BalanceRow> &newlyDue() const { return m_newlyDue; }
    const QString &approvalError() const { return m_approvalError; }

    // After a sync: the first sync of a new file under a partner's login made it his desktop (or
    // brought his partner row), and the window showing `shown` should open it again, as his.
    static bool shouldReopenAsPartner(Database &database, const std::optional<Affiliate> &shown);

private:
    std::unique_ptr<Database> m_database;
    std::optional<Affiliate> m_partner;
    bool m_partnerDesktop = false;
    int m_approved = 0;
    QList<BalanceRow> m_newlyDue;
    QString m_approvalError;
};

} // namespace PartnerDesk
