// E-mail notices sent by a manager's desktop by itself (issue #14, docs/NOTICES.md), offscreen on a
// real SQLite book and a real SMTP server on loopback (tests/common/smtpserver.py: STARTTLS and
// AUTH required): with "Send due notices automatically from this desktop" on in File › E-mail
// Notices…, a due notice goes out when the trigger fires (a sync that ended, the timer's slot),
// nobody pressing Send Now, and once only over several triggers, a trigger during a run running
// once more after it; the status bar says what was sent, and a notice given up for good is a
// notice in the window. Switched off, nothing is sent; in a partner's window or on a partner's
// desktop, nothing is sent either.

#include "guitestkit.h"
#include "mainwindow.h"
#include "noticeautosender.h"
#include "noticerun.h"
#include "noticesdialog.h"
#include "notifier.h"
#include "payouttestkit.h"
#include "smtptestkit.h"
#include "store/database.h"
#include "store/noticequeue.h"
#include "store/noticesettingsstore.h"
#include "store/syncrole.h"
#include "store/syncstate.h"
#include "storetestkit.h"
#include "sync/syncrunner.h"
#include "windowsync.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestNoticeAutoSend : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendsByItselfOnce();
    void switchedOffSendsNothing();
    void partnerWindowSendsNothing();
    void partnerDesktopSendsNothing();
    void aNoticeGivenUpIsANoticeInTheWindow();

private:
    // The books: two partners with a new transaction each, notices on for their program.
    bool fillBooks();
    // File › E-mail Notices…: the SMTP settings, the password, "automatically" as `automatic`; Save Settings.
    void configure(const QString &password, bool automatic);
    // Fires the trigger (or the sync's end) and waits for the run it starts.
    void runAndWait(const std::function<void()> &fire);
    QList<Notice> queue() const;
    static QStringList subjects(const QList<QJsonObject> &messages);

    SmtpTestKit::Server m_smtp;
    PayoutTestKit::Books m_ids;
};

void TestNoticeAutoSend::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
    QVERIFY2(m_smtp.start(u"notices"_s, u"smtp-pw"_s), qPrintable(m_smtp.error()));
}

void TestNoticeAutoSend::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
}

void TestNoticeAutoSend::cleanup()
{
    if (m_window && m_window->noticeAutoSender()->isBusy()) // a failed check left a run under way
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->noticeAutoSender()->isBusy(), 60000);
    closeBook();
}

bool TestNoticeAutoSend::fillBooks()
{
    return PayoutTestKit::setUpBooks(*m_check, m_ids) &&
           PayoutTestKit::importOrders(*m_check, m_dir->filePath(u"orders.csv"_s),
                                       {PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                                        PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"12.50"_s)}) &&
           NoticeSettingsStore(*m_check).setProgramMode(m_ids.partnerProgram, u"each"_s);
}

void TestNoticeAutoSend::configure(const QString &password, bool automatic)
{
    bool configured = false;
    whenModal<NoticesDialog>([&](NoticesDialog *dialog) {
        QTRY_VERIFY(!dialog->isBusy()); // the first read of the queue
        auto *check = dialog->findChild<QCheckBox *>(u"autoSendCheck"_s);
        QVERIFY(check);
        QVERIFY(!check->isChecked()); // off by default
        replaceText(dialog->findChild<QLineEdit *>(u"smtpUrlEdit"_s), m_smtp.url());
        replaceText(dialog->findChild<QLineEdit *>(u"smtpUserEdit"_s), u"notices"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"smtpPasswordEdit"_s), password);
        replaceText(dialog->findChild<QLineEdit *>(u"smtpFromEdit"_s), u"partners@koongo.com"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"smtpCaEdit"_s), m_smtp.caFile());
        check->setChecked(automatic);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveSettingsButton"_s), Qt::LeftButton);
        clickDialogButton(dialog, QDialogButtonBox::Close); // nothing sent from here
        configured = true;
    });
    find<QAction>(u"noticesAction"_s)->trigger();
    QVERIFY(configured);
    QSettings settings;
    QCOMPARE(NoticeRun::sendsAutomatically(settings), automatic);
}

void TestNoticeAutoSend::runAndWait(const std::function<void()> &fire)
{
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    QSignalSpy finished(sender, &NoticeAutoSender::finished);
    fire();
    QVERIFY(sender->isBusy()); // reading the password, then sending in the background
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!sender->isBusy());
}

QList<Notice> TestNoticeAutoSend::queue() const
{
    const Result<QList<Notice>> notices = NoticeQueue::local(m_check->connection()).list();
    return notices ? *notices : QList<Notice>{};
}

QStringList TestNoticeAutoSend::subjects(const QList<QJsonObject> &messages)
{
    QStringList found;
    for (const QJsonObject &message : messages)
        found.append(message.value(u"subject"_s).toString());
    found.sort();
    return found;
}

void TestNoticeAutoSend::sendsByItselfOnce()
{
    QVERIFY(fillBooks());
    QVERIFY(openWindow());
    configure(u"smtp-pw"_s, true);
    const qsizetype before = m_smtp.messages().size();
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    QVERIFY(sender->isArmed());
    QVERIFY(queue().isEmpty()); // nothing planned or sent by configuring
    QCOMPARE(m_smtp.messages().size(), before);

    // The timer's slot: both notices go out, nobody pressing anything.
    runAndWait([&] { sender->trigger(); });
    QCOMPARE(sender->lastOutcome().error, QString());
    QCOMPARE(subjects(m_smtp.messages().mid(before)), (QStringList{u"New transaction: order A1 in Koongo Partner"_s,
                                                                   u"New transaction: order C1 in Koongo Partner"_s}));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"E-mail notices: 2 sent"_s);
    const QList<Notice> sent = queue();
    QCOMPARE(sent.size(), 2);
    for (const Notice &notice : sent) {
        QCOMPARE(notice.state, u"sent"_s);
        QCOMPARE(notice.attempts, 1);
    }

    // A sync that ended well triggers again: nothing new is due, nothing is sent twice.
    auto *sync = m_window->findChild<WindowSync *>();
    QVERIFY(sync);
    runAndWait([&] { Q_EMIT sync->finished(SyncOutcome{}); });
    QCOMPARE(sender->lastOutcome().error, QString());
    QVERIFY(sender->lastOutcome().outcomes.isEmpty());
    QCOMPARE(m_smtp.messages().size(), before + 2);

    // A trigger during a run does not start a second one beside it: it runs once more after it.
    QVERIFY(PayoutTestKit::importOrders(*m_check, m_dir->filePath(u"more.csv"_s),
                                        {PayoutTestKit::viaLink(u"A2"_s, u"ANNA"_s, u"40.00"_s)}));
    QSignalSpy finished(sender, &NoticeAutoSender::finished);
    sender->trigger();
    QVERIFY(sender->isBusy());
    Q_EMIT sync->finished(SyncOutcome{});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!sender->isBusy(), 60000);
    QCOMPARE(finished.count(), 2);
    QVERIFY(sender->lastOutcome().outcomes.isEmpty()); // the first of the two sent it
    const QList<QJsonObject> messages = m_smtp.messages().mid(before);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.last().value(u"subject"_s).toString(), u"New transaction: order A2 in Koongo Partner"_s);

    // A sync that failed triggers nothing.
    SyncOutcome failed;
    failed.error = u"the central database did not answer"_s;
    Q_EMIT sync->finished(failed);
    QVERIFY(!sender->isBusy());
}

void TestNoticeAutoSend::switchedOffSendsNothing()
{
    QVERIFY(fillBooks());
    QVERIFY(openWindow());
    configure(u"smtp-pw"_s, false);
    const qsizetype before = m_smtp.messages().size();
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    QVERIFY(sender->isArmed()); // a manager's desktop: armed, but switched off
    sender->trigger();
    QVERIFY(!sender->isBusy()); // nothing started, nothing to come
    Q_EMIT m_window->findChild<WindowSync *>()->finished(SyncOutcome{});
    QVERIFY(!sender->isBusy());
    QVERIFY(queue().isEmpty()); // not even planned
    QCOMPARE(m_smtp.messages().size(), before);

    // The same window and settings with it on: sent (what was checked above could have happened).
    QSettings settings;
    NoticeRun::setSendsAutomatically(settings, true);
    runAndWait([&] { sender->trigger(); });
    QCOMPARE(m_smtp.messages().size(), before + 2);
}

void TestNoticeAutoSend::partnerWindowSendsNothing()
{
    QVERIFY(fillBooks());
    QVERIFY(openWindow());
    configure(u"smtp-pw"_s, true); // the manager's settings, this user's
    const qsizetype before = m_smtp.messages().size();
    QVERIFY(m_window->noticeAutoSender()->isArmed());

    // The partner's view of the same book (File › Open as Partner…): never armed.
    QVERIFY(openPartnerWindow(u"ANNA"_s));
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    QVERIFY(!sender->isArmed());
    sender->trigger();
    Q_EMIT m_window->findChild<WindowSync *>()->finished(SyncOutcome{});
    QVERIFY(!sender->isBusy());
    QVERIFY(queue().isEmpty());
    QCOMPARE(m_smtp.messages().size(), before);
}

void TestNoticeAutoSend::partnerDesktopSendsNothing()
{
    // A partner's desktop: the file synced under ANNA's login (SyncRole, as her first sync records
    // it), rows in it that would make notices on a manager's desktop. (The stores refuse a manager's
    // edits on a partner's desktop: the rows go in first.)
    QVERIFY(fillBooks());
    QVERIFY(SyncState(*m_check).setValue(SyncRole::stateKey(), u"partner:ANNA"_s));
    QCOMPARE(SyncRole::ofDatabase(*m_check), SyncRole::partner(u"ANNA"_s));
    QVERIFY(openWindow());
    QVERIFY(m_window->partner().has_value()); // the window knows it is hers
    QSettings settings;
    SmtpSettings smtp;
    smtp.url = m_smtp.url();
    smtp.from = u"partners@koongo.com"_s;
    smtp.caFile = m_smtp.caFile();
    smtp.save(settings); // as complete as can be, and on
    NoticeRun::setSendsAutomatically(settings, true);
    const qsizetype before = m_smtp.messages().size();
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    QVERIFY(!sender->isArmed());
    sender->trigger();
    QVERIFY(!sender->isBusy());

    // And the run itself refuses such a file (a first sync may have just made it hers, before the
    // window opens it again as hers).
    NoticeRun::Request request;
    request.databasePath = m_path;
    request.smtp = smtp;
    request.send = true;
    const NoticeRun::Outcome outcome = NoticeRun::run(request);
    QCOMPARE(outcome.error, u"E-mail notices are sent from a manager's desktop, not from a partner's."_s);
    QVERIFY(queue().isEmpty());
    QCOMPARE(m_smtp.messages().size(), before);
}

void TestNoticeAutoSend::aNoticeGivenUpIsANoticeInTheWindow()
{
    QVERIFY(fillBooks());
    QVERIFY(openWindow());
    configure(u"wrong-pw"_s, true);
    const qsizetype before = m_smtp.messages().size();
    NoticeAutoSender *sender = m_window->noticeAutoSender();
    runAndWait([&] { sender->trigger(); });
    QCOMPARE(m_window->statusBar()->currentMessage(), u"E-mail notices: 0 sent, 2 to be retried"_s);
    QVERIFY(m_window->notifier()->currentMessage().isEmpty()); // to be retried is not news

    // The last attempt, due now: it fails for good.
    QSqlQuery query(m_check->connection());
    QVERIFY(query.prepare(u"UPDATE notices SET attempts = :attempts, next_attempt_at = :now"_s));
    query.bindValue(u":attempts"_s, NoticeQueue::maxAttempts - 1);
    query.bindValue(u":now"_s, QString::fromLatin1(StoreTestKit::pinnedNow));
    QVERIFY(query.exec());
    runAndWait([&] { sender->trigger(); });
    QCOMPARE(m_window->statusBar()->currentMessage(), u"E-mail notices: 0 sent, 2 failed"_s);
    const QString notice = m_window->notifier()->currentMessage();
    QVERIFY2(notice.contains(u"Given up, not to be tried again: 2. The first: to "_s), qPrintable(notice));
    for (const Notice &row : queue())
        QCOMPARE(row.state, u"failed"_s);
    QCOMPARE(m_smtp.messages().size(), before);
}

QTEST_MAIN(TestNoticeAutoSend)
#include "tst_noticeautosend.moc"
