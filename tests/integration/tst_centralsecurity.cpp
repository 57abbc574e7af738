// Row-level security of the central database, as SYNC.md promises it: two partners' books are
// written by a superuser; then, logged in as partner A (through psql AND through QPSQL, the way
// the app connects), every read of B's rows in every table finds nothing, every change or delete
// of them changes nothing, every row written for B is refused; A cannot read B's login mapping,
// change his own or make himself a manager, and no session variable changes who he is. What A may
// change of his own works; status, rates and commission do not. The store's role touches orders
// only; a manager reads and writes every row and deletes none.

#include "centraltestkit.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

// Fixed ids: P active program, P3 another active one, PI inactive; A... partner A's rows, B... B's.
constexpr auto P = "10000000-0000-4000-8000-000000000001"_L1;
constexpr auto P3 = "10000000-0000-4000-8000-000000000003"_L1;
constexpr auto PI = "10000000-0000-4000-8000-000000000002"_L1;
constexpr auto STOCK = "10000000-0000-4000-8000-0000000000b1"_L1;

QString rowOf(QChar partner, int n)
{
    const QString prefix = partner == u'A' ? u"aaaaaaaa"_s : u"bbbbbbbb"_s;
    return u"%1-0000-4000-8000-%2"_s.arg(prefix).arg(n, 12, 10, QLatin1Char('0'));
}

// Both partners' books, identical in shape. Run as the superuser (no RLS).
QString booksFor(QChar p)
{
    const QString me = rowOf(p, 1);
    const QString code = u"CODE"_s + p;
    QString sql = uR"(
INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at) VALUES ('%1', '%2', 'Partner %2', '%2@example.net', now());
INSERT INTO partnerdesk.memberships (id, affiliate_id, program_id, is_primary, joined_at) VALUES ('%3', '%1', '%P', true, now());
INSERT INTO partnerdesk.coupons (id, code, affiliate_id, program_id, created_at) VALUES ('%4', 'SAVE%2', '%1', '%P', now());
INSERT INTO partnerdesk.banners (id, program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ('%5', '%P', '%1', 'own', 'https://img.example/%2.png', 468, 60, now());
INSERT INTO partnerdesk.domains (id, affiliate_id, domain, token, method, verified, created_at) VALUES ('%6', '%1', '%2.example', 'token%2', 'meta', true, now());
INSERT INTO partnerdesk.domain_checks (id, domain_id, failed_checks) VALUES ('%7', '%6', 1);
INSERT INTO partnerdesk.rewrites (id, affiliate_id, host, path, target_url, created_at) VALUES ('%8', '%1', 'koongo.com', '/partner/%2', 'https://koongo.com/?acc=%2', now());
INSERT INTO partnerdesk.payouts (id, created_at, created_by, format) VALUES ('%10', now(), 'manager', 'paypal');
INSERT INTO partnerdesk.payout_lines (id, payout_id, affiliate_id, currency, amount_minor, transactions) VALUES ('%11', '%10', '%1', 'EUR', 5000, 1);
INSERT INTO partnerdesk.imports (id, source, started_at) VALUES ('%16', 'orders-%2.csv', now());
INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, customer_email, import_id) VALUES ('ORD-%2', now(), 25000, 'EUR', 'complete', 'customer-%2@example.net', '%16');
INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, currency, status, payout_id, placed_at, created_at, updated_at) VALUES ('%9', 'ORD-%2', '%1', '%P', 'link', 25000, 2000, 5000, 'EUR', 'paid', '%10', now(), now(), now());
INSERT INTO partnerdesk.manual_assignments (id, order_id, affiliate_id, reason, assigned_by, assigned_at) VALUES ('%12', 'ORD-%2', '%1', 'because', 'manager', now());
INSERT INTO partnerdesk.visits (id, visited_at, landing_url, affiliate_code, affiliate_id, program_id, rule) VALUES ('%13', now(), 'https://koongo.com/?acc=%2', '%2', '%1', '%P', 'link');
INSERT INTO partnerdesk.audit_log (id, at, actor, action, entity, entity_id, after_json) VALUES ('%14', now(), 'manager', 'affiliate.add', 'affiliate', '%2', '{"code":"%2"}');
)"_s;
    sql.replace(u"%P"_s, P);
    for (int n = 16; n >= 1; --n) // longest first: %16 before %1
        sql.replace(u"%"_s + QString::number(n), n == 1 ? me : n == 2 ? code : rowOf(p, n));
    return sql;
}

struct Attempt
{
    bool ok = false;
    qint64 rows = -1; // rows affected (QPSQL) or the single value read (psql and QPSQL)
    QString error;
};

} // namespace

class TestCentralSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void othersRowsAreOutOfReach_data();
    void othersRowsAreOutOfReach();
    void mappingCannotBeReadChangedOrEscaped();
    void sessionVariablesAreNoBoundary();
    void ownRowsWithinTheRules();
    void storeTouchesOrdersOnly();
    void managersSeeEverythingAndDeleteNothing();

private:
    // As `login` through psql: the one value printed, or the error.
    Attempt viaPsql(const QString &login, const QString &sql);
    // As `login` through QPSQL (CentralConnection): rows affected for a write, the value for a read.
    Attempt viaQpsql(const QString &login, const QString &sql);
    QString asSuperuser(const QString &sql);

    PgTestKit::Server m_server;
};

void TestCentralSecurity::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), superPassword()));
    CentralSchema schema(admin);
    const Result<CentralSetupReport> report = schema.setup();
    QVERIFY2(report, qPrintable(report.error()));

    QString programs = uR"(
INSERT INTO partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, created_at)
  VALUES ('%1', 'Koongo Partner', 'EUR', 2000, 1000, 1000, 5000, now()), ('%2', 'Second', 'EUR', 1500, 1000, 1000, 5000, now());
INSERT INTO partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, active, created_at)
  VALUES ('%3', 'Closed', 'EUR', 2000, 1000, 1000, 5000, false, now());
INSERT INTO partnerdesk.program_hosts (id, program_id, host) VALUES (gen_random_uuid(), '%1', 'koongo.com');
INSERT INTO partnerdesk.banners (id, program_id, title, image_url, width, height, created_at)
  VALUES ('%4', '%1', 'stock', 'https://koongo.com/banner.png', 468, 60, now());
)"_s.arg(P, P3, PI, STOCK);
    QString error;
    QVERIFY2(m_server.psql(programs + booksFor(u'A') + booksFor(u'B'), u"postgres"_s, superPassword(), u"books"_s,
                           nullptr, &error),
             qPrintable(error));

    for (const auto &[code, login] : {std::pair{u"CODEA"_s, u"pa"_s}, std::pair{u"codeb"_s, u"pb"_s}}) {
        const Result<CentralGrantReport> granted = schema.grantPartner(code, login, login + u"-pw"_s);
        QVERIFY2(granted, qPrintable(granted.error()));
    }
    const Result<CentralGrantReport> manager = schema.grantManager(u"mgr"_s, u"mgr-pw"_s);
    QVERIFY2(manager, qPrintable(manager.error()));
    QVERIFY(m_server.psql(u"CREATE ROLE shop LOGIN PASSWORD 'shop-pw'; GRANT partnerdesk_store TO shop"_s));
}

void TestCentralSecurity::cleanupTestCase()
{
    m_server.stop();
}

Attempt TestCentralSecurity::viaPsql(const QString &login, const QString &sql)
{
    Attempt attempt;
    QString output;
    attempt.ok = m_server.psql(sql, login, login + u"-pw"_s, u"books"_s, &output, &attempt.error);
    bool number = false;
    attempt.rows = output.toLongLong(&number);
    if (!number)
        attempt.rows = -1;
    return attempt;
}

Attempt TestCentralSecurity::viaQpsql(const QString &login, const QString &sql)
{
    Attempt attempt;
    CentralConnection connection;
    if (Status opened = connection.open(m_server.url(login, u"books"_s), login + u"-pw"_s); !opened) {
        attempt.error = opened.error();
        return attempt;
    }
    QSqlQuery query(connection.database());
    attempt.ok = query.exec(sql);
    if (!attempt.ok) {
        attempt.error = query.lastError().databaseText();
        return attempt;
    }
    attempt.rows = query.isSelect() ? (query.next() ? query.value(0).toLongLong() : -1) : query.numRowsAffected();
    return attempt;
}

QString TestCentralSecurity::asSuperuser(const QString &sql)
{
    QString output;
    QString error;
    if (!m_server.psql(sql, u"postgres"_s, superPassword(), u"books"_s, &output, &error))
        return u"ERROR "_s + error;
    return output;
}

void TestCentralSecurity::othersRowsAreOutOfReach_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("othersRow");  // WHERE clause selecting B's row
    QTest::addColumn<QString>("ownRow");     // A's row; empty when A may not read the table
    QTest::addColumn<QString>("change");     // SET clause
    QTest::addColumn<QString>("insertForB"); // a row for B; empty when there is none to write
    const QString b = rowOf(u'B', 1);
    auto id = [](QChar partner, int n) {
        return u"id = '%1'"_s.arg(rowOf(partner, n));
    };
    QTest::addRow("affiliates") << u"affiliates"_s << id(u'B', 1) << id(u'A', 1) << u"name = 'hacked'"_s
                                << u"INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at) VALUES "
                                   "(gen_random_uuid(), 'CODEX', 'x', 'x@example.net', now())"_s;
    QTest::addRow("memberships") << u"memberships"_s << id(u'B', 3) << id(u'A', 3) << u"active = false"_s
                                 << u"INSERT INTO partnerdesk.memberships (id, affiliate_id, program_id, joined_at) "
                                    "VALUES (gen_random_uuid(), '%1', '%2', now())"_s.arg(b, P3);
    QTest::addRow("coupons") << u"coupons"_s << id(u'B', 4) << id(u'A', 4) << u"active = false"_s
                             << u"INSERT INTO partnerdesk.coupons (id, code, affiliate_id, program_id, created_at) "
                                "VALUES (gen_random_uuid(), 'STEAL', '%1', '%2', now())"_s.arg(b, P);
    QTest::addRow("banners")
        << u"banners"_s << id(u'B', 5) << id(u'A', 5) << u"deleted = true"_s
        << u"INSERT INTO partnerdesk.banners (id, program_id, affiliate_id, title, image_url, width, "
           "height, created_at) VALUES (gen_random_uuid(), '%1', '%2', 't', 'https://x.example/a.png', "
           "1, 1, now())"_s.arg(P, b);
    QTest::addRow("domains") << u"domains"_s << id(u'B', 6) << id(u'A', 6) << u"check_requested_at = now()"_s
                             << u"INSERT INTO partnerdesk.domains (id, affiliate_id, domain, created_at) VALUES "
                                "(gen_random_uuid(), '%1', 'evil.example', now())"_s.arg(b);
    QTest::addRow("domain_checks") << u"domain_checks"_s << id(u'B', 7) << id(u'A', 7) << u"failed_checks = 0"_s
                                   << u"INSERT INTO partnerdesk.domain_checks (id, domain_id) VALUES "
                                      "(gen_random_uuid(), '%1')"_s.arg(rowOf(u'B', 6));
    QTest::addRow("rewrites")
        << u"rewrites"_s << id(u'B', 8) << id(u'A', 8) << u"target_url = 'https://evil.example/'"_s
        << u"INSERT INTO partnerdesk.rewrites (id, affiliate_id, host, path, target_url, created_at) "
           "VALUES (gen_random_uuid(), '%1', 'koongo.com', '/x', 'https://x/', now())"_s.arg(b);
    QTest::addRow("transactions")
        << u"transactions"_s << id(u'B', 9) << id(u'A', 9) << u"commission_minor = 1"_s
        << u"INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, "
           "base_minor, rate_bp, commission_minor, currency, status, placed_at, created_at, "
           "updated_at) VALUES (gen_random_uuid(), 'ORD-X', '%1', '%2', 'link', 1, 1, 1, 'EUR', "
           "'pending', now(), now(), now())"_s.arg(b, P);
    QTest::addRow("payouts") << u"payouts"_s << id(u'B', 10) << id(u'A', 10) << u"status = 'paid'"_s
                             << u"INSERT INTO partnerdesk.payouts (id, created_at, created_by, format) VALUES "
                                "(gen_random_uuid(), now(), 'x', 'csv')"_s;
    QTest::addRow("payout_lines")
        << u"payout_lines"_s << id(u'B', 11) << id(u'A', 11) << u"amount_minor = 1"_s
        << u"INSERT INTO partnerdesk.payout_lines (id, payout_id, affiliate_id, currency, "
           "amount_minor, transactions) VALUES (gen_random_uuid(), '%1', '%2', 'USD', 1, 1)"_s.arg(rowOf(u'B', 10), b);
    QTest::addRow("orders")
        << u"orders"_s << u"order_id = 'ORD-CODEB'"_s << u"order_id = 'ORD-CODEA'"_s << u"subtotal_minor = 1"_s
        << u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, "
           "affiliate_code) VALUES ('ORD-Y', now(), 1, 'EUR', 'complete', 'CODEB')"_s;
    QTest::addRow("manual_assignments") << u"manual_assignments"_s << id(u'B', 12) << u""_s << u"reason = 'x'"_s
                                        << u"INSERT INTO partnerdesk.manual_assignments (id, order_id, affiliate_id, "
                                           "reason, assigned_by, assigned_at) VALUES (gen_random_uuid(), 'ORD-CODEB', "
                                           "'%1', 'x', 'x', now())"_s.arg(b);
    QTest::addRow("visits") << u"visits"_s << id(u'B', 13) << u""_s << u"rule = 'unattributed'"_s
                            << u"INSERT INTO partnerdesk.visits (id, visited_at, affiliate_id, rule) VALUES "
                               "(gen_random_uuid(), now(), '%1', 'link')"_s.arg(b);
    QTest::addRow("audit_log") << u"audit_log"_s << id(u'B', 14) << u""_s << u"reason = 'x'"_s << u""_s;
    QTest::addRow("imports") << u"imports"_s << id(u'B', 16) << u""_s << u"imported = 0"_s
                             << u"INSERT INTO partnerdesk.imports (id, source, started_at) VALUES "
                                "(gen_random_uuid(), 'x', now())"_s;
    QTest::addRow("partner_logins") << u"partner_logins"_s << u"login = 'pb'"_s << u"login = 'pa'"_s
                                    << u"affiliate_id = '%1'"_s.arg(rowOf(u'A', 1))
                                    << u"INSERT INTO partnerdesk.partner_logins (login, affiliate_id) VALUES "
                                       "('pa2', '%1')"_s.arg(b);
}

void TestCentralSecurity::othersRowsAreOutOfReach()
{
    QFETCH(QString, table);
    QFETCH(QString, othersRow);
    QFETCH(QString, ownRow);
    QFETCH(QString, change);
    QFETCH(QString, insertForB);
    const QString qualified = u"partnerdesk."_s + table;
    const QString stateOfB = u"SELECT count(*) || ' ' || string_agg(%1::text, ',') FROM %2 WHERE %3"_s.arg(
        table == u"partner_logins" ? u"affiliate_id"_s : u"version || '/' || deleted"_s, qualified, othersRow);
    const QString before = asSuperuser(stateOfB);
    QVERIFY2(before.startsWith(u"1 "_s), qPrintable(before));
    const QString countForB = u"SELECT count(*) FROM %1"_s.arg(qualified);
    const QString rowsBefore = asSuperuser(countForB);

    using Way = Attempt (TestCentralSecurity::*)(const QString &, const QString &);
    for (const auto &[name, way] : {std::pair<const char *, Way>{"psql", &TestCentralSecurity::viaPsql},
                                    std::pair<const char *, Way>{"QPSQL", &TestCentralSecurity::viaQpsql}}) {
        const QByteArray where = QByteArray(name) + " on " + table.toUtf8();
        // Read: nothing of B's, and (where he may read the table) his own row.
        Attempt read = (this->*way)(u"pa"_s, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(qualified, othersRow));
        QVERIFY2((read.ok && read.rows == 0) || (!read.ok && read.error.contains(u"permission denied"_s)),
                 QByteArray(where + ": read " + QByteArray::number(read.rows) + " " + read.error.toUtf8()).constData());
        if (!ownRow.isEmpty()) {
            read = (this->*way)(u"pa"_s, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(qualified, ownRow));
            QVERIFY2(read.ok && read.rows == 1, QByteArray(where + ": own row " + read.error.toUtf8()).constData());
        } else {
            read = (this->*way)(u"pa"_s, u"SELECT count(*) FROM %1"_s.arg(qualified));
            QVERIFY2(!read.ok && read.error.contains(u"permission denied"_s),
                     QByteArray(where + ": table readable").constData());
        }
        // Change and delete: no row affected, or refused.
        for (const QString &write : {u"UPDATE %1 SET %2 WHERE %3"_s.arg(qualified, change, othersRow),
                                     u"DELETE FROM %1 WHERE %2"_s.arg(qualified, othersRow)}) {
            const Attempt attempt = (this->*way)(u"pa"_s, write);
            QVERIFY2(!attempt.ok || attempt.rows == 0 || (qstrcmp(name, "psql") == 0 && attempt.rows == -1),
                     QByteArray(where + ": " + write.toUtf8() + " affected " + QByteArray::number(attempt.rows))
                         .constData());
        }
        // Write a row for B: refused.
        if (!insertForB.isEmpty()) {
            const Attempt attempt = (this->*way)(u"pa"_s, insertForB);
            QVERIFY2(!attempt.ok, QByteArray(where + ": " + insertForB.toUtf8() + " was accepted").constData());
            QVERIFY2(attempt.error.contains(u"permission denied"_s) || attempt.error.contains(u"row-level security"_s),
                     QByteArray(where + ": " + attempt.error.toUtf8()).constData());
        }
    }
    QCOMPARE(asSuperuser(stateOfB), before);
    QCOMPARE(asSuperuser(countForB), rowsBefore);
}

void TestCentralSecurity::mappingCannotBeReadChangedOrEscaped()
{
    for (Attempt (TestCentralSecurity::*way)(const QString &, const QString &) :
         {&TestCentralSecurity::viaPsql, &TestCentralSecurity::viaQpsql}) {
        QCOMPARE((this->*way)(u"pa"_s, u"SELECT count(*) FROM partnerdesk.partner_logins"_s).rows, 1);
        QVERIFY(!(this->*way)(u"pa"_s,
                              u"UPDATE partnerdesk.partner_logins SET affiliate_id = '%1' WHERE login = 'pa'"_s.arg(
                                  rowOf(u'B', 1)))
                     .ok);
        QVERIFY(!(this->*way)(u"pa"_s, u"DELETE FROM partnerdesk.partner_logins"_s).ok);
        for (const QString &escape :
             {u"GRANT partnerdesk_manager TO pa"_s, u"SET ROLE partnerdesk_manager"_s, u"SET ROLE pb"_s,
              u"SET ROLE partnerdesk_owner"_s, u"SET SESSION AUTHORIZATION pb"_s, u"ALTER ROLE pa BYPASSRLS"_s,
              u"ALTER TABLE partnerdesk.transactions DISABLE ROW LEVEL SECURITY"_s,
              u"DROP POLICY own_rows ON partnerdesk.transactions"_s,
              u"CREATE POLICY mine ON partnerdesk.transactions TO pa USING (true)"_s,
              u"CREATE FUNCTION partnerdesk.my_affiliate_id2() RETURNS int LANGUAGE sql RETURN 1"_s}) {
            const Attempt attempt = (this->*way)(u"pa"_s, escape);
            QVERIFY2(!attempt.ok, qPrintable(escape + u" was accepted"_s));
        }
    }
    QCOMPARE(asSuperuser(u"SELECT string_agg(login || '=' || affiliate_id, ',' ORDER BY login) FROM "
                         "partnerdesk.partner_logins"_s),
             u"pa=%1,pb=%2"_s.arg(rowOf(u'A', 1), rowOf(u'B', 1)));
    QCOMPARE(asSuperuser(u"SELECT pg_has_role('pa', 'partnerdesk_manager', 'MEMBER')"_s), u"f"_s);
}

void TestCentralSecurity::sessionVariablesAreNoBoundary()
{
    const QString b = rowOf(u'B', 1);
    const QString spoof =
        u"SET app.affiliate = '%1'; SET partnerdesk.affiliate_id = '%1'; SET app.login = 'pb'; "_s.arg(b);
    Attempt attempt =
        viaPsql(u"pa"_s, spoof + u"SELECT count(*) FROM partnerdesk.transactions WHERE affiliate_id = '%1'"_s.arg(b));
    QVERIFY2(attempt.ok && attempt.rows == 0, qPrintable(attempt.error));
    attempt = viaPsql(u"pa"_s, spoof + u"SELECT count(*) FROM partnerdesk.transactions"_s);
    QVERIFY2(attempt.ok && attempt.rows == 1, qPrintable(attempt.error));
    // As the bare group role (the only one he may SET ROLE to) he has no partner at all.
    attempt = viaPsql(u"pa"_s, u"SET ROLE partnerdesk_partner; SELECT count(*) FROM partnerdesk.transactions"_s);
    QVERIFY2(attempt.ok && attempt.rows == 0, qPrintable(attempt.error));
    attempt = viaQpsql(u"pa"_s, spoof + u"SELECT count(*) FROM partnerdesk.affiliates"_s);
    QVERIFY2(attempt.ok, qPrintable(attempt.error));
}

void TestCentralSecurity::ownRowsWithinTheRules()
{
    const QString a = rowOf(u'A', 1);
    auto allowed = [&](const QString &sql, qint64 rows) {
        const Attempt attempt = viaQpsql(u"pa"_s, sql);
        QVERIFY2(attempt.ok && attempt.rows == rows,
                 qPrintable(sql + u": "_s + attempt.error + u" rows "_s + QString::number(attempt.rows)));
    };
    auto refused = [&](const QString &sql) {
        const Attempt attempt = viaQpsql(u"pa"_s, sql);
        QVERIFY2(!attempt.ok, qPrintable(sql + u" was accepted"_s));
        const Attempt again = viaPsql(u"pa"_s, sql);
        QVERIFY2(!again.ok, qPrintable(sql + u" was accepted by psql"_s));
    };
    // His name is his; his payout e-mail is a request a manager approves (0006_payout_email_requests).
    allowed(u"UPDATE partnerdesk.affiliates SET name = 'Anna A.', requested_email = 'anna@example.net', "
            "email_requested_at = now() WHERE id = '%1'"_s.arg(a),
            1);
    refused(u"UPDATE partnerdesk.affiliates SET email = 'anna@example.net' WHERE id = '%1'"_s.arg(a));
    refused(u"UPDATE partnerdesk.affiliates SET status = 'approved' WHERE id = '%1'"_s.arg(a));
    refused(u"UPDATE partnerdesk.affiliates SET code = 'NEW' WHERE id = '%1'"_s.arg(a));
    refused(u"UPDATE partnerdesk.programs SET link_rate_bp = 9000"_s);
    refused(u"UPDATE partnerdesk.transactions SET commission_minor = 99999 WHERE id = '%1'"_s.arg(rowOf(u'A', 9)));
    refused(u"UPDATE partnerdesk.transactions SET status = 'approved' WHERE id = '%1'"_s.arg(rowOf(u'A', 9)));
    refused(u"UPDATE partnerdesk.coupons SET active = false WHERE id = '%1'"_s.arg(rowOf(u'A', 4)));
    refused(u"UPDATE partnerdesk.payout_lines SET amount_minor = 1 WHERE id = '%1'"_s.arg(rowOf(u'A', 11)));
    refused(u"UPDATE partnerdesk.memberships SET affiliate_id = '%1' WHERE id = '%2'"_s.arg(rowOf(u'B', 1),
                                                                                            rowOf(u'A', 3)));
    // Join a program: his own, active programs only.
    allowed(u"INSERT INTO partnerdesk.memberships (id, affiliate_id, program_id, joined_at) VALUES "
            "('aaaaaaaa-0000-4000-8000-000000000101', '%1', '%2', now())"_s.arg(a, P3),
            1);
    refused(u"INSERT INTO partnerdesk.memberships (id, affiliate_id, program_id, joined_at) VALUES "
            "(gen_random_uuid(), '%1', '%2', now())"_s.arg(a, PI));
    allowed(u"UPDATE partnerdesk.memberships SET active = false, left_at = now() WHERE program_id = '%1'"_s.arg(P3), 1);
    // His banner: add, remove (a tombstone).
    allowed(u"INSERT INTO partnerdesk.banners (id, program_id, affiliate_id, title, image_url, width, height, "
            "created_at) VALUES ('aaaaaaaa-0000-4000-8000-000000000105', '%1', '%2', 'mine', "
            "'https://img.example/mine.png', 300, 250, now())"_s.arg(P, a),
            1);
    // The id he sent is not the one kept: the server derives it from the table, his login and his id.
    QCOMPARE(viaQpsql(u"pa"_s, u"SELECT count(*) FROM partnerdesk.banners WHERE id = "
                               "'aaaaaaaa-0000-4000-8000-000000000105'"_s)
                 .rows,
             0);
    allowed(u"UPDATE partnerdesk.banners SET deleted = true WHERE id = "
            "partnerdesk.name_uuid('banners:pa:aaaaaaaa-0000-4000-8000-000000000105')"_s,
            1);
    refused(u"UPDATE partnerdesk.banners SET affiliate_id = NULL WHERE id = '%1'"_s.arg(rowOf(u'A', 5)));
    QCOMPARE(viaQpsql(u"pa"_s, u"SELECT count(*) FROM partnerdesk.banners WHERE NOT deleted"_s).rows, 2); // stock + own
    allowed(u"UPDATE partnerdesk.banners SET deleted = true WHERE id = '%1'"_s.arg(QString(STOCK)), 0);   // not his
    // A website and a request for its check; its token and verification are the server's and a
    // manager's (tests/integration/tst_domaintrust.cpp has the rest).
    refused(u"INSERT INTO partnerdesk.domains (id, affiliate_id, domain, token, created_at) VALUES "
            "('aaaaaaaa-0000-4000-8000-000000000106', '%1', 'anna.example', 'anna-token', now())"_s.arg(a));
    allowed(u"INSERT INTO partnerdesk.domains (id, affiliate_id, domain, created_at) VALUES "
            "('aaaaaaaa-0000-4000-8000-000000000106', '%1', 'anna.example', now())"_s.arg(a),
            1);
    allowed(u"UPDATE partnerdesk.domains SET check_requested_at = now() "
            "WHERE id = partnerdesk.name_uuid('domains:pa:aaaaaaaa-0000-4000-8000-000000000106')"_s,
            1);
    refused(u"UPDATE partnerdesk.domains SET verified = true, method = 'file', verified_at = now(), checked_at = now() "
            "WHERE id = partnerdesk.name_uuid('domains:pa:aaaaaaaa-0000-4000-8000-000000000106')"_s);
    refused(u"INSERT INTO partnerdesk.domain_checks (id, domain_id, last_finding) VALUES "
            "(gen_random_uuid(), partnerdesk.name_uuid('domains:pa:aaaaaaaa-0000-4000-8000-000000000106'), 'found')"_s);
    refused(
        u"UPDATE partnerdesk.domains SET method = 'manual' WHERE id = partnerdesk.name_uuid('domains:pa:aaaaaaaa-0000-4000-8000-000000000106')"_s);
    refused(u"INSERT INTO partnerdesk.domains (id, affiliate_id, domain, token, method, verified, created_at) VALUES "
            "(gen_random_uuid(), '%1', 'b.example', 'b-token', 'manual', true, now())"_s.arg(a));
    refused(
        u"UPDATE partnerdesk.domains SET affiliate_id = '%1' WHERE id = '%2'"_s.arg(rowOf(u'B', 1), rowOf(u'A', 6)));
    // Audit rows of his edits: written, not read back.
    allowed(u"INSERT INTO partnerdesk.audit_log (id, at, actor, action, entity, entity_id) VALUES "
            "(gen_random_uuid(), now(), 'pa', 'banner.add', 'banner', '5')"_s,
            1);
    refused(u"SELECT count(*) FROM partnerdesk.audit_log"_s);
    // His orders, without the customer's e-mail; programs are public.
    refused(u"SELECT customer_email FROM partnerdesk.orders"_s);
    QCOMPARE(viaQpsql(u"pa"_s, u"SELECT count(*) FROM partnerdesk.orders"_s).rows, 1);
    QCOMPARE(viaQpsql(u"pa"_s, u"SELECT count(*) FROM partnerdesk.programs"_s).rows, 3);
    QCOMPARE(asSuperuser(u"SELECT changed_by || ' ' || version FROM partnerdesk.affiliates WHERE id = '%1'"_s.arg(a)),
             u"pa 2"_s);
}

void TestCentralSecurity::storeTouchesOrdersOnly()
{
    auto store = [&](const QString &sql) {
        return viaQpsql(u"shop"_s, sql);
    };
    Attempt attempt = store(u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, "
                            "coupon_code, customer_email) VALUES ('S-100', '2026-02-01T10:00:00Z', 12345, 'EUR', "
                            "'pending', 'SAVECODEA', 'c@example.net') "
                            "ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status"_s);
    QVERIFY2(attempt.ok && attempt.rows == 1, qPrintable(attempt.error));
    attempt = store(u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status) VALUES "
                    "('S-100', '2026-02-01T10:00:00Z', 12345, 'EUR', 'complete') "
                    "ON CONFLICT (order_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()"_s);
    QVERIFY2(attempt.ok && attempt.rows == 1, qPrintable(attempt.error));
    attempt = store(u"UPDATE partnerdesk.orders SET status = 'refunded' WHERE order_id = 'S-100'"_s);
    QVERIFY2(attempt.ok && attempt.rows == 1, qPrintable(attempt.error));
    const QUuid expected = QUuid::createUuidV5(QUuid(u"6f1d3c3e-6c1b-4b8e-9a55-0d2f1f7a9c10"_s), u"order:S-100"_s);
    QCOMPARE(asSuperuser(u"SELECT id || ' ' || status || ' ' || version || ' ' || changed_by FROM partnerdesk.orders "
                         "WHERE order_id = 'S-100'"_s),
             u"%1 refunded 3 shop"_s.arg(expected.toString(QUuid::WithoutBraces)));
    for (const QString &sql :
         {u"DELETE FROM partnerdesk.orders WHERE order_id = 'S-100'"_s,
          u"INSERT INTO partnerdesk.orders (id, order_id, placed_at, subtotal_minor, currency, status) VALUES "
          "(gen_random_uuid(), 'S-101', now(), 1, 'EUR', 'pending')"_s,
          u"UPDATE partnerdesk.orders SET version = 1"_s, u"SELECT count(*) FROM partnerdesk.affiliates"_s,
          u"SELECT count(*) FROM partnerdesk.transactions"_s,
          u"INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
          "commission_minor, currency, status, placed_at, created_at, updated_at) VALUES (gen_random_uuid(), 'S-100', "
          "'%1', '%2', 'link', 1, 1, 1, 'EUR', 'pending', now(), now(), now())"_s.arg(rowOf(u'A', 1), P),
          u"UPDATE partnerdesk.programs SET link_rate_bp = 1"_s}) {
        QVERIFY2(!store(sql).ok, qPrintable(sql + u" was accepted"_s));
        QVERIFY2(!viaPsql(u"shop"_s, sql).ok, qPrintable(sql + u" was accepted by psql"_s));
    }
}

void TestCentralSecurity::managersSeeEverythingAndDeleteNothing()
{
    QCOMPARE(viaQpsql(u"mgr"_s, u"SELECT count(*) FROM partnerdesk.transactions"_s).rows, 2);
    QCOMPARE(viaQpsql(u"mgr"_s, u"SELECT count(*) FROM partnerdesk.partner_logins"_s).rows, 2);
    const Attempt changed = viaQpsql(
        u"mgr"_s, u"UPDATE partnerdesk.affiliates SET status = 'suspended' WHERE id = '%1'"_s.arg(rowOf(u'B', 1)));
    QVERIFY2(changed.ok && changed.rows == 1, qPrintable(changed.error));
    QVERIFY(!viaQpsql(u"mgr"_s, u"DELETE FROM partnerdesk.banners"_s).ok);
    QVERIFY(
        !viaQpsql(u"mgr"_s, u"INSERT INTO partnerdesk.partner_logins (login, affiliate_id) VALUES ('mgr', '%1')"_s.arg(
                                rowOf(u'A', 1)))
             .ok);
    const Attempt deleted =
        viaQpsql(u"mgr"_s, u"UPDATE partnerdesk.banners SET deleted = true WHERE id = '%1'"_s.arg(QString(STOCK)));
    QVERIFY2(deleted.ok && deleted.rows == 1, qPrintable(deleted.error));
}

QTEST_GUILESS_MAIN(TestCentralSecurity)
#include "tst_centralsecurity.moc"
