// Partner requests through a real PostgreSQL (issue #14). A manager's desktop keeps the books
// (order B1 is credited to BEN by his link) and syncs; ANNA's login "pa" gets a desktop of her own.
// From it she files a claim for B1 and a vanity request; the manager's desktop syncs, approves the
// claim and rejects the vanity request with a reason; her next sync shows both decisions and the
// reason (not which manager decided), and the order's transaction is hers. A second vanity request
// is approved with another path: the rewrite reaches her desktop. Each decision is audited
// centrally under the manager's login. Then the store's web form: the one INSERT docs/REQUESTS.md
// documents, through the store-integration login, becomes a sign-up the manager approves.

#include "centraltestkit.h"
#include "payouttestkit.h"
#include "pgtestkit.h"
#include "store/affiliatestore.h"
#include "store/ledgerstore.h"
#include "store/requeststore.h"
#include "store/rewritestore.h"
#include "sync/syncengine.h"
#include "synctestkit.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestPartnerRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void herDesktopFilesAClaimAndAVanityRequest();
    void theManagerDecides();
    void herDesktopShowsTheDecisions();
    void aVanityLinkApprovedWithAnotherPath();
    void theStoresWebFormFilesASignup();

private:
    QString central(const QString &sql);
    QString url(const QString &login) const { return m_server.url(login, u"books"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    // One sync of the file `name` as `login`, which must succeed without refusals or conflicts.
    void sync(const QString &name, const QString &login);
    // The request of `kind` in `store`, found by what it asks (an order id, a path, an e-mail).
    std::optional<PartnerRequest> find(RequestStore &store, RequestKind kind, const QString &what);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestPartnerRequests::initTestCase()
{
    StoreTestKit::pinNow();
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    qputenv("PARTNERDESK_ACTOR", "manager");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    CentralSchema schema(admin);
    const auto setUp = schema.setup();
    QVERIFY2(setUp, qPrintable(setUp.error()));
    QVERIFY(setUp->applied.contains(8));
    QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        PayoutTestKit::Books books;
        QVERIFY(PayoutTestKit::setUpBooks(manager, books));
        QVERIFY(PayoutTestKit::importOrders(manager, m_dir.filePath(u"orders.csv"_s),
                                            {PayoutTestKit::viaLink(u"B1"_s, u"BEN"_s, u"100.00"_s)}));
    }
    sync(u"manager"_s, u"mgr"_s);
    const auto granted = schema.grantPartner(u"ANNA"_s, u"pa"_s, u"pa-pw"_s);
    QVERIFY2(granted, qPrintable(granted.error()));
    sync(u"anna"_s, u"pa"_s);
    QVERIFY(m_server.psql(u"CREATE ROLE shop LOGIN PASSWORD 'shop-pw'; GRANT partnerdesk_store TO shop"_s,
                          u"postgres"_s, CentralTestKit::superPassword(), u"books"_s));
}

void TestPartnerRequests::cleanupTestCase()
{
    m_server.stop();
}

QString TestPartnerRequests::central(const QString &sql)
{
    QString output, errors;
    if (!m_server.psql(sql, u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, &output, &errors))
        qWarning("psql: %s", qPrintable(errors));
    return output.trimmed();
}

void TestPartnerRequests::sync(const QString &name, const QString &login)
{
    Database db;
    QVERIFY(db.open(path(name)));
    SyncEngine engine(db, url(login), login + u"-pw"_s);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->refused == 0, qPrintable(report->refusals.join(u'\n')));
    QCOMPARE(report->conflicts, 0);
}

std::optional<PartnerRequest> TestPartnerRequests::find(RequestStore &store, RequestKind kind, const QString &what)
{
    for (const PartnerRequest &r : store.list()) {
        if (r.kind == kind && (r.orderId == what || r.path == what || r.applicantEmail == what))
            return r;
    }
    return std::nullopt;
}

void TestPartnerRequests::herDesktopFilesAClaimAndAVanityRequest()
{
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        const std::optional<Affiliate> me = AffiliateStore(anna).byCode(u"ANNA"_s);
        const std::optional<Affiliate> ben = AffiliateStore(anna).byCode(u"BEN"_s);
        QVERIFY(me);
        QVERIFY(!ben); // his desktop knows no other partner
        // Her desktop cannot look B1 up: she does not have it (it is BEN's).
        QVERIFY(!LedgerStore(anna).order(u"B1"_s));
        RequestStore store(anna);
        const auto claim = store.fileClaim(me->id, {u"B1"_s, u"2026-04-01"_s, std::nullopt,
                                                    u"Customer forgot the coupon ANNA10, see her e-mail"_s, 0});
        QVERIFY2(claim, qPrintable(claim.error()));
        const auto vanity =
            store.fileVanity(me->id, {u"koongo.com"_s, u"/sale"_s, u"https://koongo.com/pricing"_s, u"newsletter"_s});
        QVERIFY2(vanity, qPrintable(vanity.error()));
        // Deciding is not hers.
        QVERIFY(!store.approve(RequestKind::Claim, claim->id));
    }
    sync(u"anna"_s, u"pa"_s);
    QCOMPARE(central(u"SELECT string_agg(kind || '|' || state || '|' || a.code || '|' || r.changed_by, ',' "
                     "ORDER BY kind) FROM partnerdesk.requests r JOIN partnerdesk.affiliates a ON a.id = "
                     "r.affiliate_id"_s),
             u"claim|waiting|ANNA|pa,vanity|waiting|ANNA|pa"_s);
    // The time filed is the server's (she may not choose it); her desktop took it back.
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.requests WHERE filed_at > now() - interval '1 hour'"_s),
             u"2"_s);
    Database anna;
    QVERIFY(anna.open(path(u"anna"_s)));
    QCOMPARE(SyncTestKit::localText(anna, u"SELECT count(*) FROM requests WHERE filed_at <> '%1'"_s.arg(
                                              QString::fromLatin1(StoreTestKit::pinnedNow))),
             u"2"_s);
}

void TestPartnerRequests::theManagerDecides()
{
    sync(u"manager"_s, u"mgr"_s);
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        RequestStore store(manager);
        QCOMPARE(store.waitingCount(), 2);
        const std::optional<PartnerRequest> claim = find(store, RequestKind::Claim, u"B1"_s);
        const std::optional<PartnerRequest> vanity = find(store, RequestKind::Vanity, u"/sale"_s);
        QVERIFY(claim && vanity);
        QCOMPARE(claim->affiliateCode, u"ANNA"_s);
        QCOMPARE(claim->message, u"Customer forgot the coupon ANNA10, see her e-mail"_s);
        QCOMPARE(vanity->host, u"koongo.com"_s);
        const auto approved = store.approve(RequestKind::Claim, claim->id, {{}, u"Her e-mail confirms it"_s, false});
        QVERIFY2(approved, qPrintable(approved.error()));
        const auto rejected =
            store.reject(RequestKind::Vanity, vanity->id, u"/sale is too generic; ask for /anna-sale"_s);
        QVERIFY2(rejected, qPrintable(rejected.error()));
    }
    sync(u"manager"_s, u"mgr"_s);
    QCOMPARE(central(u"SELECT string_agg(kind || '|' || state || '|' || decided_by || '|' || changed_by, ',' "
                     "ORDER BY kind) FROM partnerdesk.requests"_s),
             u"claim|approved|manager|mgr,vanity|rejected|manager|mgr"_s);
    QCOMPARE(central(u"SELECT a.code || '|' || t.kind FROM partnerdesk.transactions t JOIN partnerdesk.affiliates a "
                     "ON a.id = t.affiliate_id WHERE t.order_id = 'B1' AND NOT t.superseded AND t.kind <> 'reversal' "
                     "AND NOT t.deleted"_s),
             u"ANNA|manual"_s);
    QCOMPARE(central(u"SELECT string_agg(action || '|' || changed_by, ',' ORDER BY action) FROM partnerdesk.audit_log "
                     "WHERE entity = 'request' AND action IN ('request.approve', 'request.reject')"_s),
             u"request.approve|mgr,request.reject|mgr"_s);
    QVERIFY(central(u"SELECT reason FROM partnerdesk.audit_log WHERE action = 'order.assign' AND entity_id = 'B1'"_s)
                .startsWith(u"Claim R"_s));
}

void TestPartnerRequests::herDesktopShowsTheDecisions()
{
    sync(u"anna"_s, u"pa"_s);
    Database anna;
    QVERIFY(anna.open(path(u"anna"_s)));
    RequestStore store(anna);
    const std::optional<PartnerRequest> claim = find(store, RequestKind::Claim, u"B1"_s);
    const std::optional<PartnerRequest> vanity = find(store, RequestKind::Vanity, u"/sale"_s);
    QVERIFY(claim && vanity);
    QCOMPARE(claim->state, RequestState::Approved);
    QCOMPARE(claim->decisionReason, u"Her e-mail confirms it"_s);
    QCOMPARE(vanity->state, RequestState::Rejected);
    QCOMPARE(vanity->decisionReason, u"/sale is too generic; ask for /anna-sale"_s);
    QVERIFY(!vanity->decidedAt.isEmpty());
    // Which manager decided is not hers to read.
    QCOMPARE(vanity->decidedBy, QString());
    QCOMPARE(store.waitingCount(), 0);
    // The order is hers now: its transaction reached her desktop.
    const std::optional<TransactionRow> live = LedgerStore(anna).liveTransactionOf(u"B1"_s);
    QVERIFY(live);
    QCOMPARE(live->affiliateCode, u"ANNA"_s);
    QCOMPARE(live->kind, u"manual"_s);
}

void TestPartnerRequests::aVanityLinkApprovedWithAnotherPath()
{
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        const qint64 me = AffiliateStore(anna).byCode(u"ANNA"_s)->id;
        QVERIFY(RequestStore(anna).fileVanity(me, {u"koongo.com"_s, u"/anna"_s, u"https://koongo.com/pricing"_s, {}}));
    }
    sync(u"anna"_s, u"pa"_s);
    sync(u"manager"_s, u"mgr"_s);
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        RequestStore store(manager);
        const std::optional<PartnerRequest> vanity = find(store, RequestKind::Vanity, u"/anna"_s);
        QVERIFY(vanity);
        const auto approved = store.approve(RequestKind::Vanity, vanity->id, {u"/anna-sale"_s, {}, false});
        QVERIFY2(approved, qPrintable(approved.error()));
    }
    sync(u"manager"_s, u"mgr"_s);
    sync(u"anna"_s, u"pa"_s);
    Database anna;
    QVERIFY(anna.open(path(u"anna"_s)));
    const QList<RewriteRow> rewrites = RewriteStore(anna).list();
    QCOMPARE(rewrites.size(), 1);
    QCOMPARE(rewrites.first().rewrite.path, u"/anna-sale"_s);
    QVERIFY(rewrites.first().rewrite.targetUrl.contains(u"acc=ANNA"_s));
    RequestStore store(anna);
    const std::optional<PartnerRequest> vanity = find(store, RequestKind::Vanity, u"/anna"_s);
    QCOMPARE(vanity->state, RequestState::Approved);
    QCOMPARE(vanity->approvedPath, u"/anna-sale"_s);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.audit_log WHERE action = 'rewrite.add' AND changed_by = "
                     "'mgr'"_s),
             u"1"_s);
}

void TestPartnerRequests::theStoresWebFormFilesASignup()
{
    // The one INSERT of docs/REQUESTS.md, with psql's variables as the form's bound values.
    QString error;
    QVERIFY2(m_server.psql(u"INSERT INTO partnerdesk.requests (kind, program_id, applicant_name, applicant_email, "
                           "website, promotion) VALUES ('signup', partnerdesk.program_id_of('koongo partner'), "
                           "'Eva Blogger', 'eva@example.org', 'https://eva.example', 'A weekly newsletter')"_s,
                           u"shop"_s, u"shop-pw"_s, u"books"_s, nullptr, &error),
             qPrintable(error));
    // A program that is not there is no sign-up.
    QVERIFY(!m_server.psql(u"INSERT INTO partnerdesk.requests (kind, program_id, applicant_name, applicant_email) "
                           "VALUES ('signup', partnerdesk.program_id_of('No such program'), 'Kim', "
                           "'kim@example.org')"_s,
                           u"shop"_s, u"shop-pw"_s, u"books"_s, nullptr, &error));
    QVERIFY2(error.contains(u"requests_signup_complete"_s), qPrintable(error));
    sync(u"manager"_s, u"mgr"_s);
    QString code;
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        RequestStore store(manager);
        const std::optional<PartnerRequest> signup = find(store, RequestKind::Signup, u"eva@example.org"_s);
        QVERIFY(signup);
        QCOMPARE(signup->programName, u"Koongo Partner"_s);
        QCOMPARE(signup->state, RequestState::Waiting);
        const auto approved = store.approve(RequestKind::Signup, signup->id);
        QVERIFY2(approved, qPrintable(approved.error()));
        code = approved->partner->code;
    }
    sync(u"manager"_s, u"mgr"_s);
    QCOMPARE(
        central(u"SELECT upper(a.code) || '|' || r.state FROM partnerdesk.requests r JOIN partnerdesk.affiliates a "
                "ON a.id = r.affiliate_id WHERE r.kind = 'signup'"_s),
        code.toUpper() + u"|approved"_s);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.coupons c JOIN partnerdesk.affiliates a ON a.id = "
                     "c.affiliate_id WHERE upper(a.code) = upper('%1')"_s.arg(code)),
             u"1"_s);
}

QTEST_GUILESS_MAIN(TestPartnerRequests)
#include "tst_partnerrequests.moc"
