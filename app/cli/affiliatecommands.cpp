#include "affiliatecommands.h"

#include "core/csvwriter.h"
#include "store/emailrequeststore.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QList<Command> AffiliateCommands::all()
{
    return {
        {u"affiliate email"_s,
         tr("A partner's payout e-mail: --request files a change (what the partner does), --approve or --reject "
            "decides it (a manager). Without one of them prints email,requested_email,requested_at."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"request"_s, tr("Ask for this payout e-mail; a manager approves it."), tr("EMAIL")),
          QCommandLineOption(u"approve"_s, tr("Make the requested e-mail the payout e-mail.")),
          QCommandLineOption(u"reject"_s, tr("Turn the request down; needs --reason.")),
          valueOption(u"reason"_s, tr("Why, for the audit log."), tr("TEXT"))},
         {u"affiliate"_s},
         {},
         true,
         &AffiliateCommands::email},
    };
}

int AffiliateCommands::email(Invocation &run)
{
    const int actions = int(run.isSet(u"request"_s)) + int(run.isSet(u"approve"_s)) + int(run.isSet(u"reject"_s));
    if (actions > 1)
        return run.fail(tr("Give one of --request EMAIL, --approve and --reject, not several."));
    if (run.isSet(u"reason"_s) && !run.isSet(u"approve"_s) && !run.isSet(u"reject"_s))
        return run.fail(tr("--reason goes with --approve or --reject."));
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    EmailRequestStore store(run.database());
    Status done = Done{};
    if (run.isSet(u"request"_s))
        done = store.request(affiliate->id, run.value(u"request"_s));
    else if (run.isSet(u"approve"_s))
        done = store.approve(affiliate->id, run.value(u"reason"_s));
    else if (run.isSet(u"reject"_s))
        done = store.reject(affiliate->id, run.value(u"reason"_s));
    if (!done)
        return run.fail(done.error());
    if (actions == 0) {
        const std::optional<PayoutEmail> state = store.of(affiliate->id);
        if (!state)
            return run.fail(tr("The partner no longer exists."));
        run.out() << "email,requested_email,requested_at\n"
                  << CsvWriter::line({state->email, state->requested, state->requestedAt});
    }
    return ExitSuccess;
}

} // namespace PartnerDesk
