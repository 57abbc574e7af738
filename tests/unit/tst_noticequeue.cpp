// NoticeQueue on the local SQLite queue (the same SQL runs on the central one, tst_noticesmtp):
// a key makes one row however often it is queued; only one sender at a time holds a notice, and
// only the holder marks it; a failure waits 1, 5, 15, 60, 240 minutes and is given up after
// NoticeQueue::maxAttempts with its last error kept. And the settings the planner reads
// (NoticeSettingsStore): values checked in the store and by the schema, changes audited.

#include "store/auditlog.h"
#include "store/noticequeue.h"
#include "store/noticesettingsstore.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestNoticeQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { StoreTestKit::pinNow(); }
    void init();
    void cleanup() { m_fixture.reset(); }

    void aKeyIsQueuedOnce();
    void oneSenderHoldsANotice();
    void anExpiredClaimIsTakenOver();
    void onlyTheHolderMarksIt();
    void failuresBackOffThenFail();
    void sendNowMakesAFailedNoticeDueAgain();
    void listIsNewestFirstByState();
    void programNoticesRecordWhenTheyWereSwitchedOn();
    void aPartnerChoosesHisModeAndLanguage();
    void theSchemaRefusesOtherValues();

private:
    static Notice notice(const QString &key)
    {
        Notice n;
        n.key = key;
        n.kind = u"transaction"_s;
        n.recipient = u"anna@example.com"_s;
        n.language = u"cs"_s;
        n.subject = u"Nová transakce"_s;
        n.body = u"Dobrý den,\n"_s;
        return n;
    }
    NoticeQueue queue() { return NoticeQueue::local(m_fixture->database.connection()); }

    std::unique_ptr<StoreTestKit::StoreFixture> m_fixture;
    qint64 m_now = 0;
};

void TestNoticeQueue::init()
{
    m_fixture = StoreTestKit::openFixture();
    QVERIFY(m_fixture);
    m_now = StoreTestKit::now();
}

void TestNoticeQueue::aKeyIsQueuedOnce()
{
    NoticeQueue q = queue();
    const Result<bool> first = q.enqueue(notice(u"transaction:1"_s), m_now);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(*first);
    Notice changed = notice(u"transaction:1"_s);
    changed.body = u"another text"_s;
    const Result<bool> second = q.enqueue(changed, m_now + 10);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!*second);
    QCOMPARE(StoreTestKit::scalar(m_fixture->database, u"SELECT count(*) FROM notices"_s), 1);
    const auto row = q.byKey(u"transaction:1"_s);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->body, u"Dobrý den,\n"_s);
    QCOMPARE((*row)->state, u"due"_s);
    QCOMPARE((*row)->createdAt, Timestamp::format(m_now));
}

void TestNoticeQueue::oneSenderHoldsANotice()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"k"_s), m_now));
    QCOMPARE(*q.dueKeys(m_now), QStringList{u"k"_s});
    // Not due before its time.
    QVERIFY(!q.claim(u"k"_s, u"a"_s, m_now - 1)->has_value());
    const auto a = q.claim(u"k"_s, u"a"_s, m_now);
    QVERIFY(a && a->has_value());
    QCOMPARE((*a)->claimedBy, u"a"_s);
    const auto b = q.claim(u"k"_s, u"b"_s, m_now + 1);
    QVERIFY(b);
    QVERIFY(!b->has_value());
    QVERIFY(q.dueKeys(m_now + 1)->isEmpty());
}

void TestNoticeQueue::anExpiredClaimIsTakenOver()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"k"_s), m_now));
    QVERIFY(q.claim(u"k"_s, u"a"_s, m_now)->has_value());
    QVERIFY(!q.claim(u"k"_s, u"b"_s, m_now + NoticeQueue::claimSeconds - 1)->has_value());
    QVERIFY(q.claim(u"k"_s, u"b"_s, m_now + NoticeQueue::claimSeconds)->has_value());
    // The sender that lost its claim cannot mark the notice any more.
    QVERIFY(!q.markSent(u"k"_s, u"a"_s, m_now + NoticeQueue::claimSeconds));
    QVERIFY(q.markSent(u"k"_s, u"b"_s, m_now + NoticeQueue::claimSeconds));
}

void TestNoticeQueue::onlyTheHolderMarksIt()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"k"_s), m_now));
    QVERIFY(!q.markSent(u"k"_s, u"a"_s, m_now)); // not claimed
    QVERIFY(q.claim(u"k"_s, u"a"_s, m_now)->has_value());
    QVERIFY(!q.markSent(u"k"_s, u"b"_s, m_now));
    QVERIFY(!q.markFailed(u"k"_s, u"b"_s, u"x"_s, m_now));
    const Status sent = q.markSent(u"k"_s, u"a"_s, m_now + 5);
    QVERIFY2(sent, qPrintable(sent.error()));
    const auto row = q.byKey(u"k"_s);
    QCOMPARE((*row)->state, u"sent"_s);
    QCOMPARE((*row)->attempts, 1);
    QCOMPARE((*row)->sentAt, Timestamp::format(m_now + 5));
    QCOMPARE((*row)->claimedBy, QString());
    // A sent notice is never claimed again.
    QVERIFY(!q.claim(u"k"_s, u"a"_s, m_now + 100000)->has_value());
    QVERIFY(q.dueKeys(m_now + 100000)->isEmpty());
}

void TestNoticeQueue::failuresBackOffThenFail()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"k"_s), m_now));
    const qint64 waits[] = {60, 300, 900, 3600, 14400};
    qint64 at = m_now;
    for (int attempt = 1; attempt <= NoticeQueue::maxAttempts; ++attempt) {
        QVERIFY2(q.claim(u"k"_s, u"s"_s, at)->has_value(), qPrintable(QString::number(attempt)));
        const Result<Notice> after = q.markFailed(u"k"_s, u"s"_s, u"451 try again %1"_s.arg(attempt), at);
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after->attempts, attempt);
        QCOMPARE(after->lastError, u"451 try again %1"_s.arg(attempt));
        if (attempt < NoticeQueue::maxAttempts) {
            QCOMPARE(after->state, u"due"_s);
            const qint64 wait = waits[std::min(attempt - 1, 4)];
            QCOMPARE(after->nextAttemptAt, Timestamp::format(at + wait));
            QVERIFY(!q.claim(u"k"_s, u"s"_s, at + wait - 1)->has_value());
            at += wait;
        } else {
            QCOMPARE(after->state, u"failed"_s);
        }
    }
    QVERIFY(q.dueKeys(at + 1000000)->isEmpty());
    QCOMPARE(q.list(u"failed"_s)->size(), 1);
}

void TestNoticeQueue::sendNowMakesAFailedNoticeDueAgain()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"k"_s), m_now));
    for (int attempt = 0; attempt < NoticeQueue::maxAttempts; ++attempt) {
        const qint64 at = m_now + attempt * 100000;
        QVERIFY(q.claim(u"k"_s, u"s"_s, at)->has_value());
        QVERIFY(q.markFailed(u"k"_s, u"s"_s, u"no"_s, at));
    }
    QCOMPARE((*q.byKey(u"k"_s))->state, u"failed"_s);
    const qint64 later = m_now + 10000000;
    QVERIFY(q.retryNow(u"k"_s, later));
    QVERIFY(q.claim(u"k"_s, u"s"_s, later)->has_value());
    // One more attempt: failing it gives up again.
    QCOMPARE(q.markFailed(u"k"_s, u"s"_s, u"still no"_s, later)->state, u"failed"_s);
    // A sent one is not sent again.
    QVERIFY(q.enqueue(notice(u"s"_s), m_now));
    QVERIFY(q.claim(u"s"_s, u"s"_s, m_now)->has_value());
    QVERIFY(q.markSent(u"s"_s, u"s"_s, m_now));
    QVERIFY(!q.retryNow(u"s"_s, later));
}

void TestNoticeQueue::listIsNewestFirstByState()
{
    NoticeQueue q = queue();
    QVERIFY(q.enqueue(notice(u"old"_s), m_now));
    QVERIFY(q.enqueue(notice(u"new"_s), m_now + 10));
    QVERIFY(q.claim(u"old"_s, u"s"_s, m_now + 20)->has_value());
    QVERIFY(q.markSent(u"old"_s, u"s"_s, m_now + 20));
    const auto all = q.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).key, u"new"_s);
    QCOMPARE(q.list(u"due"_s)->size(), 1);
    QCOMPARE(q.list(u"sent"_s)->first().key, u"old"_s);
}

void TestNoticeQueue::programNoticesRecordWhenTheyWereSwitchedOn()
{
    QSqlQuery insert(m_fixture->database.connection());
    QVERIFY(insert.exec(u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
                        "threshold_minor, created_at) VALUES ('P', 'EUR', 2000, 1000, 1000, 5000, "
                        "'2026-01-01T00:00:00Z')"_s));
    const qint64 id = insert.lastInsertId().toLongLong();
    NoticeSettingsStore store(m_fixture->database);
    QCOMPARE(store.program(id)->mode, u"off"_s);
    QCOMPARE(store.program(id)->since, QString());
    QVERIFY(!store.setProgramMode(id, u"weekly"_s));
    const Status on = store.setProgramMode(id, u"each"_s);
    QVERIFY2(on, qPrintable(on.error()));
    QCOMPARE(store.program(id)->since, Timestamp::format(m_now));
    QVERIFY(store.setProgramMode(id, u"digest"_s));
    QVERIFY(store.setProgramMode(id, u"off"_s));
    // Switched off, the time it was on from is kept until it is switched on again.
    QCOMPARE(store.program(id)->mode, u"off"_s);
    QCOMPARE(store.program(id)->since, Timestamp::format(m_now));
    const QList<AuditEntry> audit =
        AuditLog(m_fixture->database.connection()).entries(u"program"_s, QString::number(id));
    QCOMPARE(audit.size(), 3);
    QVERIFY(audit.first().action == u"program.notices"_s);
    // A change is sent with the program's row (the sync trigger compares the new columns too).
    QVERIFY(StoreTestKit::scalar(
                m_fixture->database,
                u"SELECT count(*) FROM sync_outbox WHERE tbl = 'programs' AND local_id = %1"_s.arg(id)) > 0);
}

void TestNoticeQueue::aPartnerChoosesHisModeAndLanguage()
{
    QSqlQuery insert(m_fixture->database.connection());
    QVERIFY(insert.exec(u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('ANNA', 'Anna', "
                        "'anna@example.com', '2026-01-01T00:00:00Z')"_s));
    const qint64 id = insert.lastInsertId().toLongLong();
    NoticeSettingsStore store(m_fixture->database);
    QCOMPARE(store.partner(id)->mode, QString());
    QCOMPARE(store.partner(id)->language, u"en"_s);
    QVERIFY(!store.setPartner(id, u"weekly"_s, u"en"_s));
    QVERIFY(!store.setPartner(id, u"each"_s, u"de"_s));
    const Status set = store.setPartner(id, u"digest"_s, u"cs"_s);
    QVERIFY2(set, qPrintable(set.error()));
    QCOMPARE(store.partner(id)->mode, u"digest"_s);
    QCOMPARE(store.partner(id)->language, u"cs"_s);
    QVERIFY(store.setPartner(id, QString(), u"cs"_s));
    QCOMPARE(store.partner(id)->mode, QString());
    QCOMPARE(NoticeSettingsStore::effectiveMode(QString(), u"each"_s), u"each"_s);
    QCOMPARE(NoticeSettingsStore::effectiveMode(u"off"_s, u"each"_s), u"off"_s);
    QCOMPARE(AuditLog(m_fixture->database.connection()).entries(u"affiliate"_s, QString::number(id)).size(), 2);
    // On his own desktop he changes only his own.
    QVERIFY(insert.exec(u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('BEN', 'Ben', "
                        "'ben@example.com', '2026-01-01T00:00:00Z')"_s));
    const qint64 ben = insert.lastInsertId().toLongLong();
    QVERIFY(insert.exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    QVERIFY(store.setPartner(id, u"each"_s, u"en"_s));
    QVERIFY(!store.setPartner(ben, u"each"_s, u"en"_s));
}

void TestNoticeQueue::theSchemaRefusesOtherValues()
{
    QSqlQuery query(m_fixture->database.connection());
    QVERIFY(query.exec(u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('ANNA', 'Anna', "
                       "'anna@example.com', '2026-01-01T00:00:00Z')"_s));
    QVERIFY(!query.exec(u"UPDATE affiliates SET language = 'de'"_s));
    QVERIFY(!query.exec(u"UPDATE affiliates SET notice_mode = 'weekly'"_s));
    QVERIFY(query.exec(u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
                       "threshold_minor, created_at) VALUES ('P', 'EUR', 2000, 1000, 1000, 5000, "
                       "'2026-01-01T00:00:00Z')"_s));
    QVERIFY(!query.exec(u"UPDATE programs SET notices = 'weekly'"_s));
    // Switched on, a program says since when.
    QVERIFY(!query.exec(u"UPDATE programs SET notices = 'each'"_s));
    QVERIFY(!query.exec(u"INSERT INTO notices (key, kind, recipient, language, subject, body, created_at, "
                        "next_attempt_at) VALUES ('k', 'spam', 'a@b.cz', 'en', 's', 'b', 'x', 'x')"_s));
    QVERIFY(
        !query.exec(u"INSERT INTO notices (key, kind, recipient, language, subject, body, created_at, "
                    "next_attempt_at, state) VALUES ('k', 'digest', 'a@b.cz', 'en', 's', 'b', 'x', 'x', 'sent')"_s));
}

QTEST_GUILESS_MAIN(TestNoticeQueue)
#include "tst_noticequeue.moc"
