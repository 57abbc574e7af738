#include "domainduecommand.h"

#include "network/domainrechecker.h"
#include "network/domainverifier.h"
#include "store/domainstore.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString statusWord(const DomainRecheckResult &result)
{
    if (!result.error.isEmpty())
        return u"error"_s;
    switch (result.outcome) {
    case DomainCheckOutcome::Recovered:
        return u"recovered"_s;
    case DomainCheckOutcome::Lapsing:
    case DomainCheckOutcome::StillLapsing:
        return u"lapsing"_s;
    case DomainCheckOutcome::Lapsed:
        return u"lapsed"_s;
    case DomainCheckOutcome::NotVerified:
        return u"unverified"_s;
    case DomainCheckOutcome::Verified:
    case DomainCheckOutcome::StillVerified:
        break;
    }
    return u"verified"_s;
}

QString detail(const DomainRecheckResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const DomainRecord &domain = result.domain;
    const QString findings = QString(domain.lastFinding).replace(u'\n', u"; "_s);
    switch (result.outcome) {
    case DomainCheckOutcome::Lapsing:
    case DomainCheckOutcome::StillLapsing:
        return DomainDueCommand::tr("since %1, failed checks: %2; %3")
            .arg(domain.lapsingSince)
            .arg(domain.failedChecks)
            .arg(findings);
    case DomainCheckOutcome::Lapsed:
        return DomainDueCommand::tr("on %1, no longer credited; %2").arg(domain.lapsedAt, findings);
    default:
        break;
    }
    return findings;
}

} // namespace

QCommandLineOption DomainDueCommand::option()
{
    return QCommandLineOption(u"due"_s, tr("Instead of one domain, check every domain whose partner requested a check, "
                                           "then re-check every verified domain whose last check is older than the "
                                           "re-check interval; prints one line per domain."));
}

QCommandLineOption DomainDueCommand::allowPrivateOption()
{
    return QCommandLineOption(
        u"allow-private-addresses"_s,
        tr("Also check sites on loopback and private (intranet) addresses, for this run; the setting "
           "Network/allowPrivateAddresses does the same for every run. Off by default: a partner could "
           "register an address on your network and learn from the finding what answers there."));
}

bool DomainDueCommand::allowsPrivate(const Invocation &invocation)
{
    return invocation.isSet(u"allow-private-addresses"_s);
}

int DomainDueCommand::run(Invocation &invocation)
{
    if (DomainStore(invocation.database()).isPartnerDesktop())
        return invocation.fail(tr("This is a partner's desktop: checks that count run on a manager's desktop. Use "
                                  "domain verify --domain to preview one and request it."));
    DomainRechecker rechecker(invocation.database());
    rechecker.setPolicy(DomainCheckPolicy::fromSettings());
    if (allowsPrivate(invocation))
        rechecker.setVerifierSetup([](DomainVerifier &verifier) { verifier.setAllowPrivateAddresses(true); });
    QEventLoop loop;
    DomainRecheckSummary summary;
    QObject::connect(&rechecker, &DomainRechecker::domainChecked, &loop, [&](const DomainRecheckResult &result) {
        invocation.out() << result.domain.affiliateCode << u' ' << result.domain.domain << u' ' << statusWord(result)
                         << u": "_s << detail(result) << Qt::endl;
    });
    QObject::connect(&rechecker, &DomainRechecker::finished, &loop, [&](const DomainRecheckSummary &done) {
        summary = done;
        loop.quit();
    });
    rechecker.startDue();
    loop.exec();
    if (summary.failed > 0)
        return ExitFailure;
    return summary.lapsing + summary.lapsed > 0 ? ExitPartial : ExitSuccess;
}

} // namespace PartnerDesk
