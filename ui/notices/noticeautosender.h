#pragma once

#include "core/backgroundjob.h"
#include "noticerun.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <chrono>

class QTimer;

namespace PartnerDesk {

class Notifier;
struct CredentialReply;
struct SyncOutcome;

// Sends the due e-mail notices from a manager's desktop by itself (issue #14, docs/NOTICES.md):
// when "Send due notices automatically from this desktop" is on (File › E-mail Notices…) and the
// SMTP settings are complete, after each successful sync and every 15 minutes, the same run as
// Send Now (NoticeRun) in the background, one at a time (a trigger during a run runs once more
// after it). The passwords (SMTP, central database) come from the application's credential store,
// read afresh for each run. What it sent goes to the status bar (statusMessage); a notice given up
// for good is a Notifier notice. Never on a partner's desktop or a partner's view: the window arms
// it for a manager's book only (and NoticeRun refuses a partner's desktop besides).
class NoticeAutoSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeAutoSender)

public:
    static constexpr std::chrono::minutes interval{15};

    NoticeAutoSender(Notifier *notifier, QObject *parent = nullptr);
    ~NoticeAutoSender() override;

    // Sends for the book at `databasePath` from now on ("" disarms: no book, or not a manager's).
    // A run under way for the book before goes on by itself; what it reports is dropped.
    void arm(const QString &databasePath);
    // Stops the timer and waits for a run under way (the notice being sent is marked sent).
    void disarm();
    bool isArmed() const { return !m_databasePath.isEmpty(); }
    // From the trigger to the run's report (reading the passwords, sending).
    bool isBusy() const { return m_busy; }
    // What the last run that reached the queue did.
    const NoticeRun::Outcome &lastOutcome() const { return m_lastOutcome; }

public Q_SLOTS:
    // Runs now when armed, switched on and configured (the timer and syncFinished() come here).
    void trigger();
    // A successful sync triggers a run.
    void syncFinished(const PartnerDesk::SyncOutcome &outcome);

Q_SIGNALS:
    // For the status bar: "E-mail notices: 3 sent, 1 to be retried", or why none could be sent.
    void statusMessage(const QString &message);
    // A run ended (with or without sending; lastOutcome() says how; tests wait for it).
    void finished();

private:
    void passwordRead(const CredentialReply &reply);
    void start();
    void report(const NoticeRun::Outcome &outcome);
    void done();

    Notifier *m_notifier;
    QTimer *m_timer;
    QString m_databasePath;
    bool m_busy = false;
    bool m_again = false;     // triggered while busy
    bool m_listening = false; // to the credential store's replies
    QSet<QString> m_waiting;  // keys of the passwords still to arrive
    QString m_smtpKey;
    QString m_centralKey;
    QString m_centralPassword;
    NoticeRun::Request m_request;
    NoticeRun::Outcome m_lastOutcome;
    BackgroundJob<NoticeRun::Outcome> m_job;
};

} // namespace PartnerDesk
