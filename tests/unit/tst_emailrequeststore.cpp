// A partner's payout e-mail is a request, not a fact (issue #11): EmailRequestStore on a real
// SQLite file. A request leaves the payout e-mail (and so the PayPal file) as it is until a manager
// approves; approve and reject are audited with before and after and undone by restore(), which
// refuses when something changed the e-mail meanwhile; a partner's desktop files requests but
// never writes the e-mail itself.

#include "payouttestkit.h"
#include "store/auditlog.h"
#include "store/emailrequeststore.h"
#include "store/payoutstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

class TestEmailRequestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestLeavesThePayoutEmail();
    void approveMovesTheRequestAndUndoes();
    void rejectNeedsAReasonAndKeepsTheEmail();
    void undoRefusedWhenChangedMeanwhile();
    void badRequestsAreRefused_data();
    void badRequestsAreRefused();
    void theCurrentEmailWithdrawsARequest();
    void payoutFileUsesTheApprovedEmail();
    void aPartnersDesktopNeverWritesTheEmail();

private:
    Affiliate anna() const { return *AffiliateStore(m_store->database).byId(m_books.anna); }
    // The newest audit row of `action` about ANNA.
    std::optional<AuditEntry> audited(const QString &action) const;

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
};

void TestEmailRequestStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestEmailRequestStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(m_store->database, m_books));
}

void TestEmailRequestStore::cleanup()
{
    m_store.reset();
}

std::optional<AuditEntry> TestEmailRequestStore::audited(const QString &action) const
{
    for (const AuditEntry &entry :
         AuditLog(m_store->database.connection()).entries(u"affiliate"_s, QString::number(m_books.anna))) {
        if (entry.action == action)
            return entry;
    }
    return std::nullopt;
}

void TestEmailRequestStore::requestLeavesThePayoutEmail()
{
    EmailRequestStore store(m_store->database);
    const qint64 queuedBefore = count(m_store->database, u"sync_outbox"_s, u"tbl = 'affiliates'"_s);
    QVERIFY2(store.request(m_books.anna, u"  anna.new@example.org "_s), "request");
    const Affiliate now = anna();
    QCOMPARE(now.email, u"anna@example.com"_s);
    QCOMPARE(now.requestedEmail, u"anna.new@example.org"_s);
    QCOMPARE(now.emailRequestedAt, QString::fromLatin1(pinnedNow));
    QVERIFY(now.hasEmailRequest());
    // Audited with before and after; queued for the central database like any change of his row.
    const std::optional<AuditEntry> entry = audited(u"affiliate.email_request"_s);
    QVERIFY(entry);
    QCOMPARE(QJsonDocument::fromJson(entry->before.toUtf8()).object().value(u"requested_email"_s).toString(),
             QString());
    QCOMPARE(QJsonDocument::fromJson(entry->after.toUtf8()).object().value(u"requested_email"_s).toString(),
             u"anna.new@example.org"_s);
    QCOMPARE(QJsonDocument::fromJson(entry->after.toUtf8()).object().value(u"email"_s).toString(),
             u"anna@example.com"_s);
    QCOMPARE(count(m_store->database, u"sync_outbox"_s, u"tbl = 'affiliates'"_s), queuedBefore + 1);
    // The same request again changes nothing.
    const qint64 auditRows = count(m_store->database, u"audit_log"_s);
    QVERIFY(store.request(m_books.anna, u"anna.new@example.org"_s));
    QCOMPARE(count(m_store->database, u"audit_log"_s), auditRows);
}

void TestEmailRequestStore::approveMovesTheRequestAndUndoes()
{
    EmailRequestStore store(m_store->database);
    QVERIFY(store.request(m_books.anna, u"anna.new@example.org"_s));
    const PayoutEmail requested = *store.of(m_books.anna);
    const Status approved = store.approve(m_books.anna, u"called her"_s);
    QVERIFY2(approved, qPrintable(approved.error()));
    const PayoutEmail after = *store.of(m_books.anna);
    QCOMPARE(after.email, u"anna.new@example.org"_s);
    QCOMPARE(after.requested, QString());
    QCOMPARE(after.requestedAt, QString());
    QCOMPARE(scalar(m_store->database, u"SELECT email_requested_at IS NULL FROM affiliates WHERE code = 'ANNA'"_s), 1);
    const std::optional<AuditEntry> entry = audited(u"affiliate.email_approve"_s);
    QVERIFY(entry);
    QCOMPARE(entry->reason, u"called her"_s);
    QCOMPARE(QJsonDocument::fromJson(entry->before.toUtf8()).object().value(u"email"_s).toString(),
             u"anna@example.com"_s);
    QCOMPARE(QJsonDocument::fromJson(entry->before.toUtf8()).object().value(u"requested_email"_s).toString(),
             u"anna.new@example.org"_s);
    QCOMPARE(QJsonDocument::fromJson(entry->after.toUtf8()).object().value(u"email"_s).toString(),
             u"anna.new@example.org"_s);
    // Nothing waits any more.
    QVERIFY(!store.approve(m_books.anna));

    // Undo: the old e-mail and the request as they were; redo: approved again. Both audited.
    const Status undone = store.restore(m_books.anna, after, requested, u"Undo: approve"_s);
    QVERIFY2(undone, qPrintable(undone.error()));
    QCOMPARE(*store.of(m_books.anna), requested);
    QCOMPARE(anna().email, u"anna@example.com"_s);
    QVERIFY(audited(u"affiliate.email_restore"_s));
    QVERIFY(store.restore(m_books.anna, requested, after, u"Redo: approve"_s));
    QCOMPARE(*store.of(m_books.anna), after);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'affiliate.email_restore'"_s), 2);
}

void TestEmailRequestStore::rejectNeedsAReasonAndKeepsTheEmail()
{
    EmailRequestStore store(m_store->database);
    QVERIFY(store.request(m_books.anna, u"thief@example.net"_s));
    const Status noReason = store.reject(m_books.anna, u"  "_s);
    QVERIFY(!noReason);
    QVERIFY2(noReason.error().contains(u"reason"_s), qPrintable(noReason.error()));
    QCOMPARE(anna().requestedEmail, u"thief@example.net"_s);
    QVERIFY(store.reject(m_books.anna, u"not her address"_s));
    const Affiliate now = anna();
    QCOMPARE(now.email, u"anna@example.com"_s);
    QVERIFY(!now.hasEmailRequest());
    const std::optional<AuditEntry> entry = audited(u"affiliate.email_reject"_s);
    QVERIFY(entry);
    QCOMPARE(entry->reason, u"not her address"_s);
    QVERIFY(entry->before.contains(u"thief@example.net"_s));
    QVERIFY(!entry->after.contains(u"thief@example.net"_s));
    QVERIFY(!store.reject(m_books.anna, u"again"_s)); // nothing waits
}

void TestEmailRequestStore::undoRefusedWhenChangedMeanwhile()
{
    EmailRequestStore store(m_store->database);
    QVERIFY(store.request(m_books.anna, u"first@example.org"_s));
    const PayoutEmail requested = *store.of(m_books.anna);
    QVERIFY(store.reject(m_books.anna, u"no"_s));
    const PayoutEmail rejected = *store.of(m_books.anna);
    // A newer request arrives (a sync) before the manager undoes his rejection.
    QVERIFY(store.request(m_books.anna, u"second@example.org"_s));
    const qint64 auditRows = count(m_store->database, u"audit_log"_s);
    const Status undone = store.restore(m_books.anna, rejected, requested, u"Undo: reject"_s);
    QVERIFY(!undone);
    QVERIFY2(undone.error().contains(u"second@example.org"_s), qPrintable(undone.error()));
    QCOMPARE(anna().requestedEmail, u"second@example.org"_s);
    QCOMPARE(count(m_store->database, u"audit_log"_s), auditRows);
}

void TestEmailRequestStore::badRequestsAreRefused_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << u" "_s << u"Give the new payout e-mail"_s;
    QTest::addRow("no at") << u"anna.example.org"_s << u"is not an e-mail address"_s;
    QTest::addRow("space") << u"an na@example.org"_s << u"is not an e-mail address"_s;
    QTest::addRow("too long") << (QString(250, u'a') + u"@x.org"_s) << u"is not an e-mail address"_s;
    QTest::addRow("her own") << u"ANNA@example.com"_s << u"is already the payout e-mail of ANNA"_s;
}

void TestEmailRequestStore::badRequestsAreRefused()
{
    QFETCH(QString, email);
    QFETCH(QString, message);
    const QByteArray before = checksum(m_store->database);
    const Status status = EmailRequestStore(m_store->database).request(m_books.anna, email);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    QCOMPARE(checksum(m_store->database), before);
}

void TestEmailRequestStore::theCurrentEmailWithdrawsARequest()
{
    EmailRequestStore store(m_store->database);
    QVERIFY(store.request(m_books.anna, u"anna.new@example.org"_s));
    QVERIFY(store.request(m_books.anna, u"Anna@Example.com"_s));
    QVERIFY(!anna().hasEmailRequest());
    QCOMPARE(anna().email, u"anna@example.com"_s);
    QVERIFY(audited(u"affiliate.email_withdraw"_s));
}

void TestEmailRequestStore::payoutFileUsesTheApprovedEmail()
{
    // ANNA is due 50.00 EUR; she asks to be paid elsewhere.
    QVERIFY(importOrders(m_store->database, m_store->path(u"orders1.csv"_s),
                         {viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s), viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s)}));
    EmailRequestStore requests(m_store->database);
    QVERIFY(requests.request(m_books.anna, u"anna.new@example.org"_s));
    PayoutStore payouts(m_store->database);
    const QString first = m_store->path(u"first.paypal.csv"_s);
    const Result<PayoutBatch> batch = payouts.createBatch(u"paypal"_s, first);
    QVERIFY2(batch, qPrintable(batch.error()));
    const QByteArray file = readFile(first);
    QVERIFY2(file.contains("anna@example.com,50.00,EUR"), file.constData());
    QVERIFY(!file.contains("anna.new@example.org"));
    QVERIFY(payouts.markPaid(batch->id));

    // Approved: the next batch pays the new address.
    QVERIFY(requests.approve(m_books.anna));
    QVERIFY(
        importOrders(m_store->database, m_store->path(u"orders2.csv"_s), {viaLink(u"A3"_s, u"ANNA"_s, u"300.00"_s)}));
    const QString second = m_store->path(u"second.paypal.csv"_s);
    QVERIFY(payouts.createBatch(u"paypal"_s, second));
    const QByteArray next = readFile(second);
    QVERIFY2(next.contains("anna.new@example.org,60.00,EUR"), next.constData());
    QVERIFY(!next.contains("anna@example.com"));
}

void TestEmailRequestStore::aPartnersDesktopNeverWritesTheEmail()
{
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"INSERT INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    EmailRequestStore store(m_store->database);
    QVERIFY(store.request(m_books.anna, u"anna.new@example.org"_s));
    const PayoutEmail requested = *store.of(m_books.anna);
    const QByteArray before = checksum(m_store->database);
    const Status approved = store.approve(m_books.anna);
    QVERIFY(!approved);
    QVERIFY2(approved.error().contains(u"manager"_s), qPrintable(approved.error()));
    QVERIFY(!store.reject(m_books.anna, u"no"_s));
    const PayoutEmail forged{u"anna.new@example.org"_s, {}, {}};
    QVERIFY(!store.restore(m_books.anna, requested, forged, u"forged"_s));
    QCOMPARE(checksum(m_store->database), before);
    // Taking his own request back is his.
    QVERIFY(store.restore(m_books.anna, requested, {u"anna@example.com"_s, {}, {}}, u"Undo: request"_s));
    QVERIFY(!anna().hasEmailRequest());
}

QTEST_GUILESS_MAIN(TestEmailRequestStore)
#include "tst_emailrequeststore.moc"
