#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

const QString noCoupon = u"You have no affiliate coupon code. Please join to a program to get coupon code"_s;

} // namespace

class TestAffiliateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addPartner_data();
    void addPartner();
    void codesAreUniqueCaseInsensitively();
    void generatedCodes();
    void listAndSearch();
    void setStatus();

    void couponBeforeJoining();
    void couponAfterJoining();
    void couponCodesAreUniqueCaseInsensitively_data();
    void couponCodesAreUniqueCaseInsensitively();
    void couponValidation_data();
    void couponValidation();

    void addDomain_data();
    void addDomain();
    void storeHostCannotBeADomain_data();
    void storeHostCannotBeADomain();
    void approveDomain();
    void oneVerifiedOwnerPerDomain();

    void rewriteValidation_data();
    void rewriteValidation();
    void rewriteNeedsMembership();
    void duplicateRewrite();

    void bannerValidation_data();
    void bannerValidation();
    void bannersOfAProgram();

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ProgramStore> m_programs;
    std::unique_ptr<AffiliateStore> m_affiliates;
    qint64 m_program = 0; // Koongo Partner, store hosts koongo.com and shop.koongo.de
    qint64 m_other = 0;   // Koongo Japan, koongo.jp
    qint64 m_jane = 0;    // member of Koongo Partner
    qint64 m_bob = 0;     // member of Koongo Partner
    qint64 m_nobody = 0;  // member of nothing
};

void TestAffiliateStore::initTestCase()
{
    pinNow();
}

void TestAffiliateStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_programs = std::make_unique<ProgramStore>(m_store->database);
    m_affiliates = std::make_unique<AffiliateStore>(m_store->database);

    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s};
    Program japan;
    japan.name = u"Koongo Japan"_s;
    japan.currency = u"JPY"_s;
    japan.storeHosts = {u"koongo.jp"_s};
    const Result<qint64> p = m_programs->add(partner);
    const Result<qint64> j = m_programs->add(japan);
    QVERIFY2(p, qPrintable(p.error()));
    QVERIFY2(j, qPrintable(j.error()));
    m_program = *p;
    m_other = *j;
    const Result<Affiliate> jane = m_affiliates->add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = m_affiliates->add(u"Bob Roe"_s, u"bob@example.com"_s, u"BOB"_s);
    const Result<Affiliate> nobody = m_affiliates->add(u"No Body"_s, u"nobody@example.com"_s, u"NOBODY"_s);
    QVERIFY(jane && bob && nobody);
    m_jane = jane->id;
    m_bob = bob->id;
    m_nobody = nobody->id;
    QVERIFY(m_programs->join(m_jane, m_program));
    QVERIFY(m_programs->join(m_bob, m_program));
}

void TestAffiliateStore::cleanup()
{
    m_affiliates.reset();
    m_programs.reset();
    m_store.reset();
}

void TestAffiliateStore::addPartner_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");

    QTest::addRow("with code") << u"Carol"_s << u"carol@example.com"_s << u"CAROL"_s << QString();
    QTest::addRow("code with special characters")
        << u"Ivan"_s << u"ivan@example.com"_s << u"4&7xx89=#+ a"_s << QString();
    QTest::addRow("trimmed") << u"  Dave  "_s << u" dave@example.com "_s << u" DAVE "_s << QString();
    QTest::addRow("empty name") << u" "_s << u"x@example.com"_s << u"X"_s << u"needs a name"_s;
    QTest::addRow("no at sign") << u"Erin"_s << u"erin.example.com"_s << u"ERIN"_s << u"is not an e-mail address"_s;
    QTest::addRow("no domain dot") << u"Erin"_s << u"erin@localhost"_s << u"ERIN"_s << u"is not an e-mail address"_s;
    QTest::addRow("two at signs") << u"Erin"_s << u"a@b@c.com"_s << u"ERIN"_s << u"is not an e-mail address"_s;
    QTest::addRow("code too long") << u"Erin"_s << u"erin@example.com"_s << QString(65, u'x') << u"at most 64"_s;
}

void TestAffiliateStore::addPartner()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, code);
    QFETCH(QString, error);

    const int before = m_affiliates->count();
    const Result<Affiliate> added = m_affiliates->add(name, email, code);
    if (!error.isEmpty()) {
        QVERIFY(!added);
        QVERIFY2(added.error().contains(error), qPrintable(added.error()));
        QCOMPARE(m_affiliates->count(), before);
        return;
    }
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->name, name.trimmed());
    QCOMPARE(added->email, email.trimmed());
    QCOMPARE(added->code, code.trimmed());
    QCOMPARE(added->status, u"approved"_s);
    const std::optional<Affiliate> stored = m_affiliates->byCode(code);
    QVERIFY(stored);
    QCOMPARE(stored->id, added->id);
    QCOMPARE(m_affiliates->byId(added->id)->code, code.trimmed());
    QCOMPARE(AuditLog(m_store->database.connection()).entries(u"affiliate"_s, QString::number(added->id)).size(), 1);
}

void TestAffiliateStore::codesAreUniqueCaseInsensitively()
{
    const Result<Affiliate> again = m_affiliates->add(u"Jane Again"_s, u"jane2@example.com"_s, u"jane"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"The affiliate code \"jane\" is taken"_s), qPrintable(again.error()));
    QCOMPARE(m_affiliates->byCode(u"jane"_s)->id, m_jane); // lookups ignore case too
    QCOMPARE(m_affiliates->count(), 3);
}

void TestAffiliateStore::generatedCodes()
{
    QSet<QString> codes;
    for (int i = 0; i < 20; ++i) {
        const Result<Affiliate> added = m_affiliates->add(u"Gen %1"_s.arg(i), u"gen%1@example.com"_s.arg(i));
        QVERIFY2(added, qPrintable(added.error()));
        QCOMPARE(added->code.size(), 10);
        for (const QChar c : added->code)
            QVERIFY2(QStringView(u"abcdefghijkmnpqrstuvwxyz23456789").contains(c), qPrintable(added->code));
        codes.insert(added->code.toLower());
    }
    QCOMPARE(codes.size(), 20);
}

void TestAffiliateStore::listAndSearch()
{
    QCOMPARE(m_affiliates->list().size(), 3);
    QCOMPARE(m_affiliates->list().first().name, u"Bob Roe"_s); // by name
    QCOMPARE(m_affiliates->list(u"jAnE"_s).size(), 1);
    QCOMPARE(m_affiliates->list(u"example.com"_s).size(), 3);
    QCOMPARE(m_affiliates->list(u"nob"_s).first().code, u"NOBODY"_s);
    QCOMPARE(m_affiliates->list(u"zzz"_s).size(), 0);
    QCOMPARE(m_affiliates->list({}, 2).size(), 2);
    // Search text is a value, never SQL.
    QCOMPARE(m_affiliates->list(u"' OR 1=1 --"_s).size(), 0);
}

void TestAffiliateStore::setStatus()
{
    QVERIFY(m_affiliates->setStatus(m_jane, u"suspended"_s));
    QCOMPARE(m_affiliates->byId(m_jane)->status, u"suspended"_s);
    const Status bad = m_affiliates->setStatus(m_jane, u"banned"_s);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(u"not a partner status"_s), qPrintable(bad.error()));
    QVERIFY(!m_affiliates->setStatus(m_jane + 1000, u"approved"_s));
    QCOMPARE(m_affiliates->byId(m_jane)->status, u"suspended"_s);
}

void TestAffiliateStore::couponBeforeJoining()
{
    // No membership at all.
    Result<QString> coupon = m_affiliates->createCoupon(m_nobody, m_program, u"NOBODY10"_s);
    QVERIFY(!coupon);
    QCOMPARE(coupon.error(), noCoupon);
    // A member of another program only.
    coupon = m_affiliates->createCoupon(m_jane, m_other);
    QVERIFY(!coupon);
    QCOMPARE(coupon.error(), noCoupon);
    // After leaving.
    QVERIFY(m_programs->leave(m_bob, m_program));
    coupon = m_affiliates->createCoupon(m_bob, m_program);
    QVERIFY(!coupon);
    QCOMPARE(coupon.error(), noCoupon);
    // A membership of a program that was closed since.
    QVERIFY(m_programs->setActive(m_program, false));
    coupon = m_affiliates->createCoupon(m_jane, m_program);
    QVERIFY(!coupon);
    QCOMPARE(coupon.error(), noCoupon);
    QCOMPARE(count(m_store->database, u"coupons"_s), 0);
}

void TestAffiliateStore::couponAfterJoining()
{
    QVERIFY(m_programs->join(m_nobody, m_program));
    const Result<QString> chosen = m_affiliates->createCoupon(m_nobody, m_program, u"  Summer-10 "_s);
    QVERIFY2(chosen, qPrintable(chosen.error()));
    QCOMPARE(*chosen, u"Summer-10"_s);
    const Result<QString> generated = m_affiliates->createCoupon(m_jane, m_program);
    QVERIFY2(generated, qPrintable(generated.error()));
    QCOMPARE(generated->size(), 8);
    QCOMPARE(*generated, generated->toUpper());
    QCOMPARE(count(m_store->database, u"coupons"_s), 2);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"action = 'coupon.create'"_s), 2);
}

void TestAffiliateStore::couponCodesAreUniqueCaseInsensitively_data()
{
    QTest::addColumn<QString>("second");
    QTest::addRow("same") << u"SAVE10"_s;
    QTest::addRow("lower") << u"save10"_s;
    QTest::addRow("mixed") << u"Save10"_s;
    QTest::addRow("padded") << u" save10 "_s;
}

void TestAffiliateStore::couponCodesAreUniqueCaseInsensitively()
{
    QFETCH(QString, second);
    QVERIFY(m_affiliates->createCoupon(m_jane, m_program, u"SAVE10"_s));
    const Result<QString> taken = m_affiliates->createCoupon(m_bob, m_program, second);
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(u"is taken"_s), qPrintable(taken.error()));
    // The partner himself cannot have it twice either.
    QVERIFY(!m_affiliates->createCoupon(m_jane, m_program, second));
    QCOMPARE(count(m_store->database, u"coupons"_s), 1);
}

void TestAffiliateStore::couponValidation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");
    QTest::addRow("space inside") << u"SAVE 10"_s << u"cannot contain spaces"_s;
    QTest::addRow("tab inside") << u"SAVE\t10"_s << u"cannot contain spaces"_s;
    QTest::addRow("too long") << QString(65, u'A') << u"at most 64"_s;
}

void TestAffiliateStore::couponValidation()
{
    QFETCH(QString, code);
    QFETCH(QString, error);
    const Result<QString> coupon = m_affiliates->createCoupon(m_jane, m_program, code);
    QVERIFY(!coupon);
    QVERIFY2(coupon.error().contains(error), qPrintable(coupon.error()));
    QCOMPARE(count(m_store->database, u"coupons"_s), 0);
}

void TestAffiliateStore::addDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("stored"); // "" when refused
    QTest::addRow("plain") << u"jane-blog.example.org"_s << u"jane-blog.example.org"_s;
    QTest::addRow("upper case and www") << u"WWW.Jane-Blog.Example.ORG"_s << u"jane-blog.example.org"_s;
    QTest::addRow("wildcard") << u"*.Jane.Example"_s << u"*.jane.example"_s;
    QTest::addRow("IDN") << u"bücher-blog.example"_s << u"xn--bcher-blog-9db.example"_s;
    QTest::addRow("trailing dot") << u"jane.example."_s << u"jane.example"_s;
    QTest::addRow("no dot") << u"localhost"_s << QString();
    QTest::addRow("URL") << u"https://jane.example/"_s << QString();
    QTest::addRow("spaces") << u"jane blog.example"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestAffiliateStore::addDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, stored);
    const Result<QString> token = m_affiliates->addDomain(m_jane, domain);
    if (stored.isEmpty()) {
        QVERIFY(!token);
        QVERIFY2(token.error().contains(u"is not a domain name"_s), qPrintable(token.error()));
        QVERIFY(m_affiliates->domains(m_jane).isEmpty());
        return;
    }
    QVERIFY2(token, qPrintable(token.error()));
    QCOMPARE(token->size(), 32);
    const QList<DirectDomain> domains = m_affiliates->domains(m_jane);
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.first().domain, stored);
    QCOMPARE(domains.first().token, *token);
    QVERIFY(!domains.first().verified);
    // Registering the same domain again, in any spelling, is refused.
    const Result<QString> again = m_affiliates->addDomain(m_jane, stored.toUpper());
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already registered"_s), qPrintable(again.error()));
}

void TestAffiliateStore::storeHostCannotBeADomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addRow("store host") << u"koongo.com"_s;
    QTest::addRow("store host with www") << u"www.koongo.com"_s;
    QTest::addRow("subdomain of a store host") << u"blog.koongo.com"_s;
    QTest::addRow("wildcard of a store host") << u"*.koongo.com"_s;
    QTest::addRow("second program's host") << u"KOONGO.JP"_s;
    QTest::addRow("store host of a subdomain") << u"shop.koongo.de"_s;
}

void TestAffiliateStore::storeHostCannotBeADomain()
{
    QFETCH(QString, domain);
    const Result<QString> token = m_affiliates->addDomain(m_jane, domain);
    QVERIFY(!token);
    QVERIFY2(token.error().contains(u"is a store host"_s), qPrintable(token.error()));
    QCOMPARE(count(m_store->database, u"domains"_s), 0);
}

void TestAffiliateStore::approveDomain()
{
    QVERIFY(m_affiliates->addDomain(m_jane, u"jane-blog.example.org"_s));

    Status status = m_affiliates->approveDomain(m_jane, u"jane-blog.example.org"_s, u"  "_s);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"needs a reason"_s), qPrintable(status.error()));
    status = m_affiliates->approveDomain(m_jane, u"other.example.org"_s, u"checked by phone"_s);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"has not registered"_s), qPrintable(status.error()));
    QVERIFY(!m_affiliates->domains(m_jane).first().verified);

    status = m_affiliates->approveDomain(m_jane, u"WWW.jane-blog.example.org"_s, u"checked by phone"_s);
    QVERIFY2(status, qPrintable(status.error()));
    const DirectDomain domain = m_affiliates->domains(m_jane).first();
    QVERIFY(domain.verified);
    QCOMPARE(domain.method, u"manual"_s);
    QCOMPARE(domain.verifiedAt, QString::fromLatin1(pinnedNow));

    const QList<AuditEntry> audit =
        AuditLog(m_store->database.connection()).entries(u"affiliate"_s, QString::number(m_jane));
    QCOMPARE(audit.first().action, u"domain.approve"_s);
    QCOMPARE(audit.first().reason, u"checked by phone"_s);
    QVERIFY(audit.first().after.contains(u"jane-blog.example.org"_s));
}

void TestAffiliateStore::oneVerifiedOwnerPerDomain()
{
    QVERIFY(m_affiliates->addDomain(m_jane, u"shared.example.org"_s));
    // Registering a domain somebody else has is allowed: verification decides who owns it.
    QVERIFY(m_affiliates->addDomain(m_bob, u"shared.example.org"_s));
    QVERIFY(m_affiliates->approveDomain(m_jane, u"shared.example.org"_s, u"verified by call"_s));

    const Status status = m_affiliates->approveDomain(m_bob, u"shared.example.org"_s, u"he insists"_s);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"already verified for partner JANE"_s), qPrintable(status.error()));
    QVERIFY(!m_affiliates->domains(m_bob).first().verified);
    QCOMPARE(count(m_store->database, u"domains"_s, u"verified = 1"_s), 1);

    // The database itself holds the line too.
    QSqlQuery query(m_store->database.connection());
    QVERIFY(!query.exec(u"UPDATE domains SET verified = 1 WHERE affiliate_id = %1"_s.arg(m_bob)));
    QCOMPARE(count(m_store->database, u"domains"_s, u"verified = 1"_s), 1);

    // Approving his own domain again is harmless.
    QVERIFY(m_affiliates->approveDomain(m_jane, u"shared.example.org"_s, u"re-checked"_s));
}

void TestAffiliateStore::rewriteValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected"); // stored "host path target", or the error
    QTest::addColumn<bool>("ok");

    QTest::addRow("simple") << u"koongo.com"_s << u"/partner/jane"_s << u"https://koongo.com/pricing"_s
                            << u"koongo.com /partner/jane https://koongo.com/pricing?acc=JANE"_s << true;
    QTest::addRow("normalised host, trailing slash")
        << u"WWW.Koongo.com"_s << u" /partner/jane/ "_s << u"https://koongo.com/"_s
        << u"koongo.com /partner/jane https://koongo.com/?acc=JANE"_s << true;
    QTest::addRow("target keeps parameters and fragment")
        << u"koongo.com"_s << u"/jane"_s << u"https://shop.koongo.de/a/b?x=1&acc=OLD#top"_s
        << u"koongo.com /jane https://shop.koongo.de/a/b?x=1&acc=JANE#top"_s << true;
    QTest::addRow("subdomain of a store host") << u"blog.koongo.com"_s << u"/j"_s << u"https://koongo.com/x"_s
                                               << u"blog.koongo.com /j https://koongo.com/x?acc=JANE"_s << true;
    QTest::addRow("dots, dashes, tildes") << u"koongo.com"_s << u"/p/jane.doe_1~x-y"_s << u"https://koongo.com/"_s
                                          << u"koongo.com /p/jane.doe_1~x-y https://koongo.com/?acc=JANE"_s << true;

    QTest::addRow("no leading slash") << u"koongo.com"_s << u"partner/jane"_s << u"https://koongo.com/"_s
                                      << u"not a valid vanity path"_s << false;
    QTest::addRow("root") << u"koongo.com"_s << u"/"_s << u"https://koongo.com/"_s << u"not a valid vanity path"_s
                          << false;
    QTest::addRow("empty") << u"koongo.com"_s << QString() << u"https://koongo.com/"_s << u"not a valid vanity path"_s
                           << false;
    QTest::addRow("parent segment") << u"koongo.com"_s << u"/partner/../admin"_s << u"https://koongo.com/"_s
                                    << u"not a valid vanity path"_s << false;
    QTest::addRow("ends with parent") << u"koongo.com"_s << u"/partner/.."_s << u"https://koongo.com/"_s
                                      << u"not a valid vanity path"_s << false;
    QTest::addRow("only parent") << u"koongo.com"_s << u"/.."_s << u"https://koongo.com/"_s
                                 << u"not a valid vanity path"_s << false;
    QTest::addRow("dot segment") << u"koongo.com"_s << u"/partner/./jane"_s << u"https://koongo.com/"_s
                                 << u"not a valid vanity path"_s << false;
    QTest::addRow("query") << u"koongo.com"_s << u"/jane?x=1"_s << u"https://koongo.com/"_s
                           << u"not a valid vanity path"_s << false;
    QTest::addRow("fragment") << u"koongo.com"_s << u"/jane#x"_s << u"https://koongo.com/"_s
                              << u"not a valid vanity path"_s << false;
    QTest::addRow("space") << u"koongo.com"_s << u"/jane doe"_s << u"https://koongo.com/"_s
                           << u"not a valid vanity path"_s << false;
    QTest::addRow("double slash") << u"koongo.com"_s << u"/partner//jane"_s << u"https://koongo.com/"_s
                                  << u"not a valid vanity path"_s << false;
    QTest::addRow("regex and nginx specials")
        << u"koongo.com"_s << u"/jane$1(x)"_s << u"https://koongo.com/"_s << u"not a valid vanity path"_s << false;

    QTest::addRow("non-store host") << u"jane.example.org"_s << u"/jane"_s << u"https://koongo.com/"_s
                                    << u"is not a store host of the partner's programs"_s << false;
    QTest::addRow("host of a program he is not in") << u"koongo.jp"_s << u"/jane"_s << u"https://koongo.com/"_s
                                                    << u"is not a store host of the partner's programs"_s << false;
    QTest::addRow("look-alike host") << u"evilkoongo.com"_s << u"/jane"_s << u"https://koongo.com/"_s
                                     << u"is not a store host of the partner's programs"_s << false;
    QTest::addRow("target off the store") << u"koongo.com"_s << u"/jane"_s << u"https://evil.example/koongo.com"_s
                                          << u"The target must be a store URL"_s << false;
    QTest::addRow("target of another program")
        << u"koongo.com"_s << u"/jane"_s << u"https://koongo.jp/"_s << u"The target must be a store URL"_s << false;
    QTest::addRow("target not http") << u"koongo.com"_s << u"/jane"_s << u"ftp://koongo.com/file"_s
                                     << u"The target must be a store URL"_s << false;
    QTest::addRow("target with user info") << u"koongo.com"_s << u"/jane"_s << u"https://koongo.com@evil.example/"_s
                                           << u"The target must be a store URL"_s << false;
    QTest::addRow("target empty") << u"koongo.com"_s << u"/jane"_s << QString() << u"The target must be a store URL"_s
                                  << false;
}

void TestAffiliateStore::rewriteValidation()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(bool, ok);

    const Result<qint64> id = m_affiliates->addRewrite(m_jane, host, path, target);
    if (!ok) {
        QVERIFY(!id);
        QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
        QCOMPARE(count(m_store->database, u"rewrites"_s), 0);
        return;
    }
    QVERIFY2(id, qPrintable(id.error()));
    const QList<Rewrite> rewrites = m_affiliates->rewrites();
    QCOMPARE(rewrites.size(), 1);
    const Rewrite &r = rewrites.first();
    QCOMPARE(r.id, *id);
    QCOMPARE(r.affiliateId, m_jane);
    QCOMPARE(r.affiliateCode, u"JANE"_s);
    QCOMPARE(QStringList({r.host, r.path, r.targetUrl}).join(u' '), expected);
    QCOMPARE(AuditLog(m_store->database.connection()).entries(u"rewrite"_s, QString::number(*id)).size(), 1);
}

void TestAffiliateStore::rewriteNeedsMembership()
{
    const Result<qint64> id =
        m_affiliates->addRewrite(m_nobody, u"koongo.com"_s, u"/nobody"_s, u"https://koongo.com/"_s);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(u"NOBODY is not an active member of any program"_s), qPrintable(id.error()));
    const Result<qint64> ghost =
        m_affiliates->addRewrite(m_nobody + 1000, u"koongo.com"_s, u"/x"_s, u"https://koongo.com/"_s);
    QVERIFY(!ghost);
    QVERIFY2(ghost.error().contains(u"no longer exists"_s), qPrintable(ghost.error()));
}

void TestAffiliateStore::duplicateRewrite()
{
    QVERIFY(m_affiliates->addRewrite(m_jane, u"koongo.com"_s, u"/partner"_s, u"https://koongo.com/"_s));
    const Result<qint64> again =
        m_affiliates->addRewrite(m_bob, u"www.koongo.com"_s, u"/partner/"_s, u"https://koongo.com/x"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"koongo.com/partner is already a rewrite"_s), qPrintable(again.error()));
    // The same path on another store host is a different rewrite.
    QVERIFY(m_affiliates->addRewrite(m_bob, u"shop.koongo.de"_s, u"/partner"_s, u"https://koongo.com/x"_s));
    QCOMPARE(m_affiliates->rewrites().size(), 2);
}

void TestAffiliateStore::bannerValidation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("error"); // "" when valid

    const QString png = u"https://koongo.com/media/koongo-435x146.png"_s;
    QTest::addRow("stock size") << u"Koongo 435×146"_s << png << 435 << 146 << QString();
    QTest::addRow("http image") << u"Koongo"_s << u"http://cdn.example/b.png"_s << 1 << 4000 << QString();
    QTest::addRow("no title") << u"  "_s << png << 435 << 146 << u"needs a title"_s;
    // ValueRules: 1-10000 pixels, as centrally.
    QTest::addRow("zero width") << u"Koongo"_s << png << 0 << 146 << u"between 1 and 10"_s;
    QTest::addRow("negative height") << u"Koongo"_s << png << 435 << -5 << u"between 1 and 10"_s;
    QTest::addRow("10000 wide") << u"Koongo"_s << png << 10000 << 146 << QString();
    QTest::addRow("too wide") << u"Koongo"_s << png << 10001 << 146 << u"between 1 and 10"_s;
    QTest::addRow("relative image") << u"Koongo"_s << u"/media/b.png"_s << 435 << 146
                                    << u"is not an http(s) image URL"_s;
    QTest::addRow("javascript image") << u"Koongo"_s << u"javascript:alert(1)"_s << 435 << 146
                                      << u"is not an http(s) image URL"_s;
    QTest::addRow("data image") << u"Koongo"_s << u"data:image/png;base64,AAAA"_s << 435 << 146
                                << u"is not an http(s) image URL"_s;
    QTest::addRow("no host") << u"Koongo"_s << u"https:///b.png"_s << 435 << 146 << u"is not an http(s) image URL"_s;
    QTest::addRow("empty image") << u"Koongo"_s << QString() << 435 << 146 << u"is not an http(s) image URL"_s;
}

void TestAffiliateStore::bannerValidation()
{
    QFETCH(QString, title);
    QFETCH(QString, image);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, error);

    Banner banner;
    banner.programId = m_program;
    banner.title = title;
    banner.imageUrl = image;
    banner.width = width;
    banner.height = height;
    const Result<qint64> id = m_affiliates->addBanner(banner);
    if (!error.isEmpty()) {
        QVERIFY(!id);
        QVERIFY2(id.error().contains(error), qPrintable(id.error()));
        QCOMPARE(count(m_store->database, u"banners"_s), 0);
        return;
    }
    QVERIFY2(id, qPrintable(id.error()));
    const std::optional<Banner> stored = m_affiliates->banner(*id);
    QVERIFY(stored);
    QCOMPARE(stored->programId, m_program);
    QCOMPARE(stored->affiliateId, qint64(0));
    QCOMPARE(stored->title, title.trimmed());
    QCOMPARE(stored->imageUrl, image);
    QCOMPARE(stored->width, width);
    QCOMPARE(stored->height, height);
}

void TestAffiliateStore::bannersOfAProgram()
{
    Banner stock{0, m_program, 0, u"Stock"_s, u"https://koongo.com/s.png"_s, 300, 250};
    Banner own{0, m_program, m_jane, u"Jane's own"_s, u"https://jane.example/own.png"_s, 728, 90};
    Banner japan{0, m_other, 0, u"Japan"_s, u"https://koongo.jp/j.png"_s, 300, 250};
    QVERIFY(m_affiliates->addBanner(stock));
    const Result<qint64> ownId = m_affiliates->addBanner(own);
    QVERIFY(ownId);
    QVERIFY(m_affiliates->addBanner(japan));
    // A partner's own banner is his alone: the program's list is its stock banners.
    const QList<Banner> banners = m_affiliates->banners(m_program);
    QCOMPARE(banners.size(), 1);
    QCOMPARE(banners.at(0).title, u"Stock"_s);
    QCOMPARE(m_affiliates->banner(*ownId)->affiliateId, m_jane);
    QVERIFY(!m_affiliates->banner(*ownId + 1000));

    Banner orphan = stock;
    orphan.programId = m_program + 1000;
    const Result<qint64> id = m_affiliates->addBanner(orphan);
    QVERIFY(!id);
    QVERIFY2(id.error().contains(u"no longer exists"_s), qPrintable(id.error()));
}

QTEST_GUILESS_MAIN(TestAffiliateStore)
#include "tst_affiliatestore.moc"
