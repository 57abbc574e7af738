#include "transactiondetails.h"

#include "core/money.h"
#include "core/rate.h"
#include "core/timestamp.h"
#include "itemmodels/transactiontablemodel.h"

namespace PartnerDesk {

namespace {

QString escaped(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text.toHtmlEscaped();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(tag), cell);
    return html + QStringLiteral("</tr>");
}

} // namespace

QString TransactionDetails::html(const QString &orderId, const Result<Explanation> &explanation,
                                 const QList<TransactionRow> &transactions, const QList<AuditEntry> &audit)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Order %1").arg(orderId.toHtmlEscaped()));
    html +=
        explanation ? explainer(*explanation) : QStringLiteral("<p>%1</p>").arg(explanation.error().toHtmlEscaped());
    html += transactionTable(transactions);
    html += history(audit);
    return html;
}

QString TransactionDetails::partnerHtml(const TransactionListRow &transaction, const QList<TransactionRow> &his)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Order %1").arg(transaction.orderId.toHtmlEscaped()));
    QString how;
    if (transaction.kind == u"coupon")
        how = tr("The customer used your coupon code.");
    else if (transaction.kind == u"link")
        how = tr("The customer came through your tracked link.");
    else if (transaction.kind == u"rewrite")
        how = tr("The customer came through your vanity link.");
    else if (transaction.kind == u"direct")
        how = tr("The customer came from your verified website.");
    else if (transaction.kind == u"manual")
        how = tr("The store's affiliate manager assigned this order to you.");
    else if (transaction.kind == u"reversal")
        how = tr("The order was refunded or cancelled; this takes back its commission.");
    else if (transaction.kind == u"lifetime")
        how = tr("A customer you brought earlier ordered again.");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Placed %1 in %2, %3 counted for commission. %4")
                         .arg(transaction.placedAt.left(10) + u' ' + transaction.placedAt.mid(11, 5) +
                                  QStringLiteral(" UTC"),
                              transaction.programName,
                              Money(transaction.baseMinor, transaction.currency).toDisplayString(), how)
                         .toHtmlEscaped());
    if (transaction.held && transaction.status == u"pending") {
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(
                    tr("Under review: the store checks this order before its commission is approved.").toHtmlEscaped());
    }
    html += transactionTable(his);
    return html;
}

QString TransactionDetails::explainer(const Explanation &explanation)
{
    const Order &order = explanation.order;
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(tr("Placed %1, subtotal %2, %3")
                     .arg(Timestamp::format(order.placedAt),
                          Money(order.subtotalMinor, order.currency).toDisplayString(), Order::statusName(order.status))
                     .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const std::pair<QString, QString> facts[] = {
        {tr("Coupon code"), order.couponCode},        {tr("Affiliate code"), order.affiliateCode},
        {tr("Landing URL"), order.landingUrl},        {tr("Referrer URL"), order.referrerUrl},
        {tr("Customer e-mail"), order.customerEmail},
    };
    for (const auto &[label, value] : facts)
        html += row({label.toHtmlEscaped(), escaped(value)});
    html += QStringLiteral("</table>");

    const Attribution &attribution = explanation.attribution;
    html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">").arg(tr("Rules, first match wins"));
    int number = 0;
    for (const RuleVerdict &verdict : attribution.trace) {
        QString outcome;
        QString reason = verdict.reason;
        switch (verdict.outcome) {
        case RuleVerdict::Outcome::Won:
            outcome = QStringLiteral("<b>%1</b>").arg(tr("WON"));
            break;
        case RuleVerdict::Outcome::NotMatched:
            outcome = tr("no");
            break;
        case RuleVerdict::Outcome::NotReached:
            outcome = tr("not tried");
            reason = tr("the %1 rule already won").arg(AttributionEngine::ruleName(attribution.rule));
            break;
        }
        html += row({QString::number(++number), AttributionEngine::ruleName(verdict.rule).toHtmlEscaped(), outcome,
                     reason.toHtmlEscaped()});
    }
    html += QStringLiteral("</table>");

    if (!attribution.isAttributed()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Unattributed: no rule matched. Assign it by hand in Manual Assignments."));
        return html;
    }
    const QString rate = attribution.rateBp || attribution.rule != AttributionRule::Manual
                             ? tr("%1 %").arg(Rate::fromBasisPoints(attribution.rateBp).toPercentString())
                             : tr("fixed amount");
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Winner: %1 (%2), program %3, rule %4, rate %5, commission %6, status %7%8")
                         .arg(explanation.affiliateCode, explanation.affiliateName, explanation.programName,
                              AttributionEngine::ruleName(attribution.rule), rate,
                              Money(attribution.commissionMinor, order.currency).toDisplayString(),
                              explanation.transactionStatus.isEmpty()
                                  ? QStringLiteral("–")
                                  : TransactionTableModel::statusName(explanation.transactionStatus),
                              attribution.selfReferral ? tr("; self-referral, earns nothing") : QString())
                         .toHtmlEscaped());
    return html;
}

QString TransactionDetails::transactionTable(const QList<TransactionRow> &transactions)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Transactions of this order"));
    if (transactions.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("None."));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row({tr("#"), tr("Partner"), tr("Program"), tr("Kind"), tr("Commission"), tr("Status"), tr("Note")}, "th");
    for (const TransactionRow &transaction : transactions) {
        QStringList notes;
        if (transaction.superseded)
            notes.append(tr("superseded"));
        if (transaction.selfReferral)
            notes.append(tr("self-referral"));
        if (transaction.payoutId != 0)
            notes.append(tr("payout batch %1").arg(transaction.payoutId));
        html += row({QString::number(transaction.id), escaped(transaction.affiliateCode),
                     escaped(transaction.programName), TransactionTableModel::kindName(transaction.kind),
                     Money(transaction.commissionMinor, transaction.currency).toDisplayString(),
                     TransactionTableModel::statusText(transaction.status, transaction.hold == u"held"),
                     notes.join(QStringLiteral(", "))});
    }
    return html + QStringLiteral("</table>");
}

QString TransactionDetails::history(const QList<AuditEntry> &audit)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Audit history"));
    if (audit.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No manual changes."));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After"), tr("Why")}, "th");
    for (const AuditEntry &entry : audit) {
        html += row({escaped(entry.at), escaped(entry.actor), escaped(entry.action), escaped(entry.before),
                     escaped(entry.after), escaped(entry.reason)});
    }
    return html + QStringLiteral("</table>");
}

} // namespace PartnerDesk
