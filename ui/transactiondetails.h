#pragma once

#include "store/auditlog.h"
#include "store/ledgerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PartnerDesk {

// The Transactions pane's detail panel for one order, as HTML: the attribution explainer (each
// rule in order, WON / no / not tried and why, the winner and its commission), the order's
// transactions (superseded ones and reversals included) and its audit history.
class TransactionDetails final
{
    Q_DECLARE_TR_FUNCTIONS(TransactionDetails)

public:
    static QString html(const QString &orderId, const Result<Explanation> &explanation,
                        const QList<TransactionRow> &transactions, const QList<AuditEntry> &audit);

private:
    static QString explainer(const Explanation &explanation);
    static QString transactionTable(const QList<TransactionRow> &transactions);
    static QString history(const QList<AuditEntry> &audit);
};

} // namespace PartnerDesk
