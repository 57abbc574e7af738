#pragma once

#include "store/auditlog.h"
#include "store/ledgerstore.h"
#include "store/transactionquery.h"

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
    // What a partner sees of one of his transactions: the order's date, total and status, how the
    // order came to him, and his own transactions of it. Not the explainer, the order's facts or
    // its history: they may name other partners, their codes and the customer.
    static QString partnerHtml(const TransactionListRow &transaction, const QList<TransactionRow> &his);

private:
    static QString explainer(const Explanation &explanation);
    static QString transactionTable(const QList<TransactionRow> &transactions);
    static QString history(const QList<AuditEntry> &audit);
};

} // namespace PartnerDesk
