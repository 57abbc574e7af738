// Partner requests (issue #14): RequestStore on a real SQLite file. Filing checks every value and
// names the field it refuses; approving makes the real thing through the existing stores (a manual
// assignment with the claim's reason, a rewrite, a partner with membership and coupon, the payout
// e-mail), in one transaction with the request's decision, audited; reject needs a reason; undo
// puts everything back; a partner's desktop files for himself only and decides nothing.

#include "payouttestkit.h"
#include "store/assignmentstore.h"
#include "store/auditlog.h"
#include "store/emailrequeststore.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/requeststore.h"
#include "store/rewritestore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;
using namespace PayoutTestKit;

using Field = RequestStore::Field;

class TestRequestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filedClaimIsListedAndAudited();
    void filingRefusalsNameTheField_data();
    void filingRefusalsNameTheField();
    void approvedClaimAssignsTheOrderAndUndoes();
    void claimForAnOrderNotInTheBooksIsRefused();
    void approvedVanityMakesTheRewrite();
    void vanityApprovedWithADifferentPath();
    void approvedSignupMakesThePartner();
    void rejectNeedsAReasonAndUndoes();
    void payoutEmailChangesAreInTheQueue();
    void duplicateSignupsByEmail();
    void aPartnersDesktopFilesForHimselfAndDecidesNothing();
    void aFailingDecisionWritesNothing_data();
    void aFailingDecisionWritesNothing();
    void applicationsAreFiledAllOrNothing();
    void undoRefusedWhenSomethingChangedMeanwhile();

private:
    Database &db() { return m_store->database; }
    // The newest audit row of `action` about request `id`.
    std::optional<AuditEntry> audited(const QString &action, qint64 id);
    bool importOrder(const QString &orderId, const QString &code);
    std::optional<TransactionRow> liveOf(const QString &orderId)
    {
        return LedgerStore(db()).liveTransactionOf(orderId);
    }

    std::unique_ptr<StoreFixture> m_store;
    Books m_books;
    int m_imports = 0;
};

void TestRequestStore::initTestCase()
{
    pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
}

void TestRequestStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    QVERIFY(setUpBooks(db(), m_books));
}

void TestRequestStore::cleanup()
{
    m_store.reset();
}

std::optional<AuditEntry> TestRequestStore::audited(const QString &action, qint64 id)
{
    for (const AuditEntry &entry : AuditLog(db().connection()).entries(u"request"_s, QString::number(id))) {
        if (entry.action == action)
            return entry;
    }
    return std::nullopt;
}

bool TestRequestStore::importOrder(const QString &orderId, const QString &code)
{
    return importOrders(db(), m_store->path(u"orders%1.csv"_s.arg(++m_imports)), {viaLink(orderId, code, u"100.00"_s)});
}

void TestRequestStore::filedClaimIsListedAndAudited()
{
    RequestStore store(db());
    const qint64 queued = count(db(), u"sync_outbox"_s, u"tbl = 'requests'"_s);
    const auto filed =
        store.fileClaim(m_books.anna, {u" T-77 "_s, u"2026-05-03"_s, 1250,
                                       u"Customer forgot the coupon ANNA10, see her e-mail"_s, m_books.partnerProgram});
    QVERIFY2(filed, qPrintable(filed.error()));
    QCOMPARE(filed->kind, RequestKind::Claim);
    QCOMPARE(filed->state, RequestState::Waiting);
    QCOMPARE(filed->orderId, u"T-77"_s);
    QCOMPARE(filed->currency, u"EUR"_s);
    QCOMPARE(filed->amountMinor, std::optional<qint64>(1250));
    QCOMPARE(filed->affiliateCode, u"ANNA"_s);
    QCOMPARE(filed->filedAt, QString::fromLatin1(pinnedNow));
    QCOMPARE(filed->displayId(), u"R%1"_s.arg(filed->id));
    QCOMPARE(count(db(), u"sync_outbox"_s, u"tbl = 'requests'"_s), queued + 1);

    const QList<PartnerRequest> waiting = store.list(RequestState::Waiting);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().id, filed->id);
    QCOMPARE(store.waitingCount(), 1);
    QCOMPARE(store.list(RequestState::Approved).size(), 0);
    QCOMPARE(store.list({}, m_books.ben).size(), 0);
    QCOMPARE(store.list({}, m_books.anna).size(), 1);
    QCOMPARE(store.byDisplayId(filed->displayId())->orderId, u"T-77"_s);
    const std::optional<AuditEntry> entry = audited(u"request.file"_s, filed->id);
    QVERIFY(entry);
    QVERIFY(entry->after.contains(u"T-77"_s));
    QCOMPARE(entry->reason, filed->message);
}

void TestRequestStore::filingRefusalsNameTheField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("words");
    const QString why = u"she forgot the coupon"_s;
    // claim: order id, date, amount (minor; "" none), reason
    QTest::addRow("claim without order") << u"claim"_s << QStringList{u"  "_s, u""_s, u""_s, why} << int(Field::OrderId)
                                         << u"order id"_s;
    QTest::addRow("claim order id too long")
        << u"claim"_s << QStringList{QString(129, u'9'), u""_s, u""_s, why} << int(Field::OrderId) << u"order id"_s;
    QTest::addRow("claim order id control")
        << u"claim"_s << QStringList{u"T\u00071"_s, u""_s, u""_s, why} << int(Field::OrderId) << u"order id"_s;
    QTest::addRow("claim bad date") << u"claim"_s << QStringList{u"T1"_s, u"3 March"_s, u""_s, why}
                                    << int(Field::OrderDate) << u"order date"_s;
    QTest::addRow("claim no such day") << u"claim"_s << QStringList{u"T1"_s, u"2026-02-30"_s, u""_s, why}
                                       << int(Field::OrderDate) << u"order date"_s;
    QTest::addRow("claim future date") << u"claim"_s << QStringList{u"T1"_s, u"2026-07-01"_s, u""_s, why}
                                       << int(Field::OrderDate) << u"future"_s;
    QTest::addRow("claim negative amount")
        << u"claim"_s << QStringList{u"T1"_s, u""_s, u"-1"_s, why} << int(Field::Amount) << u"amount"_s;
    QTest::addRow("claim without reason")
        << u"claim"_s << QStringList{u"T1"_s, u""_s, u""_s, u" \n "_s} << int(Field::Message) << u"reason"_s;
    QTest::addRow("claim reason too long")
        << u"claim"_s << QStringList{u"T1"_s, u""_s, u""_s, QString(2001, u'x')} << int(Field::Message) << u"reason"_s;
    // vanity: host, path, target
    QTest::addRow("vanity foreign host") << u"vanity"_s
                                         << QStringList{u"example.org"_s, u"/anna"_s, u"https://koongo.com/"_s}
                                         << int(Field::Host) << u"host"_s;
    QTest::addRow("vanity bad path") << u"vanity"_s
                                     << QStringList{u"koongo.com"_s, u"/an na"_s, u"https://koongo.com/"_s}
                                     << int(Field::Path) << u"path"_s;
    QTest::addRow("vanity foreign target")
        << u"vanity"_s << QStringList{u"koongo.com"_s, u"/anna"_s, u"https://evil.example/"_s} << int(Field::Target)
        << u"arget"_s;
    // application: name, email, website, program ("" none, "inactive")
    QTest::addRow("application without name")
        << u"application"_s << QStringList{u" "_s, u"jo@example.org"_s, u""_s, u"partner"_s} << int(Field::Name)
        << u"name"_s;
    QTest::addRow("application bad email")
        << u"application"_s << QStringList{u"Jo"_s, u"jo at example"_s, u""_s, u"partner"_s} << int(Field::Email)
        << u"e-mail"_s;
    QTest::addRow("application website control")
        << u"application"_s << QStringList{u"Jo"_s, u"jo@example.org"_s, u"https://jo\n.example"_s, u"partner"_s}
        << int(Field::Website) << u"website"_s;
    QTest::addRow("application without program")
        << u"application"_s << QStringList{u"Jo"_s, u"jo@example.org"_s, u""_s, u""_s} << int(Field::Program)
        << u"program"_s;
    QTest::addRow("application inactive program")
        << u"application"_s << QStringList{u"Jo"_s, u"jo@example.org"_s, u""_s, u"inactive"_s} << int(Field::Program)
        << u"not active"_s;
}

void TestRequestStore::filingRefusalsNameTheField()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, values);
    QFETCH(int, field);
    QFETCH(QString, words);
    QVERIFY(ProgramStore(db()).setActive(m_books.agencyProgram, false));
    RequestStore store(db());
    const QByteArray before = checksum(db());
    Field reported = Field::None;
    Field checked = Field::None;
    QString error;
    if (kind == u"claim") {
        ClaimDraft draft{values.at(0), values.at(1), std::nullopt, values.at(3), 0};
        if (!values.at(2).isEmpty())
            draft.amountMinor = values.at(2).toLongLong();
        const Status check = store.checkClaim(m_books.anna, draft, &checked);
        QVERIFY(!check);
        const auto filed = store.fileClaim(m_books.anna, draft, &reported);
        QVERIFY(!filed);
        QCOMPARE(filed.error(), check.error());
        error = filed.error();
    } else if (kind == u"vanity") {
        const VanityDraft draft{values.at(0), values.at(1), values.at(2), {}};
        QVERIFY(!store.checkVanity(m_books.anna, draft, &checked));
        const auto filed = store.fileVanity(m_books.anna, draft, &reported);
        QVERIFY(!filed);
        error = filed.error();
    } else {
        const qint64 program = values.at(3) == u"partner"    ? m_books.partnerProgram
                               : values.at(3) == u"inactive" ? m_books.agencyProgram
                                                             : 0;
        const ApplicationDraft draft{values.at(0), values.at(1), values.at(2), {}, program, {}};
        QVERIFY(!store.checkApplication(draft, &checked));
        const auto filed = store.fileApplication(draft, &reported);
        QVERIFY(!filed);
        error = filed.error();
    }
    QCOMPARE(int(reported), field);
    QCOMPARE(int(checked), field);
    QVERIFY2(error.contains(words, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(checksum(db()), before);
}

void TestRequestStore::approvedClaimAssignsTheOrderAndUndoes()
{
    QVERIFY(importOrder(u"T-1"_s, u"BEN"_s));
    QCOMPARE(liveOf(u"T-1"_s)->affiliateCode, u"BEN"_s);
    RequestStore store(db());
    const auto claim = store.fileClaim(
        m_books.anna, {u"T-1"_s, u"2026-05-30"_s, std::nullopt, u"Customer forgot the coupon ANNA10"_s, 0});
    QVERIFY2(claim, qPrintable(claim.error()));
    const auto decision = store.approve(RequestKind::Claim, claim->id, {{}, u"Her e-mail confirms it"_s, false});
    QVERIFY2(decision, qPrintable(decision.error()));

    const std::optional<TransactionRow> live = liveOf(u"T-1"_s);
    QVERIFY(live);
    QCOMPARE(live->affiliateCode, u"ANNA"_s);
    QCOMPARE(live->kind, u"manual"_s);
    const std::optional<PartnerRequest> approved = store.request(RequestKind::Claim, claim->id);
    QCOMPARE(approved->state, RequestState::Approved);
    QCOMPARE(approved->decidedBy, u"manager"_s);
    QCOMPARE(approved->decisionReason, u"Her e-mail confirms it"_s);
    QCOMPARE(approved->decidedAt, QString::fromLatin1(pinnedNow));
    QVERIFY(audited(u"request.approve"_s, claim->id));
    // The assignment's reason is the claim's, audited as every assignment is.
    bool assignmentAudited = false;
    for (const AuditEntry &entry : AuditLog(db().connection()).entries(u"order"_s, u"T-1"_s))
        assignmentAudited |= entry.action == u"order.assign" &&
                             entry.reason.startsWith(u"Claim R%1: "_s.arg(claim->id)) &&
                             entry.reason.contains(u"ANNA10"_s);
    QVERIFY(assignmentAudited);
    QCOMPARE(store.waitingCount(), 0);

    QVERIFY(store.undo(*decision));
    QCOMPARE(liveOf(u"T-1"_s)->affiliateCode, u"BEN"_s);
    QCOMPARE(store.request(RequestKind::Claim, claim->id)->state, RequestState::Waiting);
    QCOMPARE(store.request(RequestKind::Claim, claim->id)->decidedBy, QString());
    QVERIFY(audited(u"request.undo"_s, claim->id));
    QCOMPARE(store.waitingCount(), 1);
}

void TestRequestStore::claimForAnOrderNotInTheBooksIsRefused()
{
    RequestStore store(db());
    const auto claim = store.fileClaim(m_books.anna, {u"NOPE-1"_s, {}, std::nullopt, u"my customer"_s, 0});
    QVERIFY(claim);
    const QByteArray before = checksum(db());
    const auto decision = store.approve(RequestKind::Claim, claim->id);
    QVERIFY(!decision);
    QVERIFY2(decision.error().contains(u"not in the books"_s), qPrintable(decision.error()));
    QCOMPARE(checksum(db()), before);
}

void TestRequestStore::approvedVanityMakesTheRewrite()
{
    RequestStore store(db());
    const auto vanity = store.fileVanity(m_books.anna, {u"WWW.Koongo.com"_s, u"/partner/anna/"_s,
                                                        u"https://koongo.com/pricing"_s, u"for my newsletter"_s});
    QVERIFY2(vanity, qPrintable(vanity.error()));
    QCOMPARE(vanity->host, u"koongo.com"_s);
    QCOMPARE(vanity->path, u"/partner/anna"_s);
    const auto decision = store.approve(RequestKind::Vanity, vanity->id);
    QVERIFY2(decision, qPrintable(decision.error()));
    QVERIFY(decision->rewrite);
    const std::optional<RewriteRow> made = RewriteStore(db()).byId(decision->rewrite->rewrite.id);
    QVERIFY(made);
    QCOMPARE(made->rewrite.affiliateId, m_books.anna);
    QCOMPARE(made->rewrite.path, u"/partner/anna"_s);
    QVERIFY(made->rewrite.targetUrl.contains(u"acc=ANNA"_s));
    QCOMPARE(store.request(RequestKind::Vanity, vanity->id)->approvedPath, QString());
    QVERIFY(audited(u"request.approve"_s, vanity->id));

    QVERIFY(store.undo(*decision));
    QVERIFY(!RewriteStore(db()).byId(decision->rewrite->rewrite.id));
    QCOMPARE(store.request(RequestKind::Vanity, vanity->id)->state, RequestState::Waiting);
}

void TestRequestStore::vanityApprovedWithADifferentPath()
{
    RequestStore store(db());
    const auto vanity =
        store.fileVanity(m_books.anna, {u"koongo.com"_s, u"/sale"_s, u"https://koongo.com/pricing"_s, {}});
    QVERIFY(vanity);
    // A path the rewrite editor refuses is refused here too, and nothing is written.
    const QByteArray before = checksum(db());
    const auto refused = store.approve(RequestKind::Vanity, vanity->id, {u"/bad path"_s, {}, false});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"path"_s), qPrintable(refused.error()));
    QCOMPARE(checksum(db()), before);

    const auto decision = store.approve(RequestKind::Vanity, vanity->id, {u"/anna-sale"_s, u"/sale is generic"_s});
    QVERIFY2(decision, qPrintable(decision.error()));
    QCOMPARE(decision->rewrite->rewrite.path, u"/anna-sale"_s);
    const std::optional<PartnerRequest> approved = store.request(RequestKind::Vanity, vanity->id);
    QCOMPARE(approved->approvedPath, u"/anna-sale"_s);
    QCOMPARE(approved->path, u"/sale"_s);
    // Only a vanity request takes a path.
    const auto claim = store.fileClaim(m_books.anna, {u"T-9"_s, {}, std::nullopt, u"mine"_s, 0});
    QVERIFY(!store.approve(RequestKind::Claim, claim->id, {u"/x"_s, {}, false}));
}

void TestRequestStore::approvedSignupMakesThePartner()
{
    RequestStore store(db());
    const auto signup = store.fileApplication({u"Jo Blogger"_s,
                                               u"jo@example.org"_s,
                                               u"https://jo.example"_s,
                                               u"A blog about e-shops"_s,
                                               m_books.partnerProgram,
                                               {}});
    QVERIFY2(signup, qPrintable(signup.error()));
    QCOMPARE(signup->affiliateId, 0);
    const int partners = AffiliateStore(db()).count();
    const auto decision = store.approve(RequestKind::Signup, signup->id, {{}, u"Welcome"_s, true});
    QVERIFY2(decision, qPrintable(decision.error()));
    QVERIFY(decision->partner);
    QCOMPARE(AffiliateStore(db()).count(), partners + 1);
    const Affiliate jo = *AffiliateStore(db()).byId(decision->partner->id);
    QCOMPARE(jo.name, u"Jo Blogger"_s);
    QCOMPARE(jo.email, u"jo@example.org"_s);
    QVERIFY(!jo.code.isEmpty());
    const QList<Membership> memberships = ProgramStore(db()).membershipsOf(jo.id);
    QCOMPARE(memberships.size(), 1);
    QCOMPARE(memberships.first().programId, m_books.partnerProgram);
    QVERIFY(!decision->couponCode.isEmpty());
    const QList<PartnerCoupon> coupons = PartnerStore(db()).coupons(jo.id);
    QCOMPARE(coupons.size(), 1);
    const std::optional<PartnerRequest> approved = store.request(RequestKind::Signup, signup->id);
    QCOMPARE(approved->affiliateId, jo.id);
    QCOMPARE(approved->affiliateCode, jo.code);
    QCOMPARE(approved->state, RequestState::Approved);

    QVERIFY(store.undo(*decision));
    QVERIFY(!AffiliateStore(db()).byId(jo.id));
    QCOMPARE(AffiliateStore(db()).count(), partners);
    QCOMPARE(count(db(), u"coupons"_s, u"affiliate_id = %1"_s.arg(jo.id)), 0);
    const std::optional<PartnerRequest> back = store.request(RequestKind::Signup, signup->id);
    QCOMPARE(back->state, RequestState::Waiting);
    QCOMPARE(back->affiliateId, 0);
}

void TestRequestStore::rejectNeedsAReasonAndUndoes()
{
    RequestStore store(db());
    const auto claim = store.fileClaim(m_books.anna, {u"T-2"_s, {}, std::nullopt, u"mine"_s, 0});
    QVERIFY(claim);
    const QByteArray before = checksum(db());
    const auto unreasoned = store.reject(RequestKind::Claim, claim->id, u"  "_s);
    QVERIFY(!unreasoned);
    QVERIFY2(unreasoned.error().contains(u"why"_s), qPrintable(unreasoned.error()));
    QCOMPARE(checksum(db()), before);

    const auto decision = store.reject(RequestKind::Claim, claim->id, u"The customer came through BEN's link"_s);
    QVERIFY2(decision, qPrintable(decision.error()));
    const std::optional<PartnerRequest> rejected = store.request(RequestKind::Claim, claim->id);
    QCOMPARE(rejected->state, RequestState::Rejected);
    QCOMPARE(rejected->decisionReason, u"The customer came through BEN's link"_s);
    const std::optional<AuditEntry> entry = audited(u"request.reject"_s, claim->id);
    QVERIFY(entry);
    QCOMPARE(entry->reason, u"The customer came through BEN's link"_s);
    // Decided once: a second decision is refused.
    QVERIFY(!store.approve(RequestKind::Claim, claim->id));
    QVERIFY(!store.reject(RequestKind::Claim, claim->id, u"again"_s));

    QVERIFY(store.undo(*decision));
    QCOMPARE(store.request(RequestKind::Claim, claim->id)->state, RequestState::Waiting);
    QCOMPARE(store.request(RequestKind::Claim, claim->id)->decisionReason, QString());
}

void TestRequestStore::payoutEmailChangesAreInTheQueue()
{
    QVERIFY(EmailRequestStore(db()).request(m_books.ben, u"ben.paypal@example.org"_s));
    RequestStore store(db());
    const QList<PartnerRequest> waiting = store.list(RequestState::Waiting);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().kind, RequestKind::PayoutEmail);
    QCOMPARE(waiting.first().displayId(), u"E%1"_s.arg(m_books.ben));
    QCOMPARE(waiting.first().requestedEmail, u"ben.paypal@example.org"_s);
    QCOMPARE(waiting.first().affiliateEmail, u"ben@example.com"_s);
    QCOMPARE(store.waitingCount(), 1);

    const auto decision = store.approve(RequestKind::PayoutEmail, m_books.ben);
    QVERIFY2(decision, qPrintable(decision.error()));
    QCOMPARE(AffiliateStore(db()).byId(m_books.ben)->email, u"ben.paypal@example.org"_s);
    QCOMPARE(store.waitingCount(), 0);
    QVERIFY(!store.byDisplayId(u"E%1"_s.arg(m_books.ben)));
    QVERIFY(store.undo(*decision));
    QCOMPARE(AffiliateStore(db()).byId(m_books.ben)->email, u"ben@example.com"_s);
    QCOMPARE(AffiliateStore(db()).byId(m_books.ben)->requestedEmail, u"ben.paypal@example.org"_s);

    QVERIFY(!store.reject(RequestKind::PayoutEmail, m_books.ben, {}));
    const auto rejected = store.reject(RequestKind::PayoutEmail, m_books.ben, u"not his account"_s);
    QVERIFY2(rejected, qPrintable(rejected.error()));
    QCOMPARE(AffiliateStore(db()).byId(m_books.ben)->email, u"ben@example.com"_s);
    QVERIFY(!AffiliateStore(db()).byId(m_books.ben)->hasEmailRequest());
}

void TestRequestStore::duplicateSignupsByEmail()
{
    RequestStore store(db());
    const auto first = store.fileApplication({u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}});
    const auto second = store.fileApplication({u"Jo again"_s, u" JO@Example.org "_s, {}, {}, m_books.usProgram, {}});
    const auto other = store.fileApplication({u"Kim"_s, u"kim@example.org"_s, {}, {}, m_books.usProgram, {}});
    // An existing partner with the e-mail of an application.
    const auto carlAgain = store.fileApplication({u"Carl"_s, u"carl@example.com"_s, {}, {}, m_books.usProgram, {}});
    QVERIFY(first && second && other && carlAgain);
    QCOMPARE(store.request(RequestKind::Signup, first->id)->duplicateSignups, QList<qint64>{second->id});
    QCOMPARE(store.request(RequestKind::Signup, second->id)->duplicateSignups, QList<qint64>{first->id});
    QVERIFY(store.request(RequestKind::Signup, other->id)->duplicateSignups.isEmpty());
    QVERIFY(store.request(RequestKind::Signup, other->id)->duplicatePartners.isEmpty());
    QCOMPARE(store.request(RequestKind::Signup, carlAgain->id)->duplicatePartners, QStringList{u"CARL"_s});
    for (const PartnerRequest &r : store.list())
        QCOMPARE(r.duplicateSignups.size(), r.id == first->id || r.id == second->id ? 1 : 0);
}

void TestRequestStore::aPartnersDesktopFilesForHimselfAndDecidesNothing()
{
    RequestStore manager(db());
    const auto signup = manager.fileApplication({u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}});
    QVERIFY(signup);
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"INSERT INTO sync_state (key, value) VALUES ('desktop_role', 'partner:ANNA')"_s));
    RequestStore store(db());
    const auto own = store.fileClaim(m_books.anna, {u"T-5"_s, {}, std::nullopt, u"mine"_s, 0});
    QVERIFY2(own, qPrintable(own.error()));
    const QByteArray before = checksum(db());
    Field field = Field::None;
    const auto forBen = store.fileClaim(m_books.ben, {u"T-5"_s, {}, std::nullopt, u"his"_s, 0}, &field);
    QVERIFY(!forBen);
    QCOMPARE(field, Field::Partner);
    QVERIFY(!store.fileVanity(m_books.ben, {u"koongo.com"_s, u"/ben"_s, u"https://koongo.com/"_s, {}}));
    QVERIFY(!store.fileApplication({u"Kim"_s, u"kim@example.org"_s, {}, {}, m_books.partnerProgram, {}}));
    const auto approved = store.approve(RequestKind::Claim, own->id);
    QVERIFY(!approved);
    QVERIFY2(approved.error().contains(u"manager"_s), qPrintable(approved.error()));
    QVERIFY(!store.reject(RequestKind::Claim, own->id, u"no"_s));
    QVERIFY(!store.approve(RequestKind::Signup, signup->id));
    Decision forged;
    forged.kind = RequestKind::Claim;
    forged.id = own->id;
    QVERIFY(!store.undo(forged));
    QCOMPARE(checksum(db()), before);
}

void TestRequestStore::aFailingDecisionWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("claim") << u"claim"_s;
    QTest::addRow("vanity") << u"vanity"_s;
    QTest::addRow("signup") << u"signup"_s;
}

void TestRequestStore::aFailingDecisionWritesNothing()
{
    // The thing is made, then the request's own update fails: the thing goes too.
    QFETCH(QString, kind);
    QVERIFY(importOrder(u"T-3"_s, u"BEN"_s));
    RequestStore store(db());
    Result<PartnerRequest> filed = Result<PartnerRequest>::failure(u"none"_s);
    if (kind == u"claim")
        filed = store.fileClaim(m_books.anna, {u"T-3"_s, {}, std::nullopt, u"mine"_s, 0});
    else if (kind == u"vanity")
        filed = store.fileVanity(m_books.anna, {u"koongo.com"_s, u"/anna"_s, u"https://koongo.com/"_s, {}});
    else
        filed = store.fileApplication({u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}});
    QVERIFY2(filed, qPrintable(filed.error()));
    QSqlQuery query(db().connection());
    QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_decision BEFORE UPDATE OF state ON main.requests "
                       "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s));
    const QByteArray before = checksum(db());
    const auto decision = store.approve(filed->kind, filed->id);
    QVERIFY(!decision);
    QVERIFY2(decision.error().contains(u"the disk is full"_s), qPrintable(decision.error()));
    QCOMPARE(checksum(db()), before);
    QCOMPARE(liveOf(u"T-3"_s)->affiliateCode, u"BEN"_s);
    QVERIFY(query.exec(u"DROP TRIGGER refuse_decision"_s));
    // And the connection is usable: the same approval goes through now.
    QVERIFY(store.approve(filed->kind, filed->id));
}

void TestRequestStore::applicationsAreFiledAllOrNothing()
{
    RequestStore store(db());
    const QByteArray before = checksum(db());
    const auto refused = store.fileApplications({{u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}},
                                                 {u"Kim"_s, u"not-an-email"_s, {}, {}, m_books.partnerProgram, {}}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"Application 2: "_s), qPrintable(refused.error()));
    QCOMPARE(checksum(db()), before);
    const auto filed = store.fileApplications(
        {{u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}},
         {u"Kim"_s, u"kim@example.org"_s, {}, {}, m_books.usProgram, u"2026-05-01T10:00:00Z"_s}});
    QVERIFY2(filed, qPrintable(filed.error()));
    QCOMPARE(filed->size(), 2);
    QCOMPARE(filed->at(1).filedAt, u"2026-05-01T10:00:00Z"_s);
    QCOMPARE(count(db(), u"requests"_s), 2);
}

void TestRequestStore::undoRefusedWhenSomethingChangedMeanwhile()
{
    RequestStore store(db());
    // A sign-up's partner who has since got a rewrite stays.
    const auto signup = store.fileApplication({u"Jo"_s, u"jo@example.org"_s, {}, {}, m_books.partnerProgram, {}});
    const auto decision = store.approve(RequestKind::Signup, signup->id);
    QVERIFY(decision);
    QVERIFY(RewriteStore(db()).add({decision->partner->id, u"koongo.com"_s, u"/jo"_s, u"https://koongo.com/"_s}));
    const QByteArray before = checksum(db());
    const Status undone = store.undo(*decision);
    QVERIFY(!undone);
    QCOMPARE(checksum(db()), before);
    QVERIFY(AffiliateStore(db()).byId(decision->partner->id));
    // A vanity link edited since its approval stays.
    const auto vanity = store.fileVanity(m_books.anna, {u"koongo.com"_s, u"/anna"_s, u"https://koongo.com/"_s, {}});
    const auto made = store.approve(RequestKind::Vanity, vanity->id);
    QVERIFY(made);
    QVERIFY(RewriteStore(db()).update(made->rewrite->rewrite.id,
                                      {m_books.anna, u"koongo.com"_s, u"/anna2"_s, u"https://koongo.com/"_s}));
    const Status edited = store.undo(*made);
    QVERIFY(!edited);
    QVERIFY2(edited.error().contains(u"edited"_s), qPrintable(edited.error()));
    QCOMPARE(store.request(RequestKind::Vanity, vanity->id)->state, RequestState::Approved);
}

QTEST_GUILESS_MAIN(TestRequestStore)
#include "tst_requeststore.moc"
