#include "linkbuilder.h"

#include "hostname.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QUrl>

namespace PartnerDesk {

namespace {

// The raw (still encoded) query split into its `&`-separated items, without any `acc` item (and
// without any `acc_campaign` item when `withoutCampaign`).
QStringList itemsWithoutCode(const QString &encodedQuery, bool withoutCampaign)
{
    QStringList kept;
    for (const QString &item : encodedQuery.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8());
        if (key != LinkBuilder::parameterName && !(withoutCampaign && key == LinkBuilder::campaignParameterName))
            kept.append(item);
    }
    return kept;
}

// Qt's reason without the input it repeats ("; source was ..."), on one line whatever the input
// held (the CLI prints one line per error): an invisible character is named, e.g. U+000A.
QString urlProblem(const QUrl &url)
{
    QString problem = url.errorString();
    if (const qsizetype source = problem.indexOf(QStringLiteral("; source was")); source > 0)
        problem.truncate(source);
    QString shown;
    for (const QChar c : std::as_const(problem)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            shown += c;
    }
    return ValueRules::fitted(shown, ValueRules::url);
}

} // namespace

TrackedLink LinkBuilder::build(const QString &url, const QString &affiliateCode, const QStringList &storeHosts,
                               const QString &campaign)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {{}, tr("Enter a store URL.")};
    if (affiliateCode.isEmpty())
        return {{}, tr("The partner has no affiliate code.")};
    const QString campaignTag = campaign.trimmed();
    if (QString problem = ValueRules::checkText(tr("The campaign"), campaignTag, ValueRules::campaign);
        !problem.isEmpty())
        return {{}, problem + u'.'};
    QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid())
        return {{}, tr("This is not a valid URL: %1").arg(urlProblem(parsed))};
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return {{}, tr("Only http and https links can be tracked, not \"%1\".").arg(parsed.scheme())};
    if (!parsed.userInfo().isEmpty())
        return {{}, tr("A store link cannot contain a user name or password (\"@\" before the host).")};
    const QString host = HostName::normalise(parsed.host(QUrl::FullyDecoded));
    if (host.isEmpty())
        return {{}, tr("The URL has no valid host.")};
    bool onStore = false;
    for (const QString &storeHost : storeHosts)
        onStore = onStore || HostName::isOnStoreHost(host, storeHost);
    if (!onStore) {
        return {{},
                tr("%1 is not a store host of this program (allowed: %2).")
                    .arg(parsed.host(QUrl::FullyDecoded), storeHosts.join(QStringLiteral(", ")))};
    }

    QStringList items = itemsWithoutCode(parsed.query(QUrl::FullyEncoded), !campaignTag.isEmpty());
    items.append(parameterName.toString() + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(affiliateCode)));
    if (!campaignTag.isEmpty())
        items.append(campaignParameterName.toString() + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(campaignTag)));
    parsed.setQuery(items.join(u'&'), QUrl::StrictMode);
    if (parsed.path().isEmpty())
        parsed.setPath(QStringLiteral("/"));
    const QString tracked = parsed.toString(QUrl::FullyEncoded);
    // A longer link would come back as an order's landing_url that both databases refuse.
    if (tracked.size() > ValueRules::maxUrl)
        return {{},
                tr("The tracked URL would be %L1 characters long; a link may have at most %L2.")
                    .arg(tracked.size())
                    .arg(ValueRules::maxUrl)};
    return {tracked, {}};
}

QString LinkBuilder::affiliateCodeOf(const QString &url)
{
    return queryValueOf(url, parameterName);
}

QString LinkBuilder::campaignOf(const QString &url)
{
    return queryValueOf(url, campaignParameterName);
}

QString LinkBuilder::queryValueOf(const QString &url, QStringView name)
{
    if (url.isEmpty())
        return {};
    // The fragment starts at the first '#'; a '?' after it is part of the fragment, not a query.
    qsizetype queryEnd = url.indexOf(u'#');
    if (queryEnd < 0)
        queryEnd = url.size();
    const qsizetype queryStart = QStringView(url).left(queryEnd).indexOf(u'?');
    if (queryStart < 0)
        return {};
    const QStringView query = QStringView(url).mid(queryStart + 1, queryEnd - queryStart - 1);
    QString found;
    // The last one wins, as a server reading the query would see it.
    for (const QStringView item : query.tokenize(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QStringView key = eq < 0 ? item : item.left(eq);
        if (key == name)
            found = eq < 0 ? QString() : QUrl::fromPercentEncoding(item.mid(eq + 1).toUtf8());
    }
    return found;
}

} // namespace PartnerDesk
