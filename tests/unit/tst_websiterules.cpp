// Which websites a partner may register (WebsiteRules, libpsl's Public Suffix List), as a table;
// the same refusals through the store (AffiliateStore::addDomain, the path of the CLI's
// `domain add` and both website tabs); and the store on a partner's desktop: a check there is a
// request, never a verification.

#include "core/websiterules.h"
#include "store/affiliatestore.h"
#include "store/domainstore.h"
#include "store/programstore.h"
#include "store/syncstate.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestWebsiteRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusal_data();
    void refusal();
    void publicSuffixes_data();
    void publicSuffixes();
    void storeRefusesTheSameRegistrations_data();
    void storeRefusesTheSameRegistrations();
    void partnerDesktopRequestsAndNeverRecords();
    void requestedChecksComeFirst();

private:
    std::unique_ptr<StoreTestKit::StoreFixture> m_store;
    qint64 m_jane = 0;
};

namespace {

const QStringList storeHosts = {u"koongo.com"_s, u"shop.example.net"_s};

} // namespace

void TestWebsiteRules::initTestCase()
{
    StoreTestKit::pinNow();
}

void TestWebsiteRules::init()
{
    m_store = std::make_unique<StoreTestKit::StoreFixture>();
    QVERIFY(m_store->open());
    Program program;
    program.name = u"Koongo"_s;
    program.storeHosts = storeHosts;
    const Result<qint64> added = ProgramStore(m_store->database).add(program);
    QVERIFY2(added, qPrintable(added.error()));
    const Result<Affiliate> jane = AffiliateStore(m_store->database).add(u"Jane"_s, u"jane@mail.example"_s, u"JANE"_s);
    QVERIFY2(jane, qPrintable(jane.error()));
    m_jane = jane->id;
}

void TestWebsiteRules::cleanup()
{
    m_store.reset();
}

void TestWebsiteRules::refusal_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("refusedFor"); // a word of the reason; empty: accepted

    QTest::addRow("own domain") << u"myblog.example.org"_s << QString();
    QTest::addRow("registrable under co.uk") << u"example.co.uk"_s << QString();
    QTest::addRow("wildcard over a registrable domain") << u"*.example.co.uk"_s << QString();
    QTest::addRow("a blog on a shared host") << u"jane.blogspot.com"_s << QString();
    QTest::addRow("google.com (anyone may ask; a check decides)") << u"google.com"_s << QString();
    QTest::addRow("IDN registrable") << u"bücher.example.de"_s << QString();
    QTest::addRow("parent of a store host, exact") << u"example.net"_s << QString();

    QTest::addRow("wildcard over org") << u"*.org"_s << u"public suffix"_s;
    QTest::addRow("wildcard over co.uk") << u"*.co.uk"_s << u"public suffix"_s;
    QTest::addRow("wildcard over a private suffix") << u"*.blogspot.com"_s << u"public suffix"_s;
    QTest::addRow("a public suffix") << u"co.uk"_s << u"public suffix"_s;
    QTest::addRow("a private-section suffix") << u"blogspot.com"_s << u"public suffix"_s;
    QTest::addRow("a wildcard-rule suffix") << u"anything.kawasaki.jp"_s << u"public suffix"_s;
    QTest::addRow("an exception to a wildcard rule") << u"city.kawasaki.jp"_s << QString();
    QTest::addRow("IDN suffix") << u"公司.cn"_s << u"public suffix"_s;
    QTest::addRow("bare TLD") << u"com"_s << u"not a domain name"_s;
    QTest::addRow("IPv4") << u"127.0.0.1"_s << u"IP address"_s;
    QTest::addRow("IPv4, short form") << u"127.1"_s << u"IP address"_s;
    QTest::addRow("IPv4, hex label") << u"10.0.0.0x1"_s << u"IP address"_s;
    QTest::addRow("IPv4 under a wildcard") << u"*.10.0.0.1"_s << u"IP address"_s;
    QTest::addRow("IPv6 in brackets") << u"[::1]"_s << u"IP address"_s;
    QTest::addRow("IPv6 bare") << u"fe80::1"_s << u"IP address"_s;
    QTest::addRow("store host") << u"koongo.com"_s << u"store host"_s;
    QTest::addRow("store host, upper case and www") << u"WWW.Koongo.com"_s << u"store host"_s;
    QTest::addRow("under a store host") << u"blog.koongo.com"_s << u"store host"_s;
    QTest::addRow("wildcard on a store host") << u"*.koongo.com"_s << u"store host"_s;
    QTest::addRow("wildcard covering a store host") << u"*.example.net"_s << u"covers the store host"_s;
    QTest::addRow("junk") << u"not a domain!"_s << u"not a domain name"_s;
    QTest::addRow("a URL") << u"https://jane.example/"_s << u"not a domain name"_s;
    QTest::addRow("a host and port") << u"jane.example:8080"_s << u"not a domain name"_s;
}

void TestWebsiteRules::refusal()
{
    QFETCH(QString, domain);
    QFETCH(QString, refusedFor);
    const QString reason = WebsiteRules::refusal(domain, storeHosts);
    if (refusedFor.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    } else {
        QVERIFY2(reason.contains(refusedFor), qPrintable(domain + u" -> "_s + reason));
    }
}

void TestWebsiteRules::publicSuffixes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("publicSuffix");
    QTest::addColumn<QString>("registrable");
    QTest::addRow("com") << u"com"_s << true << QString();
    QTest::addRow("co.uk") << u"co.uk"_s << true << QString();
    QTest::addRow("blogspot.com (private section)") << u"blogspot.com"_s << true << QString();
    QTest::addRow("unknown TLD (the * rule)") << u"example"_s << true << QString();
    QTest::addRow("example.co.uk") << u"example.co.uk"_s << false << u"example.co.uk"_s;
    QTest::addRow("www.example.co.uk") << u"www.example.co.uk"_s << false << u"example.co.uk"_s;
    QTest::addRow("ACE IDN suffix") << u"xn--55qx5d.cn"_s << true << QString();
}

void TestWebsiteRules::publicSuffixes()
{
    QFETCH(QString, host);
    QFETCH(bool, publicSuffix);
    QFETCH(QString, registrable);
    QCOMPARE(WebsiteRules::isPublicSuffix(host), publicSuffix);
    QCOMPARE(WebsiteRules::registrableDomain(host), registrable);
}

void TestWebsiteRules::storeRefusesTheSameRegistrations_data()
{
    refusal_data();
}

void TestWebsiteRules::storeRefusesTheSameRegistrations()
{
    QFETCH(QString, domain);
    QFETCH(QString, refusedFor);
    const Result<QString> token = AffiliateStore(m_store->database).addDomain(m_jane, domain);
    const QList<DirectDomain> stored = AffiliateStore(m_store->database).domains(m_jane);
    if (refusedFor.isEmpty()) {
        QVERIFY2(token, qPrintable(token.error()));
        QCOMPARE(stored.size(), 1);
    } else {
        QVERIFY2(!token, qPrintable(domain + u" was registered"_s));
        QVERIFY2(token.error().contains(refusedFor), qPrintable(token.error()));
        QVERIFY(stored.isEmpty());
    }
}

void TestWebsiteRules::partnerDesktopRequestsAndNeverRecords()
{
    Database &db = m_store->database;
    QVERIFY(AffiliateStore(db).addDomain(m_jane, u"jane-blog.example.org"_s));
    DomainStore domains(db);
    QVERIFY(!domains.isPartnerDesktop());
    QVERIFY(SyncState(db).setValue(u"desktop_role"_s, u"partner:JANE"_s));
    QVERIFY(domains.isPartnerDesktop());
    const qint64 id = domains.domains(m_jane).constFirst().id;

    const Result<DomainCheckOutcome> recorded =
        domains.recordCheck(m_jane, u"jane-blog.example.org"_s, u"meta"_s, u"found"_s, StoreTestKit::now());
    QVERIFY(!recorded);
    QVERIFY2(recorded.error().contains(u"preview"_s), qPrintable(recorded.error()));
    const Status approved = AffiliateStore(db).approveDomain(m_jane, u"jane-blog.example.org"_s, u"trust me"_s);
    QVERIFY(!approved);
    QVERIFY2(approved.error().contains(u"manager"_s), qPrintable(approved.error()));

    QVERIFY(domains.requestCheck(id, StoreTestKit::now()));
    const DomainRecord after = *domains.byId(id);
    QVERIFY(!after.verified);
    QVERIFY(after.method.isEmpty());
    QVERIFY(after.checkedAt.isEmpty());
    QCOMPARE(after.checkRequestedAt, QString::fromLatin1(StoreTestKit::pinnedNow));
    QVERIFY(after.checkRequested());
    QVERIFY(!after.sentToCentral); // his token is a placeholder until a sync brings the central one
    QSqlQuery checks(db.connection());
    QVERIFY(checks.exec(u"SELECT count(*) FROM domain_checks"_s) && checks.next());
    QCOMPARE(checks.value(0).toInt(), 0);
}

void TestWebsiteRules::requestedChecksComeFirst()
{
    Database &db = m_store->database;
    AffiliateStore affiliates(db);
    DomainStore domains(db);
    const qint64 now = StoreTestKit::now();
    QVERIFY(affiliates.addDomain(m_jane, u"old.example.org"_s));
    QVERIFY(affiliates.addDomain(m_jane, u"asked.example.org"_s));
    QVERIFY(affiliates.addDomain(m_jane, u"quiet.example.org"_s));
    // A verified site last checked two days ago: due by the schedule.
    QVERIFY(domains.recordCheck(m_jane, u"old.example.org"_s, u"file"_s, u"found"_s, now - 2 * 86400));
    QCOMPARE(*domains.nextDueAt({}), now - 86400);
    const qint64 asked = domains.domains(m_jane).at(0).id; // by domain: asked, old, quiet
    QCOMPARE(domains.byId(asked)->domain, u"asked.example.org"_s);
    QVERIFY(domains.requestCheck(asked, now - 60));
    QCOMPARE(*domains.nextDueAt({}), 0); // a request is due now

    const QList<DomainRecord> due = domains.due(now, {});
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).domain, u"asked.example.org"_s);
    QCOMPARE(due.at(1).domain, u"old.example.org"_s);

    // A manager's check answers the request, found or not.
    const Result<DomainCheckOutcome> checked =
        domains.recordCheck(m_jane, u"asked.example.org"_s, {}, u"token not found"_s, now);
    QVERIFY2(checked, qPrintable(checked.error()));
    QCOMPARE(*checked, DomainCheckOutcome::NotVerified);
    QVERIFY(!domains.byId(asked)->checkRequested());
    QVERIFY(domains.byId(asked)->checkRequestedAt.isEmpty());
    QCOMPARE(domains.due(now, {}).size(), 1);
}

QTEST_GUILESS_MAIN(TestWebsiteRules)
#include "tst_websiterules.moc"
