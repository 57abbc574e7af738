#include "linkcommands.h"

#include "core/bannersnippet.h"
#include "core/hostname.h"
#include "core/linkbuilder.h"
#include "core/rewriteexporter.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "domainduecommand.h"
#include "network/domainverifier.h"
#include "store/affiliatestore.h"
#include "store/domainstore.h"
#include "store/programstore.h"
#include "store/rewritestore.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QCommandLineOption affiliateOption()
{
    return valueOption(u"affiliate"_s, LinkCommands::tr("The partner's affiliate code."), LinkCommands::tr("CODE"));
}

QCommandLineOption campaignOption(const QString &what)
{
    return valueOption(u"campaign"_s, what, LinkCommands::tr("NAME"));
}

// --campaign, trimmed; nullopt (after saying why) when ValueRules::campaign refuses it.
std::optional<QString> campaignOf(Invocation &run)
{
    const QString campaign = run.value(u"campaign"_s).trimmed();
    if (QString problem = ValueRules::checkText(LinkCommands::tr("The campaign"), campaign, ValueRules::campaign);
        !problem.isEmpty()) {
        run.fail(u"--campaign: "_s + problem + u'.');
        return std::nullopt;
    }
    return campaign;
}

QCommandLineOption domainOption()
{
    return valueOption(u"domain"_s,
                       LinkCommands::tr("The partner's website, e.g. blog.example.com, or *.example.com for it and "
                                        "its subdomains."),
                       LinkCommands::tr("DOMAIN"));
}

} // namespace

QList<Command> LinkCommands::all()
{
    return {
        {u"domain add"_s,
         tr("Register a partner's website for direct links; prints the verification token."),
         {affiliateOption(), domainOption()},
         {u"affiliate"_s, u"domain"_s},
         {},
         true,
         &LinkCommands::addDomain},
        {u"domain verify"_s,
         tr("Check a domain's verification token over the network (meta tag, /.well-known file, DNS TXT); "
            "prints what was found, exits 0 when verified, 1 when not."),
         {affiliateOption(), domainOption(), DomainDueCommand::option(), DomainDueCommand::allowPrivateOption()},
         {}, // --affiliate and --domain, unless --due: checked by verifyDomain
         {},
         true,
         &LinkCommands::verifyDomain},
        {u"domain approve"_s,
         tr("Mark a partner's domain verified without a check: a manager's override, audited."),
         {affiliateOption(), domainOption(),
          valueOption(u"reason"_s, tr("Why the domain is approved by hand (kept in the audit log)."), tr("TEXT"))},
         {u"affiliate"_s, u"domain"_s, u"reason"_s},
         {},
         true,
         &LinkCommands::approveDomain},
        {u"rewrite add"_s,
         tr("Create a vanity path on a store host that forwards to the partner's tracked URL."),
         {affiliateOption(), valueOption(u"host"_s, tr("The store host, e.g. koongo.com."), tr("HOST")),
          valueOption(u"path"_s, tr("The vanity path, e.g. /partner/jane."), tr("PATH")),
          valueOption(u"target"_s, tr("The store URL to forward to; the partner's code is added."), tr("URL")),
          campaignOption(tr("A campaign tag the target gets as acc_campaign=NAME."))},
         {u"affiliate"_s, u"host"_s, u"path"_s, u"target"_s},
         {},
         true,
         &LinkCommands::addRewrite},
        {u"rewrite export"_s,
         tr("Print every rewrite as web server rules."),
         {valueOption(u"format"_s, tr("nginx or apache."), tr("FORMAT")),
          valueOption(u"listen"_s, tr("nginx only: a listen address for every server block, e.g. 127.0.0.1:8080."),
                      tr("ADDR:PORT"))},
         {u"format"_s},
         {},
         true,
         &LinkCommands::exportRewrites},
        {u"link"_s,
         tr("Print a partner's tracked link to a store URL."),
         {affiliateOption(), valueOption(u"url"_s, tr("Any URL on a store host of the partner's programs."), tr("URL")),
          campaignOption(tr("Tag the link with a campaign: adds acc_campaign=NAME beside acc."))},
         {u"affiliate"_s, u"url"_s},
         {},
         true,
         &LinkCommands::link},
        {u"banner add"_s,
         tr("Add a banner to a program; prints its id."),
         {valueOption(u"program"_s, tr("The program's name."), tr("NAME")),
          valueOption(u"title"_s, tr("The banner's title (its tooltip)."), tr("TITLE")),
          valueOption(u"image"_s, tr("The image's http(s) URL."), tr("URL")),
          valueOption(u"width"_s, tr("Width in pixels."), tr("W")),
          valueOption(u"height"_s, tr("Height in pixels."), tr("H")),
          valueOption(u"affiliate"_s, tr("A partner's own banner instead of a stock one."), tr("CODE"))},
         {u"program"_s, u"title"_s, u"image"_s, u"width"_s, u"height"_s},
         {},
         true,
         &LinkCommands::addBanner},
        {u"banner snippet"_s,
         tr("Print the HTML a partner pastes to publish a banner."),
         {valueOption(u"banner"_s, tr("The banner's id."), tr("ID")), affiliateOption(),
          valueOption(u"url"_s, tr("The store URL the banner links to (default: the program's first store host)."),
                      tr("URL")),
          campaignOption(tr("Tag the banner's link with a campaign (acc_campaign=NAME)."))},
         {u"banner"_s, u"affiliate"_s},
         {},
         true,
         &LinkCommands::bannerSnippet},
    };
}

int LinkCommands::addDomain(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const Result<QString> token = AffiliateStore(run.database()).addDomain(affiliate->id, run.value(u"domain"_s));
    if (!token)
        return run.fail(token.error());
    run.out() << *token << Qt::endl;
    return ExitSuccess;
}

int LinkCommands::verifyDomain(Invocation &run)
{
    if (run.isSet(u"due"_s))
        return DomainDueCommand::run(run);
    for (const QString &name : {u"affiliate"_s, u"domain"_s}) {
        if (run.value(name).trimmed().isEmpty())
            return run.fail(tr("Missing --%1.").arg(name));
    }
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    AffiliateStore store(run.database());
    const QString pattern = HostName::normaliseDomainPattern(run.value(u"domain"_s));
    const QList<DirectDomain> domains = store.domains(affiliate->id);
    const auto registered = std::find_if(domains.cbegin(), domains.cend(),
                                         [&](const DirectDomain &domain) { return domain.domain == pattern; });
    if (pattern.isEmpty() || registered == domains.cend())
        return run.fail(tr("The partner has not registered %1; add it first.").arg(run.value(u"domain"_s).trimmed()));
    DomainStore domainStore(run.database());
    const bool preview = domainStore.isPartnerDesktop();
    const std::optional<DomainRecord> record = domainStore.byId(registered->id);
    if (preview && (!record || !record->sentToCentral))
        return run.fail(tr("%1 has no verification token yet: the central database issues it; sync first.")
                            .arg(registered->domain));
    DomainVerifier verifier;
    if (DomainDueCommand::allowsPrivate(run))
        verifier.setAllowPrivateAddresses(true);
    const DomainVerification result = verifier.verify(registered->domain, registered->token);
    QStringList findings;
    for (const DomainVerification::Finding &finding : result.findings) {
        run.out() << finding.text << Qt::endl;
        findings.append(finding.text);
    }
    if (preview) {
        // A partner's desktop: what it found is a preview; a manager's desktop checks and records.
        if (Status requested = domainStore.requestCheck(registered->id, Timestamp::now()); !requested)
            return run.fail(requested.error());
        run.out() << (result.verified ? tr("Preview: the token was found on %1. A manager's desktop confirms it; the "
                                           "check is requested, sync to send the request.")
                                            .arg(registered->domain)
                                      : tr("Preview: the token was not found on %1. The check is requested anyway; "
                                           "sync to send the request.")
                                            .arg(registered->domain))
                  << Qt::endl;
        return result.verified ? ExitSuccess : ExitFailure;
    }
    const Result<DomainCheckOutcome> recorded =
        DomainStore(run.database())
            .recordCheck(affiliate->id, registered->domain, DomainVerification::methodName(result.method),
                         findings.join(u'\n'), Timestamp::now(), DomainCheckPolicy::fromSettings());
    if (!recorded)
        return run.fail(recorded.error());
    run.out() << (result.verified ? tr("%1 is verified.").arg(registered->domain)
                                  : tr("%1 is not verified.").arg(registered->domain))
              << Qt::endl;
    return result.verified ? ExitSuccess : ExitFailure;
}

int LinkCommands::approveDomain(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const Status approved =
        AffiliateStore(run.database()).approveDomain(affiliate->id, run.value(u"domain"_s), run.value(u"reason"_s));
    if (!approved)
        return run.fail(approved.error());
    return ExitSuccess;
}

int LinkCommands::addRewrite(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const std::optional<QString> campaign = campaignOf(run);
    if (!campaign)
        return ExitFailure;
    // The same rules and messages as the GUI's rewrite editor.
    const Result<RewriteRow> added =
        RewriteStore(run.database())
            .add({affiliate->id, run.value(u"host"_s), run.value(u"path"_s), run.value(u"target"_s), *campaign});
    if (!added)
        return run.fail(added.error());
    return ExitSuccess;
}

int LinkCommands::exportRewrites(Invocation &run)
{
    const std::optional<QString> format = run.format({u"nginx"_s, u"apache"_s});
    if (!format)
        return ExitFailure;
    const QString listen = run.value(u"listen"_s).trimmed();
    if (run.isSet(u"listen"_s)) {
        if (*format != u"nginx")
            return run.fail(tr("--listen applies to the nginx format only."));
        if (!RewriteExporter::isNginxListen(listen))
            return run.fail(tr("\"%1\" is not a listen address: use PORT, ADDR:PORT or [IPv6]:PORT.").arg(listen));
    }
    const QList<Rewrite> rewrites = AffiliateStore(run.database()).rewrites();
    run.out() << (*format == u"nginx" ? RewriteExporter::toNginx(rewrites, listen)
                                      : RewriteExporter::toApache(rewrites));
    return ExitSuccess;
}

int LinkCommands::link(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const QStringList storeHosts = AffiliateStore(run.database()).storeHostsOf(affiliate->id);
    if (storeHosts.isEmpty())
        return run.fail(tr("%1 has not joined any active program, so there is no link to make.").arg(affiliate->code));
    const std::optional<QString> campaign = campaignOf(run);
    if (!campaign)
        return ExitFailure;
    const TrackedLink link = LinkBuilder::build(run.value(u"url"_s).trimmed(), affiliate->code, storeHosts, *campaign);
    if (!link.isValid())
        return run.fail(link.error);
    run.out() << link.url << Qt::endl;
    return ExitSuccess;
}

int LinkCommands::addBanner(Invocation &run)
{
    const std::optional<Program> program = run.program();
    if (!program)
        return ExitFailure;
    Banner banner;
    banner.programId = program->id;
    if (run.isSet(u"affiliate"_s)) {
        const std::optional<Affiliate> affiliate = run.affiliate();
        if (!affiliate)
            return ExitFailure;
        banner.affiliateId = affiliate->id;
    }
    banner.title = run.value(u"title"_s).trimmed();
    banner.imageUrl = run.value(u"image"_s).trimmed();
    // The sizes the "Add Your Banner" dialog and the central schema accept (it once stopped at 4000).
    const std::optional<qint64> width = run.integer(u"width"_s, 1, ValueRules::maxBannerSide);
    const std::optional<qint64> height = width ? run.integer(u"height"_s, 1, ValueRules::maxBannerSide) : std::nullopt;
    if (!width || !height)
        return ExitFailure;
    banner.width = int(*width);
    banner.height = int(*height);
    const Result<qint64> added = AffiliateStore(run.database()).addBanner(banner);
    if (!added)
        return run.fail(added.error());
    run.out() << *added << Qt::endl;
    return ExitSuccess;
}

int LinkCommands::bannerSnippet(Invocation &run)
{
    const std::optional<qint64> bannerId = run.integer(u"banner"_s, 1, std::numeric_limits<qint64>::max());
    if (!bannerId)
        return ExitFailure;
    AffiliateStore affiliates(run.database());
    const std::optional<Banner> banner = affiliates.banner(*bannerId);
    if (!banner)
        return run.fail(tr("There is no banner %1.").arg(*bannerId));
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    if (banner->affiliateId != 0 && banner->affiliateId != affiliate->id)
        return run.fail(tr("Banner %1 is another partner's own banner.").arg(*bannerId));

    ProgramStore programs(run.database());
    const std::optional<Program> program = programs.byId(banner->programId);
    if (!program)
        return run.fail(tr("Banner %1 belongs to no program.").arg(*bannerId));
    bool member = false;
    for (const Membership &membership : programs.membershipsOf(affiliate->id))
        member = member || (membership.programId == program->id && membership.active);
    if (!member)
        return run.fail(
            tr("%1 is not an active member of %2; join the program first.").arg(affiliate->code, program->name));

    const QString url =
        run.isSet(u"url"_s) ? run.value(u"url"_s).trimmed() : u"https://"_s + program->storeHosts.value(0) + u'/';
    const std::optional<QString> campaign = campaignOf(run);
    if (!campaign)
        return ExitFailure;
    const Result<QString> snippet =
        BannerSnippet::forPartner(*banner, url, affiliate->code, program->storeHosts, *campaign);
    if (!snippet)
        return run.fail(snippet.error());
    run.out() << *snippet << Qt::endl;
    return ExitSuccess;
}

} // namespace PartnerDesk
