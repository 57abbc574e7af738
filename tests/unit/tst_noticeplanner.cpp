// NoticePlanner on real books (PayoutTestKit: ANNA and CARL earn in Koongo Partner, EUR, threshold
// 50.00, link 20 %; BEN in Koongo Agency): what is queued when, and that planning again queues
// nothing new.

#include "core/timestamp.h"
#include "payouttestkit.h"
#include "store/ledgerstore.h"
#include "store/noticeplanner.h"
#include "store/noticequeue.h"
#include "store/noticesettingsstore.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestNoticePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { StoreTestKit::pinNow(); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void nothingWhileTheProgramIsOff();
    void eachTransactionOnceWithStableKeys();
    void aPartnerWhoSwitchedOffIsNotTold();
    void transactionsBeforeTheSwitchAreNotTold();
    void aDigestPerPartnerAndDayAfterTheDay();
    void thresholdOncePerCrossing();
    void withACentralQueueOnlyRowsWithSyncIds();
    void decisionsAndWelcomes();
    void notOnAPartnersDesktop();

private:
    NoticeQueue queue() { return NoticeQueue::local(m_fixture->database.connection()); }
    bool import(const QList<StoreTestKit::OrderLine> &orders)
    {
        return PayoutTestKit::importOrders(m_fixture->database, m_fixture->path(u"orders%1.csv"_s.arg(++m_files)),
                                           orders);
    }
    QStringList keys()
    {
        QStringList found;
        const QList<Notice> notices = *queue().list();
        for (const Notice &n : notices)
            found.append(n.key);
        found.sort();
        return found;
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(m_fixture->database.connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    qint64 transactionId(const QString &orderId)
    {
        return StoreTestKit::scalar(
            m_fixture->database,
            u"SELECT id FROM transactions WHERE order_id = '%1' AND superseded = 0"_s.arg(orderId));
    }

    std::unique_ptr<StoreTestKit::StoreFixture> m_fixture;
    PayoutTestKit::Books m_books;
    qint64 m_now = 0;
    int m_files = 0;
};

void TestNoticePlanner::init()
{
    m_fixture = StoreTestKit::openFixture();
    QVERIFY(m_fixture);
    QVERIFY(PayoutTestKit::setUpBooks(m_fixture->database, m_books));
    m_now = StoreTestKit::now();
}

void TestNoticePlanner::nothingWhileTheProgramIsOff()
{
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s)}));
    NoticeQueue q = queue();
    const Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->added(), 0);
    QVERIFY(keys().isEmpty());
}

void TestNoticePlanner::eachTransactionOnceWithStableKeys()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    QVERIFY(settings.setPartner(m_books.anna, QString(), u"cs"_s));
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                    PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"10.00"_s)}));
    NoticeQueue q = queue();
    const Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->transactions, 2);
    QCOMPARE(keys(), QStringList({u"transaction:local:%1"_s.arg(transactionId(u"A1"_s)),
                                  u"transaction:local:%1"_s.arg(transactionId(u"C1"_s))}));
    const auto anna = q.byKey(u"transaction:local:%1"_s.arg(transactionId(u"A1"_s)));
    QCOMPARE((*anna)->recipient, u"anna@example.com"_s);
    QCOMPARE((*anna)->language, u"cs"_s);
    QCOMPARE((*anna)->kind, u"transaction"_s);
    QVERIFY2((*anna)->body.contains(u"Provize:            20,00\u00a0€"_s), qPrintable((*anna)->body));
    QVERIFY((*anna)->body.contains(u"Stav:               schválená"_s));
    QCOMPARE((*q.byKey(u"transaction:local:%1"_s.arg(transactionId(u"C1"_s))))->language, u"en"_s);

    // Planning again, later too, adds nothing.
    for (const qint64 at : {m_now, m_now + 3600, m_now + 86400}) {
        const Result<NoticePlan> again = NoticePlanner(m_fixture->database, q).plan(at);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->added(), 0);
    }
    QCOMPARE(StoreTestKit::scalar(m_fixture->database, u"SELECT count(*) FROM notices"_s), 2);
}

void TestNoticePlanner::aPartnerWhoSwitchedOffIsNotTold()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    QVERIFY(settings.setPartner(m_books.anna, u"off"_s, u"en"_s));
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"300.00"_s)}));
    NoticeQueue q = queue();
    const Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->added(), 0); // neither the transaction nor the threshold she crossed
}

void TestNoticePlanner::transactionsBeforeTheSwitchAreNotTold()
{
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"10.00"_s)}));
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    // Switched on a second after the transaction was made.
    exec(u"UPDATE programs SET notices_since = '%1'"_s.arg(Timestamp::format(m_now + 1)));
    NoticeQueue q = queue();
    QCOMPARE(NoticePlanner(m_fixture->database, q).plan(m_now + 10)->added(), 0);
}

void TestNoticePlanner::aDigestPerPartnerAndDayAfterTheDay()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"digest"_s));
    QVERIFY(settings.setPartner(m_books.carl, u"each"_s, u"en"_s)); // his own choice beats the program's
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"10.00"_s),
                    PayoutTestKit::viaLink(u"A2"_s, u"ANNA"_s, u"20.00"_s),
                    PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"10.00"_s)}));
    NoticeQueue q = queue();
    // The day has not ended: CARL's transaction only.
    Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now + 3600);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->transactions, 1);
    QCOMPARE(plan->digests, 0);
    plan = NoticePlanner(m_fixture->database, q).plan(m_now + 86400);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->digests, 1);
    const QString key = u"digest:local:%1:2026-06-01"_s.arg(m_books.anna);
    const auto digest = q.byKey(key);
    QVERIFY(digest && digest->has_value());
    QCOMPARE((*digest)->subject, u"Your transactions of 1 June 2026"_s);
    QVERIFY2((*digest)->body.contains(u"  A1 (Koongo Partner): order €10.00, commission €2.00, approved\n"
                                      "  A2 (Koongo Partner): order €20.00, commission €4.00, approved\n"_s),
             qPrintable((*digest)->body));
    QVERIFY((*digest)->body.contains(u"Commission:    €6.00"_s));
    QCOMPARE(NoticePlanner(m_fixture->database, q).plan(m_now + 2 * 86400)->added(), 0);
}

void TestNoticePlanner::thresholdOncePerCrossing()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"digest"_s));
    // 100 + 150 at 20 %: 50.00 EUR approved, ANNA's threshold.
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                    PayoutTestKit::viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s),
                    PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"100.00"_s)}));
    NoticeQueue q = queue();
    Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->thresholds, 1);
    const QString first = u"threshold:local:%1:EUR:0"_s.arg(m_books.anna);
    const auto notice = q.byKey(first);
    QVERIFY(notice && notice->has_value());
    QVERIFY2((*notice)->body.contains(u"your approved, unpaid commission is now €50.00 and has reached the\n"
                                      "payout threshold of €50.00."_s),
             qPrintable((*notice)->body));
    QCOMPARE(NoticePlanner(m_fixture->database, q).plan(m_now + 60)->thresholds, 0);

    // Paid out, then over the threshold again: a second crossing, a second notice.
    LedgerStore ledger(m_fixture->database);
    const auto batch = ledger.createPayoutBatch(u"csv"_s, m_fixture->path(u"batch.csv"_s));
    QVERIFY2(batch, qPrintable(batch.error()));
    QVERIFY(ledger.markPaid(batch->id));
    QCOMPARE(NoticePlanner(m_fixture->database, q).plan(m_now + 120)->thresholds, 0);
    QVERIFY(import({PayoutTestKit::viaLink(u"A3"_s, u"ANNA"_s, u"300.00"_s)}));
    plan = NoticePlanner(m_fixture->database, q).plan(m_now + 180);
    QCOMPARE(plan->thresholds, 1);
    QVERIFY(q.byKey(u"threshold:local:%1:EUR:1"_s.arg(m_books.anna))->has_value());
}

void TestNoticePlanner::withACentralQueueOnlyRowsWithSyncIds()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"10.00"_s)}));
    NoticeQueue q = queue();
    NoticePlanner::Options options;
    options.requireSyncIds = true;
    Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q, options).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->added(), 0);
    QCOMPARE(plan->waiting, 1);
    // After the sync the row has its central id, and that is the key every desktop makes.
    exec(u"INSERT INTO sync_ids (tbl, local_id, uid) VALUES ('transactions', %1, "
         "'9b2d8a3e-0000-4000-8000-000000000001')"_s.arg(transactionId(u"A1"_s)));
    plan = NoticePlanner(m_fixture->database, q, options).plan(m_now);
    QCOMPARE(plan->transactions, 1);
    QCOMPARE(keys(), QStringList{u"transaction:9b2d8a3e-0000-4000-8000-000000000001"_s});
}

void TestNoticePlanner::decisionsAndWelcomes()
{
    if (StoreTestKit::scalar(m_fixture->database,
                             u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'requests'"_s) != 1)
        QSKIP("the books have no requests table (resources/migrations/0016_requests.sql) yet");
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    QVERIFY(settings.setPartner(m_books.anna, QString(), u"cs"_s));
    const QString at = Timestamp::format(m_now);
    exec(u"INSERT INTO requests (kind, affiliate_id, order_id, message, filed_at, state, decided_at, decision_reason) "
         "VALUES ('claim', %1, '777', 'Zákazník zapomněl kupon.', '%2', 'rejected', '%2', "
         "'Objednávka byla stornována.')"_s.arg(m_books.anna)
             .arg(at));
    exec(u"INSERT INTO requests (kind, affiliate_id, host, path, target_url, filed_at, state, decided_at) "
         "VALUES ('vanity', %1, 'koongo.com', '/partner/ben', 'https://koongo.com/', '%2', 'approved', '%2')"_s
             .arg(m_books.ben)
             .arg(at));
    exec(u"INSERT INTO requests (kind, affiliate_id, host, path, target_url, filed_at) "
         "VALUES ('vanity', %1, 'koongo.com', '/partner/carl', 'https://koongo.com/', '%2')"_s.arg(m_books.carl)
             .arg(at));
    exec(
        u"INSERT INTO coupons (code, affiliate_id, program_id, active, created_at) VALUES ('CARL10', %1, %2, 1, '%3')"_s
            .arg(m_books.carl)
            .arg(m_books.partnerProgram)
            .arg(at));
    exec(u"INSERT INTO requests (kind, affiliate_id, program_id, applicant_name, applicant_email, filed_at, state, "
         "decided_at) VALUES ('signup', %1, %2, 'Carl', 'carl@example.com', '%3', 'approved', '%3')"_s.arg(m_books.carl)
             .arg(m_books.partnerProgram)
             .arg(at));
    NoticeQueue q = queue();
    const Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->decisions, 2); // the waiting one is not decided
    QCOMPARE(plan->welcomes, 1);
    const QList<Notice> all = *q.list();
    QStringList subjects;
    for (const Notice &n : all) {
        subjects.append(n.subject);
        if (n.kind == u"decision" && n.language == u"cs") {
            QVERIFY(n.body.contains(u"Důvod: Objednávka byla stornována."_s));
        }
        if (n.kind == u"welcome") {
            QVERIFY2(n.body.contains(u"https://koongo.com/?acc=CARL"_s), qPrintable(n.body));
            QVERIFY(n.body.contains(u"CARL10"_s));
        }
    }
    subjects.sort();
    QCOMPARE(subjects,
             QStringList({u"Vaše žádost byla zamítnuta: Přiřazení objednávky 777"_s, u"Welcome to Koongo Partner"_s,
                          u"Your request has been approved: Vanity link koongo.com/partner/ben"_s}));
    QCOMPARE(NoticePlanner(m_fixture->database, q).plan(m_now + 60)->added(), 0);
}

void TestNoticePlanner::notOnAPartnersDesktop()
{
    NoticeSettingsStore settings(m_fixture->database);
    QVERIFY(settings.setProgramMode(m_books.partnerProgram, u"each"_s));
    QVERIFY(import({PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"10.00"_s)}));
    exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s);
    NoticeQueue q = queue();
    const Result<NoticePlan> plan = NoticePlanner(m_fixture->database, q).plan(m_now);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(u"manager's desktop"_s), qPrintable(plan.error()));
    QVERIFY(keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestNoticePlanner)
#include "tst_noticeplanner.moc"
