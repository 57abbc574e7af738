#include "partnernews.h"

#include "core/money.h"
#include "itemmodels/requesttablemodel.h"
#include "store/database.h"
#include "store/partnerstore.h"
#include "store/requeststore.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>
#include <QStringList>

namespace PartnerDesk {

PartnerNews PartnerNews::sinceLastLook(Database &database, const Affiliate &partner, const QList<BalanceRow> &newlyDue)
{
    QSettings settings;
    const QByteArray where =
        QCryptographicHash::hash(database.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString key = QStringLiteral("PartnerMode/%1/%2/lastTransaction")
                            .arg(QString::fromLatin1(where), QString::number(partner.id));
    const bool firstLook = !settings.contains(key);
    const auto [newCount, lastId] =
        PartnerStore(database).transactionsAfter(partner.id, settings.value(key).toLongLong());
    settings.setValue(key, lastId);
    QStringList news;
    if (!firstLook && newCount > 0)
        news.append(tr("new transactions since you last looked: %1.").arg(QLocale().toString(newCount)));
    // His requests decided since he was last told; the first look only remembers them.
    const QString decidedKey = QStringLiteral("PartnerMode/%1/%2/decidedRequests")
                                   .arg(QString::fromLatin1(where), QString::number(partner.id));
    const bool firstDecisionLook = !settings.contains(decidedKey);
    const QStringList told = settings.value(decidedKey).toStringList();
    QStringList decided;
    QStringList decisions;
    if (partner.id != 0) {
        for (const PartnerRequest &request : RequestStore(database).list(std::nullopt, partner.id)) {
            if (request.state == RequestState::Waiting)
                continue;
            const QString decision =
                QStringLiteral("%1:%2:%3").arg(int(request.kind)).arg(request.id).arg(request.decidedAt);
            decided.append(decision);
            if (firstDecisionLook || told.contains(decision))
                continue;
            const QString what = RequestTableModel::askedText(request);
            if (request.state == RequestState::Approved)
                decisions.append(tr("Your request “%1” was approved.").arg(what));
            else
                decisions.append(tr("Your request “%1” was rejected: %2").arg(what, request.decisionReason));
        }
        settings.setValue(decidedKey, decided);
    }
    if (!decisions.isEmpty())
        news.append(decisions.join(u' '));
    QList<BalanceRow> his = newlyDue;
    his.removeIf([&partner](const BalanceRow &row) { return row.affiliateId != partner.id; });
    if (!his.isEmpty()) {
        QStringList amounts;
        for (const BalanceRow &row : std::as_const(his))
            amounts.append(Money(row.balanceMinor, row.currency).toDisplayString());
        news.append(
            tr("Your approved balance reached the payout threshold: %1.").arg(amounts.join(QStringLiteral(", "))));
    }
    PartnerNews result;
    result.title = tr("News for %1").arg(partner.name);
    result.message = news.join(u' ');
    result.pane = !his.isEmpty()         ? QStringLiteral("balance")
                  : !decisions.isEmpty() ? QStringLiteral("myrequests")
                                         : QStringLiteral("transactions");
    return result;
}

} // namespace PartnerDesk
