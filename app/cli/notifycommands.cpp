#include "notifycommands.h"

#include "core/csvwriter.h"
#include "core/timestamp.h"
#include "network/noticesender.h"
#include "store/database.h"
#include "store/noticeplanner.h"
#include "store/noticequeue.h"
#include "store/noticesettingsstore.h"
#include "store/programstore.h"
#include "sync/centralconnection.h"
#include "sync/centralurl.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QCommandLineOption centralOption()
{
    return valueOption(u"central"_s,
                       NotifyCommands::tr("Use the notice queue of this central database, "
                                          "postgresql://USER@HOST:PORT/DB (a manager's login; the password from "
                                          "PGPASSWORD or ~/.pgpass), as every manager desktop of it does; without "
                                          "it, the queue of the local database."),
                       NotifyCommands::tr("URL"));
}

// The queue: the central one with --central, else the local one. The connection stays open with
// the returned object.
struct QueueAccess
{
    std::unique_ptr<CentralConnection> central;
    std::unique_ptr<NoticeQueue> queue;
};

std::optional<QueueAccess> openQueue(Invocation &run)
{
    QueueAccess access;
    if (run.isSet(u"central"_s)) {
        const std::optional<CentralUrl> url = run.centralUrl();
        if (!url)
            return std::nullopt;
        access.central = std::make_unique<CentralConnection>();
        if (const Status opened = access.central->open(*url); !opened) {
            run.fail(opened.error());
            return std::nullopt;
        }
        access.queue = std::make_unique<NoticeQueue>(NoticeQueue::central(access.central->database()));
    } else {
        access.queue = std::make_unique<NoticeQueue>(NoticeQueue::local(run.database().connection()));
    }
    return access;
}

} // namespace

QList<Command> NotifyCommands::all()
{
    return {
        {u"notify send"_s,
         tr("Queue the e-mail notices that are due and send them through the SMTP server; one line per notice "
            "(exit 2 when some will be retried, 1 when some failed for good)."),
         {centralOption(),
          valueOption(u"smtp"_s, tr("The SMTP server: smtp://HOST:587 (STARTTLS required) or smtps://HOST:465 (TLS)."),
                      tr("URL")),
          valueOption(u"user"_s, tr("The SMTP login; its password comes from PARTNERDESK_SMTP_PASSWORD."), tr("USER")),
          valueOption(u"from"_s, tr("The sender address of the notices."), tr("ADDRESS")),
          valueOption(u"from-name"_s, tr("The sender's display name, e.g. the program's."), tr("NAME")),
          valueOption(u"ca"_s,
                      tr("PEM file of the CA certificates to verify the SMTP server with (default: the "
                         "system's)."),
                      tr("FILE")),
          QCommandLineOption(u"dry-run"_s, tr("Plan nothing and send nothing: list the notices due now."))},
         {},
         {},
         true,
         &NotifyCommands::send},
        {u"notify list"_s,
         tr("List the notice queue as CSV, newest first."),
         {centralOption(),
          valueOption(u"state"_s, tr("Only notices in this state: due, sent or failed."), tr("STATE"))},
         {},
         {},
         true,
         &NotifyCommands::list},
        {u"affiliate set"_s,
         tr("Change a partner's own settings: how he is sent notices and in which language."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"notices"_s, tr("each, digest, off, or program (the program's setting)."), tr("MODE")),
          valueOption(u"language"_s, tr("The language of his notices: en or cs."), tr("LANGUAGE"))},
         {u"affiliate"_s},
         {},
         true,
         &NotifyCommands::setAffiliate},
    };
}

int NotifyCommands::send(Invocation &run)
{
    std::optional<QueueAccess> access = openQueue(run);
    if (!access)
        return ExitFailure;
    NoticeQueue &queue = *access->queue;
    const qint64 now = Timestamp::now();
    if (run.isSet(u"dry-run"_s)) {
        const Result<QStringList> keys = queue.dueKeys(now, 100000);
        if (!keys)
            return run.fail(keys.error());
        for (const QString &key : *keys) {
            const Result<std::optional<Notice>> notice = queue.byKey(key);
            if (notice && notice->has_value())
                run.out() << tr("due %1 to %2").arg(key, (*notice)->recipient) << Qt::endl;
        }
        return ExitSuccess;
    }
    SmtpSettings settings;
    settings.url = run.value(u"smtp"_s).trimmed();
    settings.user = run.value(u"user"_s).trimmed();
    settings.password = qEnvironmentVariable("PARTNERDESK_SMTP_PASSWORD");
    settings.from = run.value(u"from"_s).trimmed();
    settings.fromName = run.value(u"from-name"_s).trimmed();
    settings.caFile = run.value(u"ca"_s);
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return run.fail(problem);

    NoticePlanner::Options options;
    options.requireSyncIds = access->central != nullptr;
    const Result<NoticePlan> plan = NoticePlanner(run.database(), queue, options).plan(now);
    if (!plan)
        return run.fail(plan.error());

    bool retry = false;
    bool failed = false;
    NoticeSender sender(queue, settings);
    const Result<QList<NoticeOutcome>> outcomes = sender.sendDue(now, [&](const NoticeOutcome &outcome) {
        switch (outcome.kind) {
        case NoticeOutcome::Kind::Sent:
            run.out() << tr("sent %1 to %2").arg(outcome.key, outcome.recipient) << Qt::endl;
            break;
        case NoticeOutcome::Kind::Retry:
            retry = true;
            run.out() << tr("retry %1 at %2: %3").arg(outcome.key, outcome.nextAttemptAt, outcome.error) << Qt::endl;
            break;
        case NoticeOutcome::Kind::Failed:
            failed = true;
            run.out() << tr("failed %1: %2").arg(outcome.key, outcome.error) << Qt::endl;
            break;
        }
    });
    if (!outcomes)
        return run.fail(outcomes.error());
    return failed ? ExitFailure : retry ? ExitPartial : ExitSuccess;
}

int NotifyCommands::list(Invocation &run)
{
    const QString state = run.value(u"state"_s).trimmed();
    if (!state.isEmpty() && state != u"due" && state != u"sent" && state != u"failed")
        return run.fail(tr("\"%1\" is not a notice state; use due, sent or failed.").arg(state));
    std::optional<QueueAccess> access = openQueue(run);
    if (!access)
        return ExitFailure;
    const Result<QList<Notice>> notices = access->queue->list(state, 100000);
    if (!notices)
        return run.fail(notices.error());
    run.out() << CsvWriter::line({u"key"_s, u"kind"_s, u"recipient"_s, u"language"_s, u"state"_s, u"attempts"_s,
                                  u"next_attempt_at"_s, u"sent_at"_s, u"last_error"_s});
    for (const Notice &notice : *notices)
        run.out() << CsvWriter::line({notice.key, notice.kind, notice.recipient, notice.language, notice.state,
                                      CsvCell::number(notice.attempts), notice.nextAttemptAt, notice.sentAt,
                                      notice.lastError});
    return ExitSuccess;
}

int NotifyCommands::setAffiliate(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    if (!run.isSet(u"notices"_s) && !run.isSet(u"language"_s))
        return run.fail(tr("Say what to change: --notices, --language or both."));
    NoticeSettingsStore store(run.database());
    const std::optional<PartnerNotices> current = store.partner(affiliate->id);
    if (!current)
        return run.fail(tr("No partner has the code \"%1\".").arg(affiliate->code));
    QString mode = current->mode;
    if (run.isSet(u"notices"_s)) {
        mode = run.value(u"notices"_s).trimmed();
        if (mode == u"program")
            mode.clear();
        else if (mode.isEmpty())
            return run.fail(tr("Give --notices each, digest, off or program."));
    }
    const QString language = run.isSet(u"language"_s) ? run.value(u"language"_s).trimmed() : current->language;
    const Status changed = store.setPartner(affiliate->id, mode, language);
    return changed ? ExitSuccess : run.fail(changed.error());
}

} // namespace PartnerDesk
