#include "domainstatustext.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QLocale>

namespace PartnerDesk {

QString DomainStatusText::status(const DomainRecord &domain)
{
    switch (domain.state()) {
    case DomainRecord::State::Verified:
        return tr("Verified");
    case DomainRecord::State::Lapsing:
        return tr("Lapsing since %1").arg(dateTime(domain.lapsingSince));
    case DomainRecord::State::Lapsed:
        return tr("Lapsed on %1").arg(dateTime(domain.lapsedAt));
    case DomainRecord::State::Unverified:
        break;
    }
    if (domain.checkRequested())
        return tr("Unverified, check requested %1").arg(dateTime(domain.checkRequestedAt));
    return tr("Unverified");
}

int DomainStatusText::attention(const DomainRecord &domain)
{
    switch (domain.state()) {
    case DomainRecord::State::Lapsing:
        return 1;
    case DomainRecord::State::Lapsed:
        return 2;
    default:
        return 0;
    }
}

QString DomainStatusText::method(const QString &method)
{
    if (method == u"meta")
        return tr("Meta tag");
    if (method == u"file")
        return tr("File");
    if (method == u"dns")
        return tr("DNS TXT");
    if (method == u"manual")
        return tr("Manual approval");
    return method;
}

QString DomainStatusText::dateTime(const QString &iso)
{
    const std::optional<qint64> seconds = Timestamp::parse(iso);
    if (!seconds)
        return iso;
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds).toLocalTime(), QLocale::ShortFormat);
}

QString DomainStatusText::findingsLine(const DomainRecord &domain)
{
    return QString(domain.lastFinding).replace(u'\n', QStringLiteral("; "));
}

QString DomainStatusText::advice(const DomainRecord &domain, const DomainCheckPolicy &policy)
{
    switch (domain.state()) {
    case DomainRecord::State::Lapsing: {
        const qint64 since = Timestamp::parse(domain.lapsingSince).value_or(0);
        return tr("The re-check of %1 on %2 did not find the verification token. Orders referred from the site are "
                  "still credited, but if the token is still missing on %3 the site lapses and they no longer will "
                  "be. Publish the token again one of the ways below and press Verify Now.")
            .arg(domain.domain, dateTime(domain.checkedAt), dateTime(Timestamp::format(since + policy.graceSeconds)));
    }
    case DomainRecord::State::Lapsed:
        return tr("%1 lapsed on %2: the verification token was no longer found, so orders referred from the site "
                  "are not credited any more. Publish the token again one of the ways below and press Verify Now "
                  "to have it verified again.")
            .arg(domain.domain, dateTime(domain.lapsedAt));
    default:
        return {};
    }
}

} // namespace PartnerDesk
