// E-mail notices through a real SMTP server on loopback (tests/common/smtpserver.py: aiosmtpd,
// STARTTLS and AUTH required, a throw-away CA) and a real PostgreSQL for the central queue:
// A. partnerdesk-cli notify send plans and delivers, in Czech to a Czech partner and in English
//    to an English one, with the SMTP login, and marks both sent;
// B. two partnerdesk-cli notify send at once on one central queue deliver each notice exactly once;
// C. a server that answers 451 first and then accepts gets the notice exactly once, with both
//    attempts recorded;
// D. a wrong SMTP password: the failure is on the notice (last_error, attempts), and it goes out
//    at its next attempt once the password is right.
// D2. smtps:// (TLS from the first byte) delivers too; a server that offers no STARTTLS gets
//    nothing (libcurl stops before AUTH); a certificate from another CA is refused;
// E. the central queue is the managers': a partner's login and the store's see nothing of it;
// F. two manager desktops of one central database plan the same notices into its queue: one row
//    each, keyed by the rows' sync ids;
// G. a partner sets his own notice mode and language on his desktop and it reaches the manager's;
//    his login cannot switch a program's notices nor touch another partner's choice.

#include "centraltestkit.h"
#include "core/timestamp.h"
#include "network/noticesender.h"
#include "payouttestkit.h"
#include "pgtestkit.h"
#include "smtptestkit.h"
#include "store/noticeplanner.h"
#include "store/noticequeue.h"
#include "store/noticesettingsstore.h"
#include "storetestkit.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestNoticeSmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliversInTheirLanguages();
    void twoSendersDeliverEachNoticeOnce();
    void aRefusalIsRetriedAndDeliveredOnce();
    void aWrongPasswordIsVisibleAndRetried();
    void implicitTlsAndNoPlainText();
    void theCentralQueueIsTheManagers();
    void twoManagerDesktopsPlanOneRowEach();
    void aPartnerChoosesHisOwnNotices();

private:
    SmtpSettings settings(const SmtpTestKit::Server &server, const QString &password = u"smtp-pw"_s) const
    {
        SmtpSettings s;
        s.url = server.url();
        s.user = u"notices"_s;
        s.password = password;
        s.from = u"partners@koongo.com"_s;
        s.fromName = u"Koongo Partner Program"_s;
        s.caFile = server.caFile();
        return s;
    }
    QStringList smtpArguments() const
    {
        return {u"--smtp"_s, m_smtp.url(),   u"--user"_s, u"notices"_s, u"--from"_s, u"partners@koongo.com"_s,
                u"--ca"_s,   m_smtp.caFile()};
    }
    static Notice notice(const QString &key, const QString &recipient)
    {
        Notice n;
        n.key = key;
        n.kind = u"transaction"_s;
        n.recipient = recipient;
        n.language = u"en"_s;
        n.subject = u"Notice "_s + key;
        n.body = u"Hello,\nthis is "_s + key + u".\n"_s;
        return n;
    }
    static QJsonObject messageTo(const QList<QJsonObject> &messages, const QString &recipient)
    {
        for (const QJsonObject &m : messages) {
            if (m.value(u"rcpt_tos"_s).toArray().contains(recipient))
                return m;
        }
        return {};
    }

    PgTestKit::Server m_server;
    SmtpTestKit::Server m_smtp;
    QTemporaryDir m_dir;
    qint64 m_now = 0;
};

void TestNoticeSmtp::initTestCase()
{
    StoreTestKit::pinNow();
    m_now = StoreTestKit::now();
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_smtp.start(u"notices"_s, u"smtp-pw"_s), qPrintable(m_smtp.error()));
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    CentralSchema schema(admin);
    const auto setUp = schema.setup();
    QVERIFY2(setUp, qPrintable(setUp.error()));
    QVERIFY(setUp->applied.contains(9));
    QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));
}

void TestNoticeSmtp::cleanupTestCase()
{
    m_smtp.stop();
    m_server.stop();
}

void TestNoticeSmtp::deliversInTheirLanguages()
{
    const QString books = m_dir.filePath(u"books.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(books));
        PayoutTestKit::Books ids;
        QVERIFY(PayoutTestKit::setUpBooks(db, ids));
        QVERIFY(PayoutTestKit::importOrders(db, m_dir.filePath(u"orders.csv"_s),
                                            {PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                                             PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"12.50"_s)}));
    }
    QTemporaryDir home;
    using CentralTestKit::runCli;
    auto cli = [&](QStringList arguments) {
        arguments << u"--db"_s << books;
        return runCli(arguments, home, {{u"PARTNERDESK_SMTP_PASSWORD"_s, u"smtp-pw"_s}});
    };
    auto ok = [](const CentralTestKit::CliResult &r) {
        return r.exitCode == 0;
    };
    QVERIFY(ok(cli({u"program"_s, u"set"_s, u"--name"_s, u"Koongo Partner"_s, u"--notices"_s, u"each"_s})));
    QVERIFY(ok(cli({u"affiliate"_s, u"set"_s, u"--affiliate"_s, u"ANNA"_s, u"--language"_s, u"cs"_s})));
    const auto refused = cli({u"affiliate"_s, u"set"_s, u"--affiliate"_s, u"ANNA"_s, u"--language"_s, u"de"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"en or cs"_s), qPrintable(refused.err));

    const qsizetype before = m_smtp.messages().size();
    const auto sent = cli(QStringList{u"notify"_s, u"send"_s} + smtpArguments());
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    const QStringList lines = sent.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(u"sent transaction:local:"_s), qPrintable(line));
    QVERIFY(sent.out.contains(u" to anna@example.com\n"_s));
    QVERIFY(sent.out.contains(u" to carl@example.com\n"_s));

    const QList<QJsonObject> messages = m_smtp.messages().mid(before);
    QCOMPARE(messages.size(), 2);
    const QJsonObject anna = messageTo(messages, u"anna@example.com"_s);
    QCOMPARE(anna.value(u"login"_s).toString(), u"notices"_s);
    QCOMPARE(anna.value(u"mail_from"_s).toString(), u"partners@koongo.com"_s);
    QCOMPARE(anna.value(u"subject"_s).toString(), u"Nová transakce: objednávka A1 v programu Koongo Partner"_s);
    const QString annaBody = anna.value(u"body"_s).toString();
    QVERIFY2(annaBody.startsWith(u"Dobrý den,\n\nv partnerském programu Koongo Partner jsme vám zaznamenali novou "
                                 "transakci.\n"_s),
             qPrintable(annaBody));
    QVERIFY(annaBody.contains(u"  Částka objednávky:  100,00\u00a0€\n"_s));
    QVERIFY(annaBody.contains(u"  Provize:            20,00\u00a0€\n"_s));
    QVERIFY(annaBody.contains(u"  Stav:               schválená\n"_s));
    const QJsonObject carl = messageTo(messages, u"carl@example.com"_s);
    QCOMPARE(carl.value(u"subject"_s).toString(), u"New transaction: order C1 in Koongo Partner"_s);
    const QString carlBody = carl.value(u"body"_s).toString();
    QVERIFY2(carlBody.startsWith(u"Hello CARL Name,\n"_s), qPrintable(carlBody));
    QVERIFY(carlBody.contains(u"  Order amount:  €12.50\n"_s));
    QVERIFY(carlBody.contains(u"  Commission:    €2.50\n"_s));

    // Sent once: the next run plans and sends nothing.
    const auto again = cli(QStringList{u"notify"_s, u"send"_s} + smtpArguments());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QString());
    QCOMPARE(m_smtp.messages().size(), before + 2);
    const auto listed = cli({u"notify"_s, u"list"_s, u"--state"_s, u"sent"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u",sent,1,"_s), 2);
}

void TestNoticeSmtp::twoSendersDeliverEachNoticeOnce()
{
    const int count = 40;
    {
        CentralConnection manager;
        QVERIFY(manager.open(m_server.url(u"mgr"_s, u"books"_s), u"mgr-pw"_s));
        NoticeQueue queue = NoticeQueue::central(manager.database());
        for (int i = 0; i < count; ++i) {
            const Result<bool> added = queue.enqueue(notice(u"two:%1"_s.arg(i), u"p%1@example.com"_s.arg(i)), m_now);
            QVERIFY2(added && *added, qPrintable(added.error()));
        }
        // Queued again by another desktop: still one row each.
        QVERIFY(!*queue.enqueue(notice(u"two:0"_s, u"p0@example.com"_s), m_now));
    }
    const qsizetype before = m_smtp.messages().size();
    QTemporaryDir homeA, homeB;
    const QMap<QString, QString> env{{u"PGPASSWORD"_s, u"mgr-pw"_s}, {u"PARTNERDESK_SMTP_PASSWORD"_s, u"smtp-pw"_s}};
    const QStringList arguments =
        QStringList{u"notify"_s, u"send"_s, u"--central"_s, m_server.url(u"mgr"_s, u"books"_s)} + smtpArguments();
    QProcess *a =
        CentralTestKit::startCli(arguments + QStringList{u"--db"_s, homeA.filePath(u"a.sqlite"_s)}, homeA, env);
    QProcess *b =
        CentralTestKit::startCli(arguments + QStringList{u"--db"_s, homeB.filePath(u"b.sqlite"_s)}, homeB, env);
    const CentralTestKit::CliResult resultA = CentralTestKit::finish(a);
    const CentralTestKit::CliResult resultB = CentralTestKit::finish(b);
    QVERIFY2(resultA.exitCode == 0, qPrintable(resultA.out + resultA.err));
    QVERIFY2(resultB.exitCode == 0, qPrintable(resultB.out + resultB.err));

    QStringList sentLines = resultA.out.split(u'\n', Qt::SkipEmptyParts) + resultB.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(sentLines.size(), count);
    QCOMPARE(QSet<QString>(sentLines.cbegin(), sentLines.cend()).size(), count);
    qInfo("sender A sent %lld, sender B %lld", qlonglong(resultA.out.count(u'\n')),
          qlonglong(resultB.out.count(u'\n')));

    const QList<QJsonObject> messages = m_smtp.messages().mid(before);
    QCOMPARE(messages.size(), count);
    QSet<QString> recipients;
    for (const QJsonObject &m : messages)
        recipients.insert(m.value(u"rcpt_tos"_s).toArray().first().toString());
    QCOMPARE(recipients.size(), count);
    QString output;
    QVERIFY(m_server.psql(u"SELECT count(*) FILTER (WHERE state = 'sent' AND attempts = 1 AND claimed_by = ''), "
                          "count(*) FROM partnerdesk.notices WHERE key LIKE 'two:%'"_s,
                          u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, &output));
    QCOMPARE(output.trimmed(), u"%1|%1"_s.arg(count));
}

void TestNoticeSmtp::aRefusalIsRetriedAndDeliveredOnce()
{
    SmtpTestKit::Server refusing;
    QVERIFY2(refusing.start(u"notices"_s, u"smtp-pw"_s, 1), qPrintable(refusing.error()));
    auto fixture = StoreTestKit::openFixture();
    QVERIFY(fixture);
    NoticeQueue queue = NoticeQueue::local(fixture->database.connection());
    QVERIFY(queue.enqueue(notice(u"refused:1"_s, u"anna@example.com"_s), m_now));
    NoticeSender sender(queue, settings(refusing));

    Result<QList<NoticeOutcome>> outcomes = sender.sendDue(m_now);
    QVERIFY2(outcomes, qPrintable(outcomes.error()));
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().kind, NoticeOutcome::Kind::Retry);
    QVERIFY2(outcomes->first().error.contains(u"451"_s), qPrintable(outcomes->first().error));
    QCOMPARE(outcomes->first().nextAttemptAt, Timestamp::format(m_now + 60));
    QCOMPARE(refusing.messages(u"refused"_s).size(), 1);
    QCOMPARE(refusing.messages().size(), 0);
    auto row = queue.byKey(u"refused:1"_s);
    QCOMPARE((*row)->state, u"due"_s);
    QCOMPARE((*row)->attempts, 1);
    QVERIFY((*row)->lastError.contains(u"451"_s));

    // Not before its time; then once.
    QVERIFY(sender.sendDue(m_now + 59)->isEmpty());
    outcomes = sender.sendDue(m_now + 60);
    QVERIFY2(outcomes, qPrintable(outcomes.error()));
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().kind, NoticeOutcome::Kind::Sent);
    QVERIFY(sender.sendDue(m_now + 100000)->isEmpty());
    QCOMPARE(refusing.messages().size(), 1);
    QCOMPARE(refusing.messages(u"refused"_s).size(), 1);
    row = queue.byKey(u"refused:1"_s);
    QCOMPARE((*row)->state, u"sent"_s);
    QCOMPARE((*row)->attempts, 2);
    QCOMPARE((*row)->lastError, QString());
    // The same Message-ID as the refused attempt: a resend is recognisably the same notice.
    QCOMPARE(refusing.messages().first().value(u"message_id"_s),
             refusing.messages(u"refused"_s).first().value(u"message_id"_s));
}

void TestNoticeSmtp::aWrongPasswordIsVisibleAndRetried()
{
    auto fixture = StoreTestKit::openFixture();
    QVERIFY(fixture);
    NoticeQueue queue = NoticeQueue::local(fixture->database.connection());
    QVERIFY(queue.enqueue(notice(u"password:1"_s, u"pw@example.com"_s), m_now));
    const qsizetype before = m_smtp.messages().size();
    {
        NoticeSender wrong(queue, settings(m_smtp, u"not-the-password"_s));
        const Result<QList<NoticeOutcome>> outcomes = wrong.sendDue(m_now);
        QVERIFY2(outcomes, qPrintable(outcomes.error()));
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().kind, NoticeOutcome::Kind::Retry);
        QVERIFY2(outcomes->first().error.contains(u"refused the login of notices"_s),
                 qPrintable(outcomes->first().error));
    }
    const auto row = queue.byKey(u"password:1"_s);
    QCOMPARE((*row)->state, u"due"_s);
    QCOMPARE((*row)->attempts, 1);
    QVERIFY((*row)->lastError.contains(u"refused the login"_s));
    QCOMPARE((*row)->nextAttemptAt, Timestamp::format(m_now + 60));
    QCOMPARE(m_smtp.messages().size(), before);

    NoticeSender right(queue, settings(m_smtp));
    const Result<QList<NoticeOutcome>> outcomes = right.sendDue(m_now + 60);
    QVERIFY2(outcomes, qPrintable(outcomes.error()));
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().kind, NoticeOutcome::Kind::Sent);
    QCOMPARE(m_smtp.messages().size(), before + 1);
    QCOMPARE(m_smtp.messages().last().value(u"body"_s).toString(), u"Hello,\nthis is password:1.\n"_s);
}

void TestNoticeSmtp::implicitTlsAndNoPlainText()
{
    SmtpTestKit::Server implicit, plain;
    QVERIFY2(implicit.start(u"notices"_s, u"smtp-pw"_s, 0, u"implicit"_s), qPrintable(implicit.error()));
    QVERIFY2(plain.start(u"notices"_s, u"smtp-pw"_s, 0, u"none"_s), qPrintable(plain.error()));
    QVERIFY(implicit.url().startsWith(u"smtps://"_s));
    const SmtpMessage message{u"anna@example.com"_s, u"Přehled"_s, u"Dobrý den,\n"_s, {}};

    SmtpSender overTls(settings(implicit));
    const Status sent = overTls.send(message);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(implicit.messages().size(), 1);
    QCOMPARE(implicit.messages().first().value(u"subject"_s).toString(), u"Přehled"_s);
    QCOMPARE(implicit.messages().first().value(u"login"_s).toString(), u"notices"_s);

    SmtpSender downgraded(settings(plain));
    const Status refused = downgraded.send(message);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"does not offer STARTTLS"_s), qPrintable(refused.error()));
    QCOMPARE(plain.messages().size(), 0);

    // The STARTTLS server's certificate is not signed by the implicit server's CA.
    SmtpSettings otherCa = settings(m_smtp);
    otherCa.caFile = implicit.caFile();
    SmtpSender untrusted(otherCa);
    const Status unverified = untrusted.send(message);
    QVERIFY(!unverified);
    QVERIFY2(unverified.error().contains(u"TLS could not be verified"_s), qPrintable(unverified.error()));
}

void TestNoticeSmtp::theCentralQueueIsTheManagers()
{
    QString errors;
    QVERIFY(m_server.psql(u"CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw' IN ROLE partnerdesk_partner;"
                          "CREATE ROLE shop LOGIN PASSWORD 'shop-pw' IN ROLE partnerdesk_store"_s,
                          u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, nullptr, &errors));
    for (const QString &login : {u"outsider"_s, u"shop"_s}) {
        for (const QString &sql :
             {u"SELECT count(*) FROM partnerdesk.notices"_s, u"UPDATE partnerdesk.notices SET state = 'due'"_s,
              u"INSERT INTO partnerdesk.notices (key, kind, recipient, language, subject, body, "
              "created_at, next_attempt_at) VALUES ('x', 'welcome', 'a@b.cz', 'en', 's', 'b', "
              "now(), now())"_s}) {
            errors.clear();
            QVERIFY2(!m_server.psql(sql, login, login + u"-pw"_s, u"books"_s, nullptr, &errors), qPrintable(sql));
            QVERIFY2(errors.contains(u"permission denied"_s), qPrintable(errors));
        }
    }
}

void TestNoticeSmtp::twoManagerDesktopsPlanOneRowEach()
{
    QVERIFY(m_server.createDatabase(u"shared"_s));
    {
        CentralConnection admin;
        QVERIFY(admin.open(m_server.url(u"postgres"_s, u"shared"_s), CentralTestKit::superPassword()));
        CentralSchema schema(admin);
        QVERIFY(schema.setup());
        QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));
    }
    const QString url = m_server.url(u"mgr"_s, u"shared"_s);
    auto sync = [&](Database &db) {
        SyncEngine engine(db, url, u"mgr-pw"_s);
        const auto report = engine.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->conflicts, 0);
    };
    Database first, second;
    QVERIFY(first.open(m_dir.filePath(u"first.sqlite"_s)));
    QVERIFY(second.open(m_dir.filePath(u"second.sqlite"_s)));
    PayoutTestKit::Books ids;
    QVERIFY(PayoutTestKit::setUpBooks(first, ids));
    QVERIFY(NoticeSettingsStore(first).setProgramMode(ids.partnerProgram, u"each"_s));
    QVERIFY(PayoutTestKit::importOrders(first, m_dir.filePath(u"shared.csv"_s),
                                        {PayoutTestKit::viaLink(u"S1"_s, u"ANNA"_s, u"100.00"_s),
                                         PayoutTestKit::viaLink(u"S2"_s, u"ANNA"_s, u"150.00"_s),
                                         PayoutTestKit::viaLink(u"S3"_s, u"CARL"_s, u"10.00"_s)}));
    sync(first);
    sync(second);

    CentralConnection manager;
    QVERIFY(manager.open(url, u"mgr-pw"_s));
    NoticeQueue queue = NoticeQueue::central(manager.database());
    NoticePlanner::Options options;
    options.requireSyncIds = true;
    const Result<NoticePlan> fromFirst = NoticePlanner(first, queue, options).plan(m_now);
    QVERIFY2(fromFirst, qPrintable(fromFirst.error()));
    QCOMPARE(fromFirst->transactions, 3);
    QCOMPARE(fromFirst->thresholds, 1); // ANNA: 20.00 + 30.00 EUR
    QCOMPARE(fromFirst->waiting, 0);
    const Result<NoticePlan> fromSecond = NoticePlanner(second, queue, options).plan(m_now + 60);
    QVERIFY2(fromSecond, qPrintable(fromSecond.error()));
    QCOMPARE(fromSecond->added(), 0);
    QCOMPARE(fromSecond->waiting, 0);
    const Result<QList<Notice>> rows = queue.list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    for (const Notice &n : *rows)
        QVERIFY2(!n.key.contains(u"local:"_s), qPrintable(n.key));
}

void TestNoticeSmtp::aPartnerChoosesHisOwnNotices()
{
    // The central database "shared" of twoManagerDesktopsPlanOneRowEach, ANNA's login "pa".
    {
        CentralConnection admin;
        QVERIFY(admin.open(m_server.url(u"postgres"_s, u"shared"_s), CentralTestKit::superPassword()));
        const auto granted = CentralSchema(admin).grantPartner(u"ANNA"_s, u"pa"_s, u"pa-pw"_s);
        QVERIFY2(granted, qPrintable(granted.error()));
    }
    auto sync = [&](Database &db, const QString &login) {
        SyncEngine engine(db, m_server.url(login, u"shared"_s), login + u"-pw"_s);
        const auto report = engine.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(report->refused == 0, qPrintable(report->refusals.join(u'\n')));
    };
    Database anna;
    QVERIFY(anna.open(m_dir.filePath(u"anna.sqlite"_s)));
    sync(anna, u"pa"_s);
    const qint64 her = StoreTestKit::scalar(anna, u"SELECT id FROM affiliates WHERE code = 'ANNA'"_s);
    QVERIFY(her > 0);
    NoticeSettingsStore settings(anna);
    const Status chosen = settings.setPartner(her, u"digest"_s, u"cs"_s);
    QVERIFY2(chosen, qPrintable(chosen.error()));
    // A program's setting is the manager's, on her desktop too.
    const qint64 program = StoreTestKit::scalar(anna, u"SELECT id FROM programs WHERE name = 'Koongo Partner'"_s);
    QVERIFY(!settings.setProgramMode(program, u"off"_s));
    sync(anna, u"pa"_s);

    Database first;
    QVERIFY(first.open(m_dir.filePath(u"first.sqlite"_s)));
    sync(first, u"mgr"_s);
    const qint64 annaThere = StoreTestKit::scalar(first, u"SELECT id FROM affiliates WHERE code = 'ANNA'"_s);
    QCOMPARE(NoticeSettingsStore(first).partner(annaThere)->mode, u"digest"_s);
    QCOMPARE(NoticeSettingsStore(first).partner(annaThere)->language, u"cs"_s);

    // Her login, with psql: not a program's notices, not CARL's choice.
    QString errors;
    QVERIFY(!m_server.psql(u"UPDATE partnerdesk.programs SET notices = 'off'"_s, u"pa"_s, u"pa-pw"_s, u"shared"_s,
                           nullptr, &errors));
    QVERIFY2(errors.contains(u"permission denied"_s), qPrintable(errors));
    QString output;
    QVERIFY(m_server.psql(u"UPDATE partnerdesk.affiliates SET language = 'cs' WHERE code = 'CARL' RETURNING code"_s,
                          u"pa"_s, u"pa-pw"_s, u"shared"_s, &output, &errors));
    QCOMPARE(output.trimmed(), QString());
    QVERIFY(m_server.psql(u"SELECT language FROM partnerdesk.affiliates WHERE code = 'CARL'"_s, u"postgres"_s,
                          CentralTestKit::superPassword(), u"shared"_s, &output));
    QCOMPARE(output.trimmed(), u"en"_s);
    // Nor a value the desktop would refuse.
    QVERIFY(!m_server.psql(u"UPDATE partnerdesk.affiliates SET language = 'de' WHERE code = 'ANNA'"_s, u"pa"_s,
                           u"pa-pw"_s, u"shared"_s, nullptr, &errors));
    QVERIFY2(errors.contains(u"affiliates_language_known"_s), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestNoticeSmtp)
#include "tst_noticesmtp.moc"
