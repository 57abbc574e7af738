// The stores hold what users type to ValueRules, the rules the central database holds it to: names,
// titles, codes, URLs, hosts, reasons and amounts on the last accepted value and the first refused
// one, each refusal a reason naming the field and nothing written; outside text a check quotes is
// made to fit; sums that could outgrow 64 bits refuse clearly.

#include "core/rate.h"
#include "core/valuerules.h"
#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/assignmentstore.h"
#include "store/auditlog.h"
#include "store/bannerstore.h"
#include "store/domainstore.h"
#include "store/ledgerstore.h"
#include "store/payoutstore.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"

#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

// A valid host name of exactly `length` characters, ending in ".com".
QString hostOfLength(int length)
{
    QString host = u"com"_s;
    while (host.size() < length) {
        const int label = std::min<int>(63, length - host.size() - 1);
        host.prepend(QString(label, u'a') + u'.');
    }
    return host;
}

const QString emoji = u"\U0001F600"_s;

QString repeated(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

struct Context
{
    Database &database;
    qint64 program = 0;
    qint64 bob = 0;
};

// A write through a store; "" when it was accepted, else its error.
using Write = std::function<QString(Context &)>;

QString errorOf(const Status &status)
{
    return status ? QString() : status.error();
}

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result ? QString() : result.error();
}

Program programNamed(const QString &name)
{
    Program program;
    program.name = name;
    program.storeHosts = {u"shop.example.com"_s};
    return program;
}

Banner bannerOf(const Context &c, const QString &title, const QString &image, int width = 468, int height = 60)
{
    Banner banner;
    banner.programId = c.program;
    banner.title = title;
    banner.imageUrl = image;
    banner.width = width;
    banner.height = height;
    return banner;
}

} // namespace

Q_DECLARE_METATYPE(Write)

class TestStoreValueRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writes_data();
    void writes();
    void findingIsMadeToFit();
    void auditLogEscapesAndDescribes();
    void payoutLineOverTheCeilingIsRefused();
    void reportSumsBeyond64BitsRefuse();

private:
    QList<qint64> counts();

    std::unique_ptr<StoreFixture> m_store;
    qint64 m_program = 0;
    qint64 m_bob = 0;
};

void TestStoreValueRules::initTestCase()
{
    pinNow();
}

// Program "Koongo" (koongo.com, link 20 %), partner BOB in it with his website bob.example (not
// verified), order O1 (100.00 EUR, no partner).
void TestStoreValueRules::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    Program program = programNamed(u"Koongo"_s);
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> id = ProgramStore(m_store->database).add(program);
    QVERIFY2(id, qPrintable(id.error()));
    m_program = *id;
    const Result<Affiliate> bob = AffiliateStore(m_store->database).add(u"Bob"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY2(bob, qPrintable(bob.error()));
    m_bob = bob->id;
    QVERIFY(ProgramStore(m_store->database).join(m_bob, m_program));
    QVERIFY(AffiliateStore(m_store->database).addDomain(m_bob, u"bob.example"_s));
    const QString csv = u"%1\nO1,%2,100.00,EUR,complete,,,,,\n"_s.arg(ordersHeader, daysAgo(60));
    QVERIFY(writeFile(m_store->path(u"o.csv"_s), csv.toUtf8()));
    const ImportSummary summary = OrderImporter(m_store->database).importFile(m_store->path(u"o.csv"_s));
    QCOMPARE(summary.imported, 1);
}

void TestStoreValueRules::cleanup()
{
    m_store.reset();
}

QList<qint64> TestStoreValueRules::counts()
{
    QList<qint64> result = ledgerCounts(m_store->database);
    for (const char *table : {"programs", "program_hosts", "affiliates", "coupons", "banners", "domains", "rewrites"})
        result.append(count(m_store->database, QString::fromLatin1(table)));
    return result;
}

void TestStoreValueRules::writes_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("error"); // a part of the refusal; empty: accepted

    auto addProgram = [](QString name, QString description = {}, qint64 threshold = 5000) {
        return Write([=](Context &c) {
            Program program = programNamed(name);
            program.description = description;
            program.thresholdMinor = threshold;
            return errorOf(ProgramStore(c.database).add(program));
        });
    };
    QTest::addRow("program name of 200") << addProgram(QString(200, u'p')) << QString();
    QTest::addRow("program name of 200 emoji") << addProgram(repeated(emoji, 200)) << QString();
    QTest::addRow("program name of 201") << addProgram(QString(201, u'p'))
                                         << u"The program's name is 201 characters long; at most 200."_s;
    QTest::addRow("program name with a tab")
        << addProgram(u"Koongo\tPlus"_s)
        << u"The program's name contains a control character (U+0009) at position 7."_s;
    // The stores trim what is typed, so a name of spaces (any of ValueRules' spaces) is no name.
    QTest::addRow("program name of no-break spaces")
        << addProgram(u"\u00a0\u2003\u3000"_s) << u"The program needs a name."_s;
    QTest::addRow("description of lines") << addProgram(u"P"_s, u"first line\r\n\tsecond line"_s) << QString();
    QTest::addRow("description with U+0001")
        << addProgram(u"P"_s, u"ab\x01"_s) << u"The description contains a control character (U+0001) at position 3."_s;
    QTest::addRow("description of 4001") << addProgram(u"P"_s, QString(4001, u'd')) << u"The description is 4"_s;
    QTest::addRow("threshold 10^12") << addProgram(u"P"_s, {}, 1'000'000'000'000) << QString();
    QTest::addRow("threshold 10^12 + 1")
        << addProgram(u"P"_s, {}, 1'000'000'000'001)
        << u"The payout threshold 10000000000.01 is more than 10000000000.00, the largest amount accepted."_s;

    auto addPartner = [](QString name, QString email, QString code) {
        return Write([=](Context &c) { return errorOf(AffiliateStore(c.database).add(name, email, code)); });
    };
    QTest::addRow("partner name of 200") << addPartner(QString(200, u'n'), u"n@example.com"_s, {}) << QString();
    QTest::addRow("partner name of 201") << addPartner(QString(201, u'n'), u"n@example.com"_s, {})
                                         << u"The partner's name is 201 characters long; at most 200."_s;
    QTest::addRow("partner name with NUL")
        << addPartner(u"Ann\0Lee"_s, u"n@example.com"_s, {})
        << u"The partner's name contains a control character (U+0000) at position 4."_s;
    QTest::addRow("e-mail of 254") << addPartner(u"N"_s, QString(242, u'e') + u"@example.com"_s, {}) << QString();
    QTest::addRow("e-mail of 255") << addPartner(u"N"_s, QString(243, u'e') + u"@example.com"_s, {})
                                   << u"The e-mail address is 255 characters long; at most 254."_s;
    QTest::addRow("code of 64 emoji") << addPartner(u"N"_s, u"n@example.com"_s, repeated(emoji, 64)) << QString();
    QTest::addRow("code of 65") << addPartner(u"N"_s, u"n@example.com"_s, QString(65, u'c'))
                                << u"The affiliate code is 65 characters long; at most 64."_s;
    QTest::addRow("code with U+007F") << addPartner(u"N"_s, u"n@example.com"_s, u"AB\x7f"_s)
                                      << u"The affiliate code contains a control character (U+007F) at position 3."_s;

    auto coupon = [](QString code) {
        return Write(
            [=](Context &c) { return errorOf(AffiliateStore(c.database).createCoupon(c.bob, c.program, code)); });
    };
    QTest::addRow("coupon of 64") << coupon(QString(64, u'K')) << QString();
    QTest::addRow("coupon of 65") << coupon(QString(65, u'K'))
                                  << u"The coupon code is 65 characters long; at most 64."_s;

    auto stockBanner = [](QString title, QString image, int side = 468) {
        return Write([=](Context &c) {
            return errorOf(AffiliateStore(c.database).addBanner(bannerOf(c, title, image, side, 60)));
        });
    };
    const QString image = u"https://cdn.example.com/"_s;
    QTest::addRow("banner title of 200") << stockBanner(QString(200, u't'), image + u"b.png"_s) << QString();
    QTest::addRow("banner title of 201") << stockBanner(QString(201, u't'), image + u"b.png"_s)
                                         << u"The banner's title is 201 characters long; at most 200."_s;
    QTest::addRow("banner title with LF") << stockBanner(u"Spring\nsale"_s, image + u"b.png"_s)
                                          << u"The banner's title contains a control character (U+000A)"_s;
    QTest::addRow("banner of 10000 pixels") << stockBanner(u"Wide"_s, image + u"b.png"_s, 10000) << QString();
    QTest::addRow("banner of 10001 pixels")
        << stockBanner(u"Wide"_s, image + u"b.png"_s, 10001) << u"Width and height must be between 1 and 10"_s;
    QTest::addRow("image URL of 2048") << stockBanner(u"T"_s, image + QString(2048 - image.size(), u'i')) << QString();
    QTest::addRow("image URL of 2049") << stockBanner(u"T"_s, image + QString(2049 - image.size(), u'i'))
                                       << u"The image URL is 2"_s;

    auto ownBanner = [](QString title, int side = 120) {
        return Write([=](Context &c) {
            Banner banner = bannerOf(c, title, u"https://bob.example/b.png"_s, side, side);
            banner.affiliateId = c.bob;
            return errorOf(BannerStore(c.database).addOwn(banner));
        });
    };
    QTest::addRow("own banner title with U+001F")
        << ownBanner(u"Mine\x1f"_s) << u"The banner's title contains a control character (U+001F)"_s;
    QTest::addRow("own banner of blank title")
        << ownBanner(u"\u3000\u205f"_s) << u"The banner needs a title."_s; // trimmed to nothing first
    QTest::addRow("own banner of 10000 pixels") << ownBanner(u"Big"_s, 10000) << QString();

    auto domain = [](QString name) {
        return Write([=](Context &c) { return errorOf(AffiliateStore(c.database).addDomain(c.bob, name)); });
    };
    QTest::addRow("domain of 253 with its *.") << domain(u"*."_s + hostOfLength(251)) << QString();
    QTest::addRow("domain of 254 with its *.")
        << domain(u"*."_s + hostOfLength(252)) << u"The domain is 254 characters long; at most 253."_s;

    auto approve = [](QString reason) {
        return Write([=](Context &c) {
            return errorOf(AffiliateStore(c.database).approveDomain(c.bob, u"bob.example"_s, reason));
        });
    };
    QTest::addRow("approval reason over lines") << approve(u"Checked by phone.\nTicket 42."_s) << QString();
    QTest::addRow("approval reason with ESC")
        << approve(u"ok\x1b[1m"_s) << u"The reason contains a control character (U+001B) at position 3."_s;
    QTest::addRow("approval reason of 4001") << approve(QString(4001, u'r')) << u"The reason is 4"_s;

    auto rewrite = [](QString target) {
        return Write([=](Context &c) {
            return errorOf(AffiliateStore(c.database).addRewrite(c.bob, u"koongo.com"_s, u"/partner/bob"_s, target));
        });
    };
    QTest::addRow("rewrite target") << rewrite(u"https://koongo.com/pricing"_s) << QString();
    // 700 characters typed, each percent-encoded into six: the tracked URL stored is far over 2048.
    QTest::addRow("rewrite target encoded past 2048") << rewrite(u"https://koongo.com/"_s + repeated(u"é"_s, 700))
                                                      << u"The target must be a store URL: The tracked URL would be "_s;

    auto assign = [](QString reason, std::optional<qint64> amount = std::nullopt) {
        return Write([=](Context &c) {
            return errorOf(AssignmentStore(c.database).assign({{u"O1"_s}, c.bob, reason, amount}));
        });
    };
    QTest::addRow("assignment reason of 4000 over lines") << assign(QString(3998, u'r') + u"\r\n"_s) << QString();
    QTest::addRow("assignment reason of 4001") << assign(QString(4001, u'r')) << u"The reason is 4"_s;
    QTest::addRow("assignment reason with U+000B")
        << assign(u"a\vb"_s) << u"The reason contains a control character (U+000B) at position 2."_s;
    QTest::addRow("manual amount 10^12") << assign(u"deal"_s, 1'000'000'000'000) << QString();
    QTest::addRow("manual amount 10^12 + 1")
        << assign(u"deal"_s, 1'000'000'000'001)
        << u"The manual amount 10000000000.01 is more than 10000000000.00, the largest amount accepted."_s;
}

void TestStoreValueRules::writes()
{
    QFETCH(Write, write);
    QFETCH(QString, error);
    Context context{m_store->database, m_program, m_bob};
    const QList<qint64> before = counts();
    const QString result = write(context);
    if (error.isEmpty()) {
        QVERIFY2(result.isEmpty(), qPrintable(result));
        QVERIFY(counts() != before);
        return;
    }
    QVERIFY2(result.contains(error), qPrintable(result));
    QCOMPARE(counts(), before);
}

void TestStoreValueRules::findingIsMadeToFit()
{
    // A web server's answer quoted with its escape sequences, and far too long.
    const QString finding = u"meta tag: \x1b[31mred\x1b[0m\n"_s + QString(5000, u'x');
    const Result<DomainCheckOutcome> recorded =
        DomainStore(m_store->database).recordCheck(m_bob, u"bob.example"_s, {}, finding, now());
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QSqlQuery query(m_store->database.connection());
    QVERIFY(query.exec(u"SELECT last_finding FROM domain_checks"_s) && query.next());
    const QString stored = query.value(0).toString();
    QCOMPARE(stored.size(), 4000);
    QVERIFY(stored.startsWith(u"meta tag: \uFFFD[31mred\uFFFD[0m\nxxx"_s));
    QVERIFY(stored.endsWith(u"x…"_s));
    QCOMPARE(ValueRules::checkText(u"last_finding"_s, stored, ValueRules::finding), QString());
    QVERIFY(query.exec(u"SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"_s) && query.next());
    QCOMPARE(query.value(0).toString(), stored);
}

void TestStoreValueRules::auditLogEscapesAndDescribes()
{
    QSqlDatabase &db = m_store->database.connection();
    const QString embedded = u"data:image/png;base64,"_s + QString(100'000, u'A');
    QVERIFY(AuditLog(db).append(u"test.values"_s, u"banner"_s, u"1"_s, {{u"image_url"_s, embedded}},
                                {{u"title"_s, u"del\x7f"_s}}));
    const AuditEntry entry = AuditLog(db).entries(u"banner"_s, u"1"_s).first();
    QVERIFY2(entry.before.size() < 200, qPrintable(entry.before.left(300)));
    QVERIFY2(!entry.before.contains(u"AAAA"_s), "an embedded image is described, not copied");
    QCOMPARE(entry.after, u"{\"title\":\"del\\u007f\"}"_s);
    QCOMPARE(ValueRules::checkText(u"after_json"_s, entry.after, ValueRules::auditJson), QString());

    const qint64 rows = count(m_store->database, u"audit_log"_s);
    QJsonObject huge{{u"text"_s, QString(70'000, u'h')}};
    const Status refused = AuditLog(db).append(u"test.values"_s, u"x"_s, u"1"_s, {}, huge);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"after_json is 70"_s), qPrintable(refused.error()));
    const Status badReason = AuditLog(db).append(u"test.values"_s, u"x"_s, u"1"_s, {}, {}, u"why\0"_s);
    QVERIFY(!badReason);
    QVERIFY2(badReason.error().contains(u"reason contains a control character (U+0000) at position 4"_s),
             qPrintable(badReason.error()));
    QCOMPARE(count(m_store->database, u"audit_log"_s), rows);
}

// Two orders of 10^12 minor units at a link rate of 100 %: each commission is within the rules,
// the partner's payout line (their sum) is not.
void TestStoreValueRules::payoutLineOverTheCeilingIsRefused()
{
    Program program = programNamed(u"Everything"_s);
    program.linkRate = Rate::fromBasisPoints(10000);
    const Result<qint64> id = ProgramStore(m_store->database).add(program);
    QVERIFY2(id, qPrintable(id.error()));
    const Result<Affiliate> max = AffiliateStore(m_store->database).add(u"Max"_s, u"max@example.com"_s, u"MAX"_s);
    QVERIFY(max);
    QVERIFY(ProgramStore(m_store->database).join(max->id, *id));
    const QString csv =
        u"%1\nBIG1,%2,10000000000.00,EUR,complete,,MAX,,,\nBIG2,%2,10000000000.00,EUR,complete,,MAX,,,\n"_s.arg(
            ordersHeader, daysAgo(60));
    QVERIFY(writeFile(m_store->path(u"big.csv"_s), csv.toUtf8()));
    const ImportSummary summary = OrderImporter(m_store->database).importFile(m_store->path(u"big.csv"_s));
    QCOMPARE(summary.imported, 2);
    QCOMPARE(scalar(m_store->database, u"SELECT max(commission_minor) FROM transactions"_s), 1'000'000'000'000);

    PayoutStore payouts(m_store->database);
    const Result<PayoutPreview> preview = payouts.preview();
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->totals.size(), 1);
    QCOMPARE(preview->totals.first().amountMinor, 2'000'000'000'000);
    const QList<qint64> before = counts();
    const Result<PayoutBatch> batch = payouts.createBatch(u"csv"_s, m_store->path(u"batch.csv"_s));
    QVERIFY(!batch);
    QCOMPARE(batch.error(), u"The payout to partner MAX in EUR 20000000000.00 is beyond ±10000000000.00, the largest "
                            "amount accepted; no batch was created."_s);
    QCOMPARE(counts(), before);
    QVERIFY(!QFile::exists(m_store->path(u"batch.csv"_s)));
}

// Values beyond the rules can only come from an old central row (its constraint NOT VALID) or a
// hand-edited file: the report refuses them clearly instead of wrapping around.
void TestStoreValueRules::reportSumsBeyond64BitsRefuse()
{
    const Result<Affiliate> ann = AffiliateStore(m_store->database).add(u"Ann"_s, u"ann@example.com"_s, u"ANN"_s);
    QVERIFY(ann);
    QSqlQuery query(m_store->database.connection());
    for (const auto &[order, partner] : {std::pair{u"X1"_s, m_bob}, std::pair{u"X2"_s, ann->id}}) {
        query.prepare(u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
                      "commission_minor, currency, status, placed_at, created_at, updated_at) "
                      "VALUES (?, ?, ?, 'link', 0, 2000, 5000000000000000000, 'EUR', 'approved', ?, ?, ?)"_s);
        for (const QVariant &value : {QVariant(order), QVariant(partner), QVariant(m_program), QVariant(daysAgo(5)),
                                      QVariant(daysAgo(5)), QVariant(daysAgo(5))})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    ReportParameters parameters;
    parameters.from = now() - 30 * Timestamp::secondsPerDay;
    parameters.to = now();
    // One line per partner: each sum fits, the total does not.
    parameters.grouping.partner = true;
    Result<Report> report = ReportStore(m_store->database).run(parameters);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(u"beyond what 64-bit money holds"_s), qPrintable(report.error()));
    // One line for both: SQLite's own sum overflows.
    parameters.grouping.partner = false;
    report = ReportStore(m_store->database).run(parameters);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(u"beyond what 64-bit money holds"_s), qPrintable(report.error()));
}

QTEST_GUILESS_MAIN(TestStoreValueRules)
#include "tst_storevaluerules.moc"
