#pragma once

#include "network/noticesender.h"
#include "network/smtpsender.h"
#include "store/noticequeue.h"
#include "sync/centralurl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace PartnerDesk {

// One run of the e-mail notices (issue #14, docs/NOTICES.md), the work both File › E-mail
// Notices… (Send Now, Refresh) and the automatic sender (NoticeAutoSender) do: open the book and
// the queue (the central one every manager desktop shares when a central database is configured,
// else the book's own), plan what is due (NoticePlanner), send it (NoticeSender), and read the
// queue back. Runs on a pool thread (BackgroundJob): it opens its own connections and closes them
// before returning. Refused on a partner's desktop: notices are a manager's.
class NoticeRun final
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRun)

public:
    struct Request
    {
        QString databasePath;
        std::optional<CentralUrl> central; // with its password; nullopt: the book's own queue
        SmtpSettings smtp;                 // with the password
        bool send = false;                 // plan and send what is due; else only read the queue
        std::optional<QString> listState;  // read the queue back ("" all, "due", "sent", "failed"); nullopt: not
    };
    struct Outcome
    {
        QString error;       // "" when the run went through
        bool opened = false; // the book and the queue were opened
        QList<NoticeOutcome> outcomes;
        QList<Notice> notices; // the queue read back, when asked
        int count(NoticeOutcome::Kind kind) const;
    };

    // Does it all, on the calling thread (a pool thread: never the UI's, SMTP waits on the network).
    static Outcome run(const Request &request);

    // The keychain key of an SMTP login's password (FallbackCredentialStore).
    static QString passwordKey(const QString &url, const QString &user);
    // "Send due notices automatically from this desktop" (SmtpSettings' QSettings group; off by default).
    static bool sendsAutomatically(QSettings &settings);
    static void setSendsAutomatically(QSettings &settings, bool on);
};

} // namespace PartnerDesk
