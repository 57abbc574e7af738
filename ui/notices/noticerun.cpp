#include "noticerun.h"

#include "core/timestamp.h"
#include "store/database.h"
#include "store/noticeplanner.h"
#include "store/syncrole.h"
#include "sync/centralconnection.h"

#include <QSettings>
#include <algorithm>
#include <memory>

namespace PartnerDesk {

namespace {

const QString automaticKey = QStringLiteral("sendAutomatically");

} // namespace

int NoticeRun::Outcome::count(NoticeOutcome::Kind kind) const
{
    return static_cast<int>(
        std::count_if(outcomes.cbegin(), outcomes.cend(), [kind](const NoticeOutcome &o) { return o.kind == kind; }));
}

QString NoticeRun::passwordKey(const QString &url, const QString &user)
{
    return QStringLiteral("smtp:%1@%2").arg(user.trimmed(), url.trimmed());
}

bool NoticeRun::sendsAutomatically(QSettings &settings)
{
    settings.beginGroup(SmtpSettings::settingsGroup());
    const bool on = settings.value(automaticKey, false).toBool();
    settings.endGroup();
    return on;
}

void NoticeRun::setSendsAutomatically(QSettings &settings, bool on)
{
    settings.beginGroup(SmtpSettings::settingsGroup());
    settings.setValue(automaticKey, on);
    settings.endGroup();
}

NoticeRun::Outcome NoticeRun::run(const Request &request)
{
    Outcome outcome;
    Database books;
    if (const Status opened = books.open(request.databasePath); !opened) {
        outcome.error = opened.error();
        return outcome;
    }
    // A partner's desktop holds his rows only, and the SMTP login is the store's: never from there
    // (the window does not offer it; this holds when a first sync has just made the file his).
    if (const std::optional<SyncRole> role = SyncRole::ofDatabase(books); request.send && role && role->isPartner()) {
        outcome.error = tr("E-mail notices are sent from a manager's desktop, not from a partner's.");
        return outcome;
    }
    std::unique_ptr<CentralConnection> connection;
    std::optional<NoticeQueue> queue;
    if (request.central) {
        connection = std::make_unique<CentralConnection>();
        if (const Status opened = connection->open(*request.central); !opened) {
            outcome.error = opened.error();
            return outcome;
        }
        queue.emplace(NoticeQueue::central(connection->database()));
    } else {
        queue.emplace(NoticeQueue::local(books.connection()));
    }
    outcome.opened = true;
    if (request.send) {
        const qint64 now = Timestamp::now();
        NoticePlanner::Options options;
        options.requireSyncIds = request.central.has_value();
        if (const Result<NoticePlan> plan = NoticePlanner(books, *queue, options).plan(now); !plan) {
            outcome.error = plan.error();
        } else {
            NoticeSender sender(*queue, request.smtp);
            if (const Result<QList<NoticeOutcome>> sent = sender.sendDue(now); sent)
                outcome.outcomes = *sent;
            else
                outcome.error = sent.error();
        }
    }
    if (request.listState) {
        if (const Result<QList<Notice>> notices = queue->list(*request.listState); notices)
            outcome.notices = *notices;
        else if (outcome.error.isEmpty())
            outcome.error = notices.error();
    }
    return outcome;
}

} // namespace PartnerDesk
