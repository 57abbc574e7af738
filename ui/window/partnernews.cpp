#include "partnernews.h"

#include "core/money.h"
#include "store/database.h"
#include "store/partnerstore.h"

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
    result.pane = his.isEmpty() ? QStringLiteral("transactions") : QStringLiteral("balance");
    return result;
}

} // namespace PartnerDesk
