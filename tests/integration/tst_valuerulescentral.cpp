// Both databases accept exactly the same values (DESIGN.md), proved against a real PostgreSQL set up
// by CentralSchema: for every central column ValueRules::columns() names, the last value the desktop
// accepts and the first it refuses (each length edge in ASCII and in characters beyond the BMP, NUL,
// U+001F, U+007F, tab/LF/CR in single- and multi-line fields, blank names, the first and last second,
// the money ceilings, currency letters, banner sides, embedded images) are inserted as the manager
// into that column of an otherwise valid row, in a transaction rolled back: PostgreSQL accepts what
// the desktop accepts, and refuses with a CHECK violation what it refuses (NUL: PostgreSQL text
// cannot hold it at all). Then the cases end to end: a partner's login renaming himself,
// and the store integration writing a year-0 order.

#include "centraltestkit.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "core/websiterules.h"
#include "synctestkit.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

using Column = ValueRules::Column;
using Kind = ValueRules::Kind;

constexpr qint64 ceiling = 1'000'000'000'000;
const QString emoji = u"\U0001F600"_s;

// A valid row of each table with every NOT NULL column without a default; foreign keys are deferred
// and the transaction is rolled back, so they need not exist.
const QMap<QString, QMap<QString, QString>> baseRows = {
    {u"programs"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"name"_s, u"'Koongo'"_s},
      {u"currency"_s, u"'EUR'"_s},
      {u"link_rate_bp"_s, u"2000"_s},
      {u"coupon_rate_bp"_s, u"1000"_s},
      {u"coupon_discount_bp"_s, u"1000"_s},
      {u"threshold_minor"_s, u"5000"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"program_hosts"_s,
     {{u"id"_s, u"gen_random_uuid()"_s}, {u"program_id"_s, u"gen_random_uuid()"_s}, {u"host"_s, u"'koongo.com'"_s}}},
    {u"affiliates"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"code"_s, u"'BOB'"_s},
      {u"name"_s, u"'Bob'"_s},
      {u"email"_s, u"'bob@example.com'"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"memberships"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"joined_at"_s, u"now()"_s}}},
    {u"coupons"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"code"_s, u"'SAVE'"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"banners"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"title"_s, u"'Sale'"_s},
      {u"image_url"_s, u"'https://cdn.example.com/b.png'"_s},
      {u"width"_s, u"468"_s},
      {u"height"_s, u"60"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"domains"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"domain"_s, u"'bob.example'"_s},
      {u"token"_s, u"'t0ken'"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"domain_checks"_s, {{u"id"_s, u"gen_random_uuid()"_s}, {u"domain_id"_s, u"gen_random_uuid()"_s}}},
    {u"partner_rates"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"effective_from"_s, u"now()"_s},
      {u"link_rate_bp"_s, u"2500"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"program_tiers"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"min_orders"_s, u"10"_s},
      {u"link_rate_bp"_s, u"2500"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"rewrites"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"host"_s, u"'koongo.com'"_s},
      {u"path"_s, u"'/partner/bob'"_s},
      {u"target_url"_s, u"'https://koongo.com/?acc=BOB'"_s},
      {u"created_at"_s, u"now()"_s}}},
    {u"imports"_s,
     {{u"id"_s, u"gen_random_uuid()"_s}, {u"source"_s, u"'orders.csv'"_s}, {u"started_at"_s, u"now()"_s}}},
    {u"orders"_s,
     {{u"order_id"_s, u"'O-1'"_s},
      {u"placed_at"_s, u"now()"_s},
      {u"subtotal_minor"_s, u"10000"_s},
      {u"currency"_s, u"'EUR'"_s},
      {u"status"_s, u"'complete'"_s}}},
    {u"manual_assignments"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"order_id"_s, u"'O-1'"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"reason"_s, u"'deal'"_s},
      {u"assigned_by"_s, u"'manager'"_s},
      {u"assigned_at"_s, u"now()"_s}}},
    {u"payouts"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"created_at"_s, u"now()"_s},
      {u"created_by"_s, u"'manager'"_s},
      {u"format"_s, u"'csv'"_s}}},
    {u"payout_lines"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"payout_id"_s, u"gen_random_uuid()"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"currency"_s, u"'EUR'"_s},
      {u"amount_minor"_s, u"5000"_s},
      {u"transactions"_s, u"1"_s}}},
    {u"transactions"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"order_id"_s, u"'O-1'"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"program_id"_s, u"gen_random_uuid()"_s},
      {u"kind"_s, u"'link'"_s},
      {u"base_minor"_s, u"10000"_s},
      {u"rate_bp"_s, u"2000"_s},
      {u"commission_minor"_s, u"2000"_s},
      {u"currency"_s, u"'EUR'"_s},
      {u"status"_s, u"'pending'"_s},
      {u"placed_at"_s, u"now()"_s},
      {u"created_at"_s, u"now()"_s},
      {u"updated_at"_s, u"now()"_s}}},
    {u"audit_log"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"at"_s, u"now()"_s},
      {u"actor"_s, u"'manager'"_s},
      {u"action"_s, u"'test'"_s},
      {u"entity"_s, u"'order'"_s},
      {u"entity_id"_s, u"'O-1'"_s}}},
    {u"visits"_s, {{u"id"_s, u"gen_random_uuid()"_s}, {u"visited_at"_s, u"now()"_s}, {u"rule"_s, u"'link'"_s}}},
    // A vanity request with every kind's fields filled, so that no kind's "required" rule is about
    // the column under test (insert() makes it a claim when a vanity field is).
    {u"requests"_s,
     {{u"id"_s, u"gen_random_uuid()"_s},
      {u"kind"_s, u"'vanity'"_s},
      {u"affiliate_id"_s, u"gen_random_uuid()"_s},
      {u"applicant_name"_s, u"'Jo'"_s},
      {u"applicant_email"_s, u"'jo@example.org'"_s},
      {u"order_id"_s, u"'O-1'"_s},
      {u"message"_s, u"'why'"_s},
      {u"host"_s, u"'koongo.com'"_s},
      {u"path"_s, u"'/jo'"_s},
      {u"target_url"_s, u"'https://koongo.com/'"_s},
      {u"filed_at"_s, u"now()"_s}}},
};

// What a column must start with to pass the rules of 0001 that are not value rules.
QString prefixOf(const Column &column)
{
    return QLatin1StringView(column.table) == "rewrites"_L1 && QLatin1StringView(column.column) == "path"_L1
               ? u"/"_s
               : QString();
}

QString filled(const QString &prefix, const QString &piece, int characters)
{
    QString s = prefix;
    for (int i = ValueRules::characters(prefix); i < characters; ++i)
        s += piece;
    return s;
}

struct Case
{
    QString label;
    QVariant value;
    bool accepted = false;
};

QList<Case> textCases(const Column &column)
{
    const TextRule rule = column.text;
    const QString prefix = prefixOf(column);
    const bool multi = rule.lines == TextLines::Multi;
    QList<Case> cases = {
        {u"%1 characters"_s.arg(rule.maxLength), filled(prefix, u"a"_s, rule.maxLength), true},
        {u"%1 characters"_s.arg(rule.maxLength + 1), filled(prefix, u"a"_s, rule.maxLength + 1), false},
        {u"%1 emoji"_s.arg(rule.maxLength), filled(prefix, emoji, rule.maxLength), true},
        {u"%1 emoji"_s.arg(rule.maxLength + 1), filled(prefix, emoji, rule.maxLength + 1), false},
        {u"NUL"_s, QString(prefix + u"a\0b"_s), false},
        {u"U+001F"_s, QString(prefix + u"a\x1f"_s), false},
        {u"U+007F"_s, QString(prefix + u"a\x7f"_s), false},
        {u"U+000B"_s, QString(prefix + u"a\vb"_s), false},
        {u"tab"_s, QString(prefix + u"a\tb"_s), multi},
        {u"LF"_s, QString(prefix + u"a\nb"_s), multi},
        {u"CR"_s, QString(prefix + u"a\rb"_s), multi},
        {u"U+0080 and U+0085"_s, QString(prefix + u"a\u0080\u0085"_s), true},
    };
    if (rule.minLength > 0) {
        cases.append({u"empty"_s, QString(u""_s), false});
        cases.append({u"one character"_s, filled(prefix, u"x"_s, 1), true});
    } else {
        cases.append({u"empty"_s, QString(u""_s), true});
    }
    if (prefix.isEmpty()) {
        cases.append({u"spaces only"_s, QString(u"\u00a0\u3000\u2028 \u0085"_s), !rule.notBlank});
        cases.append({u"a letter among spaces"_s, QString(u"\u00a0x\u3000"_s), true});
        cases.append({u"a zero-width space"_s, QString(u"\u200b"_s), true});
    }
    return cases;
}

QList<Case> casesOf(const Column &column)
{
    auto numbers = [](std::initializer_list<std::pair<qint64, bool>> values) {
        QList<Case> cases;
        for (const auto &[value, accepted] : values)
            cases.append({QString::number(value), QVariant(value), accepted});
        return cases;
    };
    switch (column.kind) {
    case Kind::Text:
        return textCases(column);
    case Kind::Timestamp:
        return numbers({{ValueRules::minTimestamp, true},
                        {ValueRules::minTimestamp - 1, false},
                        {ValueRules::maxTimestamp, true},
                        {ValueRules::maxTimestamp + 1, false},
                        {*Timestamp::parse(u"0000-01-01T00:00:00Z"_s), false}});
    case Kind::Subtotal:
        return numbers({{0, true}, {-1, false}, {ceiling, true}, {ceiling + 1, false}});
    case Kind::Amount:
        return numbers({{ceiling, true}, {ceiling + 1, false}, {-ceiling, true}, {-ceiling - 1, false}});
    case Kind::NonNegativeAmount:
        return numbers({{0, true}, {-1, false}, {ceiling, true}, {ceiling + 1, false}});
    case Kind::BannerSide:
        return numbers({{1, true}, {0, false}, {10000, true}, {10001, false}});
    case Kind::Currency:
        return {{u"EUR"_s, u"EUR"_s, true},    {u"eur"_s, u"eur"_s, false}, {u"EU"_s, u"EU"_s, false},
                {u"EURO"_s, u"EURO"_s, false}, {u"EU1"_s, u"EU1"_s, false}, {u"EUŘ"_s, u"EUŘ"_s, false}};
    case Kind::ImageUrl: {
        const QString https = u"https://cdn.example.com/"_s;
        const QString data = u"data:image/png;base64,"_s;
        return {{u"URL of 2048"_s, filled(https, u"a"_s, 2048), true},
                {u"URL of 2049"_s, filled(https, u"a"_s, 2049), false},
                {u"embedded image of 350000"_s, filled(data, u"A"_s, 350000), true},
                {u"embedded image of 350001"_s, filled(data, u"A"_s, 350001), false},
                {u"DATA: in capitals of 350000"_s, filled(u"DATA:image/png;base64,"_s, u"A"_s, 350000), true},
                {u"URL with LF"_s, QString(https + u"a\nb"_s), false}};
    }
    }
    return {};
}

// The desktop's verdict: ValueRules::check, which calls the validator the stores and importers call
// for this kind of column.
bool locallyAccepted(const Column &column, const QVariant &value)
{
    return ValueRules::check(column, value).isEmpty();
}

bool isTextual(Kind kind)
{
    return kind == Kind::Text || kind == Kind::Currency || kind == Kind::ImageUrl;
}

} // namespace

Q_DECLARE_METATYPE(ValueRules::Column)

class TestValueRulesCentral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyRuledColumnExists();
    void bothSidesDrawTheSameLine_data();
    void bothSidesDrawTheSameLine();
    void partnerCannotRenameHimselfIntoControlCharacters();
    void storeIntegrationCannotWriteYearZero();
    void oldBadRowsStillMigrate();

private:
    struct Insert
    {
        bool ok = false;
        QString state; // SQLSTATE when refused
        QString error;
    };
    Insert insert(const Column &column, const QVariant &value);

    PgTestKit::Server m_server;
    QString m_managerUrl;
    std::unique_ptr<CentralConnection> m_manager;
};

void TestValueRulesCentral::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_managerUrl = SyncTestKit::newCentral(m_server, u"rules"_s, u"mgr-pw"_s);
    QVERIFY(!m_managerUrl.isEmpty());
    m_manager = std::make_unique<CentralConnection>();
    const Status opened = m_manager->open(m_managerUrl, u"mgr-pw"_s);
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestValueRulesCentral::cleanupTestCase()
{
    m_manager.reset();
    m_server.stop();
}

// Every column the rules name exists centrally with a constraint of migration 0004 on it.
void TestValueRulesCentral::everyRuledColumnExists()
{
    QSqlQuery query(m_manager->database());
    for (const Column &column : ValueRules::columns()) {
        const QString name = u"%1_%2_fits"_s.arg(QLatin1StringView(column.table), QLatin1StringView(column.column));
        query.prepare(u"SELECT count(*) FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
                      "AND a.attnum = ANY (c.conkey) WHERE c.conrelid = to_regclass('partnerdesk.' || ?) "
                      "AND c.conname = ? AND a.attname = ? AND c.contype = 'c'"_s);
        query.addBindValue(QString::fromLatin1(column.table));
        query.addBindValue(name);
        query.addBindValue(QString::fromLatin1(column.column));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QVERIFY2(query.value(0).toInt() == 1, qPrintable(name + u" is missing"_s));
        QVERIFY2(baseRows.contains(QString::fromLatin1(column.table)), column.table);
    }
    // ... and no constraint of 0004 that the rules do not name (a rule only one side knows).
    QVERIFY(query.exec(u"SELECT count(*) FROM pg_constraint WHERE connamespace = 'partnerdesk'::regnamespace "
                       "AND conname LIKE '%\\_fits'"_s) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), ValueRules::columns().size());
}

TestValueRulesCentral::Insert TestValueRulesCentral::insert(const Column &column, const QVariant &value)
{
    const QString table = QString::fromLatin1(column.table);
    QMap<QString, QString> row = baseRows.value(table);
    // Text goes as UTF-8 bytes, so a NUL reaches PostgreSQL instead of ending a C string in libpq
    // (an empty text is an empty hex string, which QPSQL binds as NULL).
    row.insert(QString::fromLatin1(column.column),
               isTextual(column.kind)           ? u"convert_from(decode(coalesce(?, ''), 'hex'), 'UTF8')"_s
               : column.kind == Kind::Timestamp ? u"to_timestamp(CAST(? AS double precision))"_s
                                                : u"CAST(? AS bigint)"_s);
    // A payout e-mail request and its time go together (0006's affiliates_email_request_complete):
    // the one not under test follows the one that is (the same bound value, once more).
    int marks = 1;
    if (table == u"affiliates" && qstrcmp(column.column, "requested_email") == 0 && ++marks)
        row.insert(u"email_requested_at"_s, u"CASE WHEN coalesce(?, '') = '' THEN NULL ELSE now() END"_s);
    else if (table == u"affiliates" && qstrcmp(column.column, "email_requested_at") == 0)
        row.insert(u"requested_email"_s, u"'request@example.com'"_s);
    // A request's decision has its time and its time a decision (requests_decided); a vanity
    // request needs host, path and target, so those are tried on a claim.
    if (table == u"requests" && qstrcmp(column.column, "decided_at") == 0)
        row.insert(u"state"_s, u"'approved'"_s);
    if (table == u"requests" && (qstrcmp(column.column, "host") == 0 || qstrcmp(column.column, "path") == 0 ||
                                 qstrcmp(column.column, "target_url") == 0))
        row.insert(u"kind"_s, u"'claim'"_s);
    const QString sql = u"INSERT INTO partnerdesk.%1 (%2) VALUES (%3)"_s.arg(table, row.keys().join(u", "_s),
                                                                             row.values().join(u", "_s));
    QSqlDatabase &db = m_manager->database();
    Insert result;
    if (!db.transaction()) {
        result.error = db.lastError().text();
        return result;
    }
    QSqlQuery query(db);
    query.prepare(sql);
    for (; marks > 0; --marks)
        query.addBindValue(isTextual(column.kind) ? QVariant(QString::fromLatin1(value.toString().toUtf8().toHex()))
                                                  : QVariant(QString::number(value.toLongLong())));
    result.ok = query.exec();
    result.state = query.lastError().nativeErrorCode();
    result.error = query.lastError().text();
    db.rollback(); // before the statement is freed, which an aborted transaction would refuse
    return result;
}

void TestValueRulesCentral::bothSidesDrawTheSameLine_data()
{
    QTest::addColumn<Column>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    for (const Column &column : ValueRules::columns()) {
        for (const Case &c : casesOf(column))
            QTest::addRow("%s.%s: %s", column.table, column.column, qPrintable(c.label))
                << column << c.value << c.accepted;
    }
}

void TestValueRulesCentral::bothSidesDrawTheSameLine()
{
    QFETCH(Column, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QCOMPARE(locallyAccepted(column, value), accepted);
    const Insert central = insert(column, value);
    if (qstrcmp(column.table, "domains") == 0 && qstrcmp(column.column, "domain") == 0 && !central.ok &&
        central.state == u"23514"_s && !central.error.contains(u"domains_domain_fits"_s)) {
        // A website's name answers to the registration rules first (central 0005's trigger), and
        // the desktop holds the same ones before it writes (WebsiteRules): both sides refuse it.
        QVERIFY2(!WebsiteRules::refusal(value.toString(), {}).isEmpty(), qPrintable(value.toString().left(80)));
        return;
    }
    if (accepted) {
        QVERIFY2(central.ok, qPrintable(central.error));
        return;
    }
    QVERIFY2(!central.ok, "PostgreSQL accepted a value the desktop refuses");
    // A CHECK of this very column (0004's, or one of 0001's where both apply, e.g. an empty name),
    // not some other failure of the row.
    const bool nul = value.typeId() == QMetaType::QString && value.toString().contains(QChar(0));
    QVERIFY2(central.state == (nul ? u"22021"_s : u"23514"_s), qPrintable(central.state + u' ' + central.error));
    if (!nul) {
        const QString constraint = u"\"%1_%2_"_s.arg(QLatin1StringView(column.table), QLatin1StringView(column.column));
        QVERIFY2(central.error.contains(constraint), qPrintable(central.error));
    }
}

// The issue: a partner could write any text into his name through his central login.
void TestValueRulesCentral::partnerCannotRenameHimselfIntoControlCharacters()
{
    QVERIFY(m_server.psql(u"INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at) VALUES "
                          "('aaaaaaaa-0000-4000-8000-000000000001', 'ANN', 'Ann', 'ann@example.com', now())"_s,
                          u"postgres"_s, CentralTestKit::superPassword(), u"rules"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"rules"_s), CentralTestKit::superPassword()));
    const Result<CentralGrantReport> granted = CentralSchema(admin).grantPartner(u"ANN"_s, u"ann"_s, u"ann-pw"_s);
    QVERIFY2(granted, qPrintable(granted.error()));
    CentralConnection ann;
    QVERIFY(ann.open(m_server.url(u"ann"_s, u"rules"_s), u"ann-pw"_s));
    QSqlQuery query(ann.database());
    for (const QString &bad : {u"Ann\x1b[2J"_s, u"Ann\nLee"_s, QString(201, u'n'), u"\u00a0\u3000"_s}) {
        query.prepare(u"UPDATE partnerdesk.affiliates SET name = ?"_s);
        query.addBindValue(bad);
        QVERIFY2(!query.exec(), qPrintable(bad));
        QCOMPARE(query.lastError().nativeErrorCode(), u"23514"_s);
        QVERIFY(!ValueRules::checkText(u"name"_s, bad, ValueRules::name).isEmpty());
    }
    // The longest name and payout e-mail request the rules allow (the e-mail itself is a manager's).
    query.prepare(u"UPDATE partnerdesk.affiliates SET name = ?, requested_email = ?, email_requested_at = now()"_s);
    query.addBindValue(QString(200, u'n'));
    query.addBindValue(QString(QString(242, u'e') + u"@example.com"_s));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
}

// The issue: the store's own writes (role partnerdesk_store) are held to the same rules.
void TestValueRulesCentral::storeIntegrationCannotWriteYearZero()
{
    QVERIFY(m_server.psql(u"CREATE ROLE shop LOGIN PASSWORD 'shop-pw'; GRANT partnerdesk_store TO shop"_s,
                          u"postgres"_s, CentralTestKit::superPassword(), u"rules"_s));
    QString errors;
    auto write = [&](const QString &values) {
        return m_server.psql(u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, "
                             "customer_email) VALUES "_s +
                                 values,
                             u"shop"_s, u"shop-pw"_s, u"rules"_s, nullptr, &errors);
    };
    QVERIFY(!write(u"('Y0', '0001-01-01 00:00:00+00', 100, 'EUR', 'complete', '')"_s));
    QVERIFY2(errors.contains(u"orders_placed_at_fits"_s), qPrintable(errors));
    QVERIFY(!write(u"('BIG', now(), 9000000000000000000, 'EUR', 'complete', '')"_s));
    QVERIFY2(errors.contains(u"orders_subtotal_minor_fits"_s), qPrintable(errors));
    QVERIFY(!write(u"(repeat('7', 3000), now(), 100, 'EUR', 'complete', '')"_s));
    QVERIFY2(errors.contains(u"orders_order_id_fits"_s), qPrintable(errors));
    QVERIFY(!write(u"('CTL', now(), 100, 'EUR', 'complete', 'ann@' || chr(1) || 'example.com')"_s));
    QVERIFY2(errors.contains(u"orders_customer_email_fits"_s), qPrintable(errors));
    QVERIFY2(write(u"('OK', '9999-12-31 23:59:59+00', 1000000000000, 'EUR', 'complete', '')"_s), qPrintable(errors));
}

// NOT VALID: a central database holding a row that breaks a rule still migrates, keeps the row, and
// holds every new row (and every new version of the old one) to the rules.
void TestValueRulesCentral::oldBadRowsStillMigrate()
{
    QVERIFY(m_server.createDatabase(u"old"_s));
    const QString super = CentralTestKit::superPassword();
    // Set up as before 0004 (every other migration applied), then a row that breaks the rules.
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"old"_s), super));
    const QMap<int, QString> all = CentralSchema::migrations();
    QVERIFY(all.contains(4));
    const Result<CentralSetupReport> full = CentralSchema(admin).setup();
    QVERIFY2(full, qPrintable(full.error()));
    // Undo 0004 by hand: drop its constraints and functions, forget it was applied.
    QString drop;
    for (const Column &column : ValueRules::columns())
        drop += u"ALTER TABLE partnerdesk.%1 DROP CONSTRAINT %1_%2_fits;\n"_s.arg(QLatin1StringView(column.table),
                                                                                  QLatin1StringView(column.column));
    drop += u"DROP FUNCTION partnerdesk.image_url_fits(text); DROP FUNCTION partnerdesk.text_fits(text, integer, "
            "integer, boolean, boolean); DROP FUNCTION partnerdesk.time_fits(timestamptz); "
            "DELETE FROM partnerdesk.schema_migrations WHERE version = 4;"_s;
    QVERIFY(m_server.psql(drop, u"postgres"_s, super, u"old"_s));
    QVERIFY(m_server.psql(u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status) "
                          "VALUES ('OLD', '0001-01-01 00:00:00+00', 9000000000000000000, 'EUR', 'complete')"_s,
                          u"postgres"_s, super, u"old"_s));
    const Result<CentralSetupReport> again = CentralSchema(admin).setup();
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->applied.contains(4));
    QString out;
    QVERIFY(m_server.psql(u"SELECT count(*) FROM partnerdesk.orders WHERE order_id = 'OLD'"_s, u"postgres"_s, super,
                          u"old"_s, &out));
    QCOMPARE(out, u"1"_s);
    QString errors;
    QVERIFY(!m_server.psql(u"UPDATE partnerdesk.orders SET status = 'canceled' WHERE order_id = 'OLD'"_s, u"postgres"_s,
                           super, u"old"_s, nullptr, &errors));
    QVERIFY2(errors.contains(u"_fits"_s), qPrintable(errors));
    QVERIFY(m_server.psql(u"UPDATE partnerdesk.orders SET status = 'canceled', placed_at = '2020-01-01 00:00:00+00', "
                          "subtotal_minor = 100 WHERE order_id = 'OLD'"_s,
                          u"postgres"_s, super, u"old"_s));
}

QTEST_GUILESS_MAIN(TestValueRulesCentral)
#include "tst_valuerulescentral.moc"
