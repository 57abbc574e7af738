#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace PartnerDesk {

class Database;

// A transaction a fraud rule holds (transactions.hold = 'held'), as a manager reviews it. The
// evidence may name other partners: it is for the manager's eyes only (docs/COMMISSION.md).
struct HeldTransaction
{
    qint64 transactionId = 0;
    QString orderId;
    QString placedAt;
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString affiliateName;
    qint64 programId = 0;
    QString programName;
    QString kind;
    QString status;
    qint64 commissionMinor = 0;
    QString currency;
    QString holdRule; // own_domain | leaked_coupon | shared_customer | cancel_share | no_visit
    QString holdEvidence;
};

// What is held in one currency, and by which rules (rule -> transactions).
struct HeldTotal
{
    QString currency;
    int count = 0;
    qint64 commissionMinor = 0;
    QMap<QString, int> rules;

    friend bool operator==(const HeldTotal &, const HeldTotal &) = default;
};

// The fraud review: the held transactions and a manager's decision on each (docs/COMMISSION.md,
// "Fraud holds"). Clear lets a transaction go on as normal (approved when its order is complete
// and its approval hold passed, else as it was); cancel cancels it. Each decision is one
// transaction with its audit row (holds.clear / holds.cancel, entity "transaction", the order id)
// and is refused on a partner's desktop.
class HoldStore final
{
    Q_DECLARE_TR_FUNCTIONS(HoldStore)

public:
    explicit HoldStore(Database &database);

    // Oldest first (placed_at, order id).
    QList<HeldTransaction> list() const;
    // Per currency (by code): how many are held, their commission and the rules that held them.
    Result<QList<HeldTotal>> heldTotals() const;

    // `now` (seconds UTC) decides whether the approval hold passed; `reason` is required.
    Status clear(const QString &orderId, const QString &reason, qint64 now);
    Status clear(const QString &orderId, const QString &reason);
    Status cancel(const QString &orderId, const QString &reason);

    // "The customer's e-mail domain is one the partner registered" for own_domain, etc.; the rule
    // itself for one this version does not know.
    static QString describeRule(const QString &rule);

private:
    enum class Decision
    {
        Clear,
        Cancel
    };
    Status decide(Decision decision, const QString &orderId, const QString &reason, qint64 now);
    bool isPartnerDesktop() const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
