// `central setup` and `central grant` against a real PostgreSQL (PgTestKit): the schema appears
// complete on an empty database, mirrors every local table, is versioned and idempotent (the
// catalogue is the same after a second run), two setups at once both succeed, a CREATEROLE
// administrator (not a superuser) can run it, libpq finds the password itself (PGPASSWORD,
// ~/.pgpass), and the CLI answers with the exit codes and messages a script expects: a URL with a
// password is refused without repeating it, plain text is warned about, and a grant's password
// reaches the server only hashed (the server logs every statement: log_statement=all).
//
// Why this file is long: every case needs the same PostgreSQL server, which takes most of the run
// to start; one executable starts it once.

#include "centraltestkit.h"
#include "store/database.h"
#include "sync/centralurl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

// Distinctive, so that finding them in the server's log means one thing.
const QString janaPassword = u"Jana-Clear-Pw-31"_s;
const QString managerPassword = u"Petr-Clear-Pw-58"_s;

const QStringList syncedTables = {u"programs"_s, u"program_hosts"_s, u"affiliates"_s,    u"memberships"_s,
                                  u"coupons"_s,  u"banners"_s,       u"domains"_s,       u"domain_checks"_s,
                                  u"rewrites"_s, u"imports"_s,       u"orders"_s,        u"manual_assignments"_s,
                                  u"payouts"_s,  u"payout_lines"_s,  u"transactions"_s,  u"audit_log"_s,
                                  u"visits"_s,   u"requests"_s,      u"partner_rates"_s, u"program_tiers"_s};

// Everything setup makes, one line per object, sorted: tables, columns, privileges, policies,
// constraints, triggers, functions, roles and memberships, the schema, the recorded migrations.
const QString catalogueDump = uR"(
SELECT string_agg(line, E'\n' ORDER BY line) FROM (
  SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' owner=' || pg_get_userbyid(c.relowner)
         || ' rls=' || c.relrowsecurity || '/' || c.relforcerowsecurity || ' acl=' || coalesce(c.relacl::text, '')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'partnerdesk'
  UNION ALL
  SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
         || ' notnull=' || a.attnotnull || ' acl=' || coalesce(a.attacl::text, '')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'partnerdesk' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT 'policy ' || tablename || '.' || policyname || ' ' || cmd || ' ' || roles::text || ' '
         || coalesce(qual, '') || ' / ' || coalesce(with_check, '')
    FROM pg_policies WHERE schemaname = 'partnerdesk'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || '.' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'partnerdesk'::regnamespace
  UNION ALL
  SELECT 'trigger ' || tgrelid::regclass::text || '.' || tgname FROM pg_trigger
   WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'partnerdesk'::regnamespace)
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid)) || ' owner='
         || pg_get_userbyid(p.proowner) || ' acl=' || coalesce(p.proacl::text, '')
    FROM pg_proc p WHERE p.pronamespace = 'partnerdesk'::regnamespace AND p.prokind = 'f'
  UNION ALL
  SELECT 'role ' || rolname || ' login=' || rolcanlogin || ' super=' || rolsuper FROM pg_roles
   WHERE rolname LIKE 'partnerdesk%'
  UNION ALL
  SELECT 'member ' || pg_get_userbyid(m.member) || ' of ' || pg_get_userbyid(m.roleid) || ' admin=' || m.admin_option
    FROM pg_auth_members m WHERE pg_get_userbyid(m.roleid) LIKE 'partnerdesk%'
  UNION ALL
  SELECT 'schema ' || nspname || ' owner=' || pg_get_userbyid(nspowner) || ' acl=' || coalesce(nspacl::text, '')
    FROM pg_namespace WHERE nspname = 'partnerdesk'
  UNION ALL
  SELECT 'extension ' || extname || ' ' || extversion || ' in ' || extnamespace::regnamespace::text FROM pg_extension
  UNION ALL
  SELECT 'migration ' || version || ' ' || name || ' ' || applied_at || ' ' || applied_by
    FROM partnerdesk.schema_migrations
) lines(line))"_s;

} // namespace

class TestCentralSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void urls_data();
    void urls();
    void createroleAdministratorCanSetUp();
    void setupOnAnEmptyDatabase();
    void everyLocalColumnExistsCentrally();
    void setupAgainChangesNothing();
    void commissionRulesFillOldTransactionsLikeTheDesktop();
    void twoSetupsAtOnce();
    void nameBasedIdsMatchTheDesktop();
    void libpqFindsThePassword();
    void cliSetup();
    void cliGrant();
    void cliTwoSetupsAtOnce();

private:
    QString url(const QString &database, const QString &user = QString::fromLatin1(PgTestKit::Server::superuser)) const
    {
        return m_server.url(user, database);
    }
    QString dump(CentralConnection &connection);

    PgTestKit::Server m_server;
    QTemporaryDir m_home;
};

void TestCentralSetup::initTestCase()
{
    m_server.setSetting(u"log_statement"_s, u"all"_s);
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("PARTNERDESK_CLI")), "PARTNERDESK_CLI is not set");
}

void TestCentralSetup::cleanupTestCase()
{
    m_server.stop();
}

void TestCentralSetup::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");       // part of the message; empty: valid
    QTest::addColumn<QString>("displayName"); // when valid
    QTest::addColumn<QString>("options");     // when valid

    // No sslmode: verify-full, against the URL's CA file or else the system's bundle (SSL_CERT_FILE, set in urls()).
    QTest::addRow("full")
        << u"postgresql://jana@db.example.net:5433/books?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s << QString()
        << u"jana@db.example.net:5433/books"_s
        << u"sslmode='verify-full';sslrootcert='/etc/ca.pem';connect_timeout=10;"
           "application_name=partnerdesk"_s;
    QTest::addRow("postgres scheme, no port")
        << u"postgres://jana@db/books"_s << QString() << u"jana@db/books"_s
        << u"sslmode='verify-full';sslrootcert='/test/system-cas.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("a CA file, no sslmode")
        << u"postgresql://jana@db/books?sslrootcert=/etc/ca.pem"_s << QString() << u"jana@db/books"_s
        << u"sslmode='verify-full';sslrootcert='/etc/ca.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("verify-ca, the system's CAs")
        << u"postgresql://jana@db/books?sslmode=verify-ca"_s << QString() << u"jana@db/books"_s
        << u"sslmode='verify-ca';sslrootcert='/test/system-cas.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("sslrootcert=system")
        << u"postgresql://jana@db/books?sslrootcert=system"_s << QString() << u"jana@db/books"_s
        << u"sslmode='verify-full';sslrootcert='/test/system-cas.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("require") << u"postgresql://jana@db/books?sslmode=require"_s << QString() << u"jana@db/books"_s
                             << u"sslmode='require';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("plain text, chosen") << u"postgresql://jana@db/books?sslmode=disable"_s << QString()
                                        << u"jana@db/books"_s
                                        << u"sslmode='disable';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("encoded user")
        << u"postgresql://jana%40shop@db/books"_s << QString() << u"jana@shop@db/books"_s
        << u"sslmode='verify-full';sslrootcert='/test/system-cas.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("socket folder")
        << u"postgresql:///books?host=/run/postgresql"_s << QString() << u"/run/postgresql/books"_s
        << u"sslmode='verify-full';sslrootcert='/test/system-cas.pem';connect_timeout=10;application_name=partnerdesk"_s;
    QTest::addRow("quote in a value")
        << u"postgresql://db/books?application_name=it's"_s << QString() << u"db/books"_s
        << u"sslmode='verify-full';sslrootcert='/test/system-cas.pem';application_name='it\\'s';connect_timeout=10"_s;
    QTest::addRow("prefer") << u"postgresql://db/books?sslmode=prefer"_s << u"sslmode=prefer falls back"_s << QString()
                            << QString();
    QTest::addRow("allow") << u"postgresql://db/books?sslmode=allow"_s << u"sslmode=allow falls back"_s << QString()
                           << QString();
    QTest::addRow("a password") << u"postgresql://jana:Pw-in-URL-77@db/books"_s << u"PGPASSWORD or ~/.pgpass"_s
                                << QString() << QString();
    QTest::addRow("an empty password") << u"postgresql://jana:@db/books"_s << u"PGPASSWORD or ~/.pgpass"_s << QString()
                                       << QString();
    QTest::addRow("a password parameter") << u"postgresql://jana@db/books?password=Pw-in-URL-77"_s
                                          << u"PGPASSWORD or ~/.pgpass"_s << QString() << QString();
    QTest::addRow("a password in a bad URL")
        << u"postgresql://jana:Pw-in-URL-77@db:99999/books"_s << u"not a valid URL"_s << QString() << QString();
    QTest::addRow("a password with a slash in a bad URL")
        << u"postgresql://jana:Pw-in/URL-77@db/books"_s << u"not a valid URL"_s << QString() << QString();
    QTest::addRow("empty") << u""_s << u"No central database"_s << QString() << QString();
    QTest::addRow("http") << u"http://db/books"_s << u"not a PostgreSQL URL"_s << QString() << QString();
    QTest::addRow("no database") << u"postgresql://jana@db:5432"_s << u"names no database"_s << QString() << QString();
    QTest::addRow("bad port") << u"postgresql://db:99999/books"_s << u"not a valid URL"_s << QString() << QString();
    QTest::addRow("unknown keyword") << u"postgresql://db/books?sslmod=require"_s << u"\"sslmod\""_s << QString()
                                     << QString();
    QTest::addRow("bad sslmode") << u"postgresql://db/books?sslmode=always"_s << u"sslmode must be"_s << QString()
                                 << QString();
    QTest::addRow("port as parameter") << u"postgresql://db/books?port=5432"_s << u"not as ?port="_s << QString()
                                       << QString();
    QTest::addRow("bad timeout") << u"postgresql://db/books?connect_timeout=soon"_s << u"connect_timeout"_s << QString()
                                 << QString();
}

void TestCentralSetup::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    QFETCH(QString, displayName);
    QFETCH(QString, options);
    qputenv("SSL_CERT_FILE", "/test/system-cas.pem");
    const Result<CentralUrl> parsed = CentralUrl::parse(url);
    qunsetenv("SSL_CERT_FILE");
    if (!error.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        QVERIFY2(!parsed.error().contains(u"URL-77"_s), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->displayName(), displayName);
    qputenv("SSL_CERT_FILE", "/test/system-cas.pem");
    const QString connectOptions = parsed->connectOptions();
    qunsetenv("SSL_CERT_FILE");
    QCOMPARE(connectOptions, options);
}

QString TestCentralSetup::dump(CentralConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(catalogueDump) || !query.next())
        return u"dump failed: "_s + query.lastError().text();
    return query.value(0).toString();
}

// Run first, on a cluster with none of the roles yet: a role with CREATEROLE and its own database
// (not a superuser) creates the roles, the schema and the trusted extension uuid-ossp.
void TestCentralSetup::createroleAdministratorCanSetUp()
{
    QVERIFY(m_server.psql(u"CREATE ROLE dba LOGIN CREATEROLE PASSWORD 'dba-pw'"_s));
    QVERIFY(m_server.psql(u"CREATE DATABASE dbabooks OWNER dba"_s));
    CentralConnection connection;
    QVERIFY2(connection.open(url(u"dbabooks"_s, u"dba"_s), u"dba-pw"_s), "cannot connect as dba");
    const Result<CentralSetupReport> report = CentralSchema(connection).setup();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->createdRoles, CentralSchema::groupRoles());
    QVERIFY(report->createdSchema);
    QVERIFY(report->createdExtension);
    QCOMPARE(report->versionAfter, CentralSchema::latestVersion());
    // ... and grants: a manager's login.
    const Result<CentralGrantReport> granted = CentralSchema(connection).grantManager(u"boss"_s, u"boss-pw"_s);
    QVERIFY2(granted, qPrintable(granted.error()));
    QVERIFY(granted->roleCreated);
    CentralConnection boss;
    QVERIFY2(boss.open(url(u"dbabooks"_s, u"boss"_s), u"boss-pw"_s), "cannot connect as boss");
    QSqlQuery query(boss.database());
    QVERIFY2(query.exec(u"SELECT count(*) FROM partnerdesk.programs"_s), qPrintable(query.lastError().text()));
}

void TestCentralSetup::setupOnAnEmptyDatabase()
{
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection connection;
    const Status opened = connection.open(url(u"books"_s), superPassword());
    QVERIFY2(opened, qPrintable(opened.error()));
    CentralSchema schema(connection);
    QCOMPARE(schema.version(), 0);
    QElapsedTimer timer;
    timer.start();
    const Result<CentralSetupReport> report = schema.setup();
    QVERIFY2(report, qPrintable(report.error()));
    qInfo("central setup on an empty database: %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(report->versionBefore, 0);
    QVERIFY(CentralSchema::latestVersion() >= 1);
    QCOMPARE(report->versionAfter, CentralSchema::latestVersion());
    QCOMPARE(report->applied.size(), CentralSchema::migrations().size());
    QVERIFY(report->createdRoles.isEmpty()); // the first test made them; roles belong to the cluster
    QVERIFY(report->createdSchema);
    QCOMPARE(schema.version(), CentralSchema::latestVersion());

    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'partnerdesk\\_%' ORDER BY 1"_s));
    QStringList roles;
    while (query.next()) {
        QVERIFY2(!query.value(1).toBool(), qPrintable(query.value(0).toString()));
        roles.append(query.value(0).toString());
    }
    QCOMPARE(roles, (QStringList{u"partnerdesk_manager"_s, u"partnerdesk_owner"_s, u"partnerdesk_partner"_s,
                                 u"partnerdesk_store"_s}));
    QVERIFY(query.exec(u"SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'partnerdesk'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"partnerdesk_owner"_s);

    for (const QString &table : syncedTables) {
        query.prepare(
            u"SELECT pg_get_userbyid(c.relowner), c.relrowsecurity, c.relforcerowsecurity, "
            "  (SELECT string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attname)"
            "     FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname IN "
            "     ('id', 'version', 'deleted', 'changed_xid', 'changed_by') AND a.attnotnull), "
            "  (SELECT count(*) FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid "
            "     AND a.attnum = i.indkey[0] WHERE i.indrelid = c.oid AND a.attname = 'changed_xid'), "
            "  (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p'), "
            "  (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_stamp') "
            "FROM pg_class c WHERE c.oid = to_regclass('partnerdesk.' || ?)"_s);
        query.addBindValue(table);
        QVERIFY2(query.exec() && query.next(), qPrintable(table));
        QCOMPARE(query.value(0).toString(), u"partnerdesk_owner"_s);
        QVERIFY2(query.value(1).toBool() && query.value(2).toBool(), qPrintable(table + u": RLS not forced"_s));
        QCOMPARE(query.value(3).toString(),
                 u"changed_by:name,changed_xid:xid8,deleted:boolean,id:uuid,version:bigint"_s);
        QVERIFY2(query.value(4).toInt() == 1, qPrintable(table + u": no index on changed_xid"_s));
        QCOMPARE(query.value(5).toInt(), 1);
        QCOMPARE(query.value(6).toInt(), 1);
    }
    QVERIFY(query.exec(u"SELECT to_regclass('partnerdesk.partner_logins') IS NOT NULL"_s) && query.next());
    QVERIFY(query.value(0).toBool());

    // The trigger: version 1 on insert, +1 per update, the writer's transaction and role.
    QVERIFY(query.exec(u"INSERT INTO partnerdesk.imports (id, source, started_at, version) "
                       "VALUES (gen_random_uuid(), 'test', now(), 42)"_s));
    QVERIFY(query.exec(u"SELECT version, changed_by, changed_xid::text::bigint > 0 FROM partnerdesk.imports"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QCOMPARE(query.value(1).toString(), u"postgres"_s);
    QVERIFY(query.value(2).toBool());
    QVERIFY(query.exec(u"UPDATE partnerdesk.imports SET imported = 5"_s));
    QVERIFY(query.exec(u"UPDATE partnerdesk.imports SET imported = 6, version = 1"_s));
    QVERIFY(query.exec(u"SELECT version FROM partnerdesk.imports"_s) && query.next());
    QCOMPARE(query.value(0).toLongLong(), 3);
    // The audit log stays append-only centrally too.
    QVERIFY(query.exec(u"INSERT INTO partnerdesk.audit_log (id, at, actor, action, entity, entity_id) "
                       "VALUES (gen_random_uuid(), now(), 'me', 'test', 'x', '1')"_s));
    QVERIFY(!query.exec(u"UPDATE partnerdesk.audit_log SET reason = 'changed'"_s));
    QVERIFY(!query.exec(u"DELETE FROM partnerdesk.audit_log"_s));
    QVERIFY(query.exec(u"DELETE FROM partnerdesk.imports"_s));
}

// The central tables carry every business column of the local ones (local integer ids become uuids).
void TestCentralSetup::everyLocalColumnExistsCentrally()
{
    QTemporaryDir dir;
    Database local;
    QVERIFY(local.open(dir.filePath(u"local.sqlite"_s)));
    CentralConnection connection;
    QVERIFY(connection.open(url(u"books"_s), superPassword()));
    for (const QString &table : syncedTables) {
        QSqlQuery localColumns(local.connection());
        QVERIFY(localColumns.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)));
        QStringList expected;
        while (localColumns.next())
            expected.append(localColumns.value(0).toString());
        QVERIFY2(!expected.isEmpty(), qPrintable(table));
        QSqlQuery central(connection.database());
        central.prepare(u"SELECT attname FROM pg_attribute WHERE attrelid = to_regclass('partnerdesk.' || ?) "
                        "AND attnum > 0 AND NOT attisdropped"_s);
        central.addBindValue(table);
        QVERIFY(central.exec());
        QStringList present;
        while (central.next())
            present.append(central.value(0).toString());
        for (const QString &column : std::as_const(expected))
            QVERIFY2(present.contains(column), qPrintable(table + u'.' + column + u" is missing centrally"_s));
    }
}

void TestCentralSetup::setupAgainChangesNothing()
{
    CentralConnection connection;
    QVERIFY(connection.open(url(u"books"_s), superPassword()));
    const QString before = dump(connection);
    QVERIFY2(before.contains(u"policy orders.his_orders"_s) && before.contains(u"migration 1 "_s), qPrintable(before));
    const Result<CentralSetupReport> again = CentralSchema(connection).setup();
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->applied.isEmpty());
    QVERIFY(again->createdRoles.isEmpty());
    QVERIFY(!again->createdSchema);
    QVERIFY(!again->createdExtension);
    QCOMPARE(again->versionBefore, again->versionAfter);
    const QString after = dump(connection);
    QCOMPARE(after, before);
}

// A central database set up before the commission rules (0010) holds transactions; the migration
// fills their customer_key and rate_source as the desktops' 0018 fills theirs (SQLite's lower()
// folds A-Z only, trim() removes spaces only), without a new version: nothing to pull again.
void TestCentralSetup::commissionRulesFillOldTransactionsLikeTheDesktop()
{
    QVERIFY(m_server.createDatabase(u"upgrade"_s));
    CentralConnection connection;
    QVERIFY(connection.open(url(u"upgrade"_s), superPassword()));
    QVERIFY(CentralSchema(connection).setup());
    // Back to version 9: what 0010 added goes, the old kind CHECK and the partner's grants return.
    const QString before10 = uR"(
DROP TABLE partnerdesk.partner_rates, partnerdesk.program_tiers;
ALTER TABLE partnerdesk.programs DROP COLUMN lifetime_days, DROP COLUMN fraud_own_domain,
    DROP COLUMN fraud_leaked_coupon, DROP COLUMN fraud_shared_customers, DROP COLUMN fraud_cancel_share_bp,
    DROP COLUMN fraud_no_visit;
ALTER TABLE partnerdesk.rewrites DROP COLUMN campaign;
ALTER TABLE partnerdesk.transactions DROP COLUMN campaign, DROP COLUMN customer_key, DROP COLUMN rate_source,
    DROP COLUMN hold, DROP COLUMN hold_rule, DROP COLUMN hold_evidence, DROP CONSTRAINT transactions_kind_check,
    ADD CONSTRAINT transactions_kind_check CHECK (kind IN ('manual', 'coupon', 'link', 'rewrite', 'direct', 'reversal'));
GRANT SELECT ON partnerdesk.transactions, partnerdesk.programs TO partnerdesk_partner;
DELETE FROM partnerdesk.schema_migrations WHERE version = 10;
INSERT INTO partnerdesk.programs (id, name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp,
    threshold_minor, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'P', 'EUR', 1000, 1000, 0, 0, now());
INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at)
    VALUES ('00000000-0000-4000-8000-000000000002', 'A', 'A', 'a@example.org', now());
INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status, customer_email) VALUES
    ('O-1', now(), 1000, 'EUR', 'complete', '  Jana.ŘEHOŘ@Example.ORG '),
    ('O-2', now(), 1000, 'EUR', 'complete', '');
INSERT INTO partnerdesk.transactions (id, order_id, affiliate_id, program_id, kind, base_minor, rate_bp,
    commission_minor, currency, status, placed_at, created_at, updated_at) VALUES
    (gen_random_uuid(), 'O-1', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
     'link', 1000, 1000, 100, 'EUR', 'pending', now(), now(), now()),
    (gen_random_uuid(), 'O-2', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
     'manual', 1000, 0, 250, 'EUR', 'pending', now(), now(), now());
)"_s;
    QString error;
    QVERIFY2(m_server.psql(before10, QString::fromLatin1(PgTestKit::Server::superuser), superPassword(), u"upgrade"_s,
                           nullptr, &error),
             qPrintable(error));
    const auto again = CentralSchema(connection).setup();
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->applied, QList<int>{10});
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"SELECT string_agg(order_id || ':' || customer_key || ':' || rate_source || ':' || version, "
                       "',' ORDER BY order_id) FROM partnerdesk.transactions"_s) &&
            query.next());
    QCOMPARE(query.value(0).toString(), u"O-1:jana.ŘehoŘ@example.org:program:1,O-2::manual:1"_s);
    // The desktop's own migration folds the same way.
    QTemporaryDir dir;
    Database local;
    QVERIFY(local.open(dir.filePath(u"local.sqlite"_s)));
    QSqlQuery folded(local.connection());
    QVERIFY(folded.exec(u"SELECT lower(trim('  Jana.ŘEHOŘ@Example.ORG '))"_s) && folded.next());
    QCOMPARE(folded.value(0).toString(), u"jana.ŘehoŘ@example.org"_s);
}

void TestCentralSetup::twoSetupsAtOnce()
{
    QVERIFY(m_server.createDatabase(u"race"_s));
    const QString target = url(u"race"_s);
    QString errors[2];
    bool ok[2] = {false, false};
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads.append(QThread::create([&, i] {
            CentralConnection connection;
            if (Status opened = connection.open(target, superPassword()); !opened) {
                errors[i] = opened.error();
                return;
            }
            const Result<CentralSetupReport> report = CentralSchema(connection).setup();
            ok[i] = report.isOk();
            if (!report)
                errors[i] = report.error();
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(120'000));
        delete thread;
    }
    QVERIFY2(ok[0], qPrintable(errors[0]));
    QVERIFY2(ok[1], qPrintable(errors[1]));
    CentralConnection connection;
    QVERIFY(connection.open(target, superPassword()));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(u"SELECT count(*), max(version) FROM partnerdesk.schema_migrations"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), CentralSchema::migrations().size());
    QCOMPARE(query.value(1).toInt(), CentralSchema::latestVersion());
}

// partnerdesk.order_uuid() and the orders id default give what QUuid::createUuidV5 gives on a desktop.
void TestCentralSetup::nameBasedIdsMatchTheDesktop()
{
    CentralConnection connection;
    QVERIFY(connection.open(url(u"books"_s), superPassword()));
    const QUuid space(u"6f1d3c3e-6c1b-4b8e-9a55-0d2f1f7a9c10"_s);
    QSqlQuery query(connection.database());
    for (const QString &orderId : {u"100042"_s, u"Objednávka-ž/7"_s}) {
        query.prepare(u"SELECT partnerdesk.order_uuid(?)::text"_s);
        query.addBindValue(orderId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(),
                 QUuid::createUuidV5(space, u"order:"_s + orderId).toString(QUuid::WithoutBraces));
    }
    QVERIFY(query.exec(u"INSERT INTO partnerdesk.orders (order_id, placed_at, subtotal_minor, currency, status) "
                       "VALUES ('S-1', '2026-01-31T12:00:00Z', 1000, 'EUR', 'complete')"_s));
    QVERIFY(query.exec(
        u"SELECT id::text, partnerdesk.iso_utc(placed_at) FROM partnerdesk.orders WHERE order_id = 'S-1'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QUuid::createUuidV5(space, u"order:S-1"_s).toString(QUuid::WithoutBraces));
    QCOMPARE(query.value(1).toString(), u"2026-01-31T12:00:00Z"_s);
    // Another id for an order is refused.
    QVERIFY(!query.exec(u"INSERT INTO partnerdesk.orders (id, order_id, placed_at, subtotal_minor, currency, status) "
                        "VALUES (gen_random_uuid(), 'S-2', now(), 1000, 'EUR', 'complete')"_s));
}

// No password in the URL or the call: libpq takes PGPASSWORD, else the password file.
void TestCentralSetup::libpqFindsThePassword()
{
    const QByteArray saved = qgetenv("PGPASSWORD");
    const QByteArray savedFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    {
        CentralConnection none;
        const Status refused = none.open(url(u"books"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"password"_s) && refused.error().contains(u"127.0.0.1"_s),
                 qPrintable(refused.error()));
    }
    qputenv("PGPASSWORD", PgTestKit::Server::superPassword);
    {
        CentralConnection fromEnvironment;
        const Status opened = fromEnvironment.open(url(u"books"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    qputenv("PGPASSWORD", "wrong");
    {
        CentralConnection wrong;
        const Status refused = wrong.open(url(u"books"_s));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"password authentication failed"_s), qPrintable(refused.error()));
    }
    qunsetenv("PGPASSWORD");
    QTemporaryDir dir;
    QFile file(dir.filePath(u"pgpass"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1:" + QByteArray::number(m_server.port()) + ":*:postgres:" + PgTestKit::Server::superPassword +
               "\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    qputenv("PGPASSFILE", file.fileName().toLocal8Bit());
    {
        CentralConnection fromFile;
        const Status opened = fromFile.open(url(u"books"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    qunsetenv("PGPASSFILE");
    if (!saved.isNull())
        qputenv("PGPASSWORD", saved);
    if (!savedFile.isNull())
        qputenv("PGPASSFILE", savedFile);
}

void TestCentralSetup::cliSetup()
{
    QVERIFY(m_server.createDatabase(u"clibooks"_s));
    const QMap<QString, QString> password{{u"PGPASSWORD"_s, superPassword()}};
    CliResult run = runCli({u"central"_s, u"setup"_s, u"--central"_s, url(u"clibooks"_s)}, m_home, password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Applied central migration 0001."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"central schema version %1 (was 0)"_s.arg(CentralSchema::latestVersion())),
             qPrintable(run.out));
    // Plain text, as the URL chose (sslmode=disable): said once, on stderr.
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"partnerdesk-cli: warning: The connection to postgres@127.0.0.1:%1/clibooks is not "
                                "encrypted (sslmode=disable)"_s.arg(m_server.port())),
             qPrintable(run.err));

    run = runCli({u"central"_s, u"setup"_s, u"--central"_s, url(u"clibooks"_s)}, m_home, password);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"is up to date: central schema version %1."_s.arg(CentralSchema::latestVersion())),
             qPrintable(run.out));

    // ~/.pgpass in HOME, as libpq reads it.
    QFile pgpass(m_home.filePath(u".pgpass"_s));
    QVERIFY(pgpass.open(QIODevice::WriteOnly));
    pgpass.write("127.0.0.1:*:clibooks:postgres:" + QByteArray(PgTestKit::Server::superPassword) + "\n");
    pgpass.close();
    QVERIFY(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    run = runCli({u"central"_s, u"setup"_s, u"--central"_s, url(u"clibooks"_s)}, m_home);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(pgpass.remove());

    run =
        runCli({u"central"_s, u"setup"_s, u"--central"_s, url(u"clibooks"_s)}, m_home, {{u"PGPASSWORD"_s, u"wrong"_s}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"\npartnerdesk-cli: Cannot connect to postgres@127.0.0.1:"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"password authentication failed"_s), qPrintable(run.err));

    // A password in the URL is refused before anything connects, and not repeated.
    QUrl withPassword(url(u"clibooks"_s));
    withPassword.setPassword(superPassword());
    run = runCli({u"central"_s, u"setup"_s, u"--central"_s, withPassword.toString()}, m_home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"PGPASSWORD or ~/.pgpass"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(superPassword()), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));

    run = runCli({u"central"_s, u"setup"_s, u"--central"_s, u"mysql://db/books"_s}, m_home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not a PostgreSQL URL"_s), qPrintable(run.err));
    run = runCli({u"central"_s, u"setup"_s}, m_home);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Missing --central."_s), qPrintable(run.err));
    run = runCli({u"central"_s, u"--help"_s}, m_home);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"setup"_s) && run.out.contains(u"grant"_s));
}

void TestCentralSetup::cliGrant()
{
    const QString target = url(u"clibooks"_s);
    const QMap<QString, QString> password{{u"PGPASSWORD"_s, superPassword()}};
    CliResult run = runCli(
        {u"central"_s, u"grant"_s, u"--affiliate"_s, u"JANA1"_s, u"--login"_s, u"jana"_s, u"--central"_s, target},
        m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"No partner has the code \"JANA1\" in the central database"_s), qPrintable(run.err));
    QVERIFY(!m_server.psql(u"SELECT 1 FROM pg_roles WHERE rolname = 'jana' AND false"_s, u"jana"_s)); // no such role

    QVERIFY(m_server.psql(u"INSERT INTO partnerdesk.affiliates (id, code, name, email, created_at) VALUES "
                          "(gen_random_uuid(), 'Jana1', 'Jana Nováková', 'jana@example.net', now())"_s,
                          QString::fromLatin1(PgTestKit::Server::superuser), superPassword(), u"clibooks"_s));
    QMap<QString, QString> withLogin = password;
    withLogin.insert(u"PARTNERDESK_LOGIN_PASSWORD"_s, janaPassword);
    run = runCli(
        {u"central"_s, u"grant"_s, u"--affiliate"_s, u"jana1"_s, u"--login"_s, u"jana"_s, u"--central"_s, target},
        m_home, withLogin);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"jana is the login of partner Jana1 (Jana Nováková)."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Created the login jana with the password from PARTNERDESK_LOGIN_PASSWORD."_s),
             qPrintable(run.out));
    QString output;
    QVERIFY(m_server.psql(u"SELECT current_user || ' ' || partnerdesk.my_affiliate_id() IS NOT NULL"_s, u"jana"_s,
                          janaPassword, u"clibooks"_s, &output));
    QCOMPARE(output, u"t"_s);
    // The server saw the role made with a SCRAM hash (its log holds every statement), never the password.
    QVERIFY2(m_server.log().contains(u"CREATE ROLE jana LOGIN PASSWORD 'SCRAM-SHA-256$4096:"_s),
             qPrintable(m_server.log().right(3000)));
    QVERIFY(!m_server.log().contains(janaPassword));
    // Again: the mapping is kept, the role is not created twice.
    run = runCli(
        {u"central"_s, u"grant"_s, u"--affiliate"_s, u"JANA1"_s, u"--login"_s, u"jana"_s, u"--central"_s, target},
        m_home, password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(u"Created"_s));

    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--login"_s, u"jana"_s, u"--central"_s, target}, m_home,
                 password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"jana is the login of partner Jana1"_s), qPrintable(run.err));

    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--login"_s, u"petr"_s, u"--central"_s, target}, m_home,
                 password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"petr is a manager's login."_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"without a password"_s), qPrintable(run.out));
    QVERIFY(m_server.psql(u"SELECT 1 WHERE pg_has_role('petr', 'partnerdesk_manager', 'MEMBER')"_s,
                          QString::fromLatin1(PgTestKit::Server::superuser), superPassword(), u"clibooks"_s, &output));
    QCOMPARE(output, u"1"_s);
    // A password for the existing login: ALTER ROLE with the hash; he logs in with it.
    QMap<QString, QString> petrPassword = password;
    petrPassword.insert(u"PARTNERDESK_LOGIN_PASSWORD"_s, managerPassword);
    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--login"_s, u"petr"_s, u"--central"_s, target}, m_home,
                 petrPassword);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Set the password of petr from PARTNERDESK_LOGIN_PASSWORD."_s), qPrintable(run.out));
    QVERIFY(m_server.psql(u"SELECT current_user"_s, u"petr"_s, managerPassword, u"clibooks"_s, &output));
    QCOMPARE(output, u"petr"_s);
    QVERIFY2(m_server.log().contains(u"ALTER ROLE petr PASSWORD 'SCRAM-SHA-256$4096:"_s),
             qPrintable(m_server.log().right(3000)));
    QVERIFY(!m_server.log().contains(managerPassword));
    QString stored;
    QVERIFY(m_server.psql(u"SELECT rolpassword FROM pg_authid WHERE rolname = 'petr'"_s,
                          QString::fromLatin1(PgTestKit::Server::superuser), superPassword(), u"clibooks"_s, &stored));
    QVERIFY2(stored.startsWith(u"SCRAM-SHA-256$"_s), qPrintable(stored));

    run = runCli(
        {u"central"_s, u"grant"_s, u"--affiliate"_s, u"JANA1"_s, u"--login"_s, u"petr"_s, u"--central"_s, target},
        m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"petr is a manager's login"_s), qPrintable(run.err));
    run = runCli(
        {u"central"_s, u"grant"_s, u"--affiliate"_s, u"JANA1"_s, u"--login"_s, u"postgres"_s, u"--central"_s, target},
        m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"superuser"_s), qPrintable(run.err));
    run = runCli({u"central"_s, u"grant"_s, u"--login"_s, u"x"_s, u"--central"_s, target}, m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--affiliate CODE"_s), qPrintable(run.err));
    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--affiliate"_s, u"JANA1"_s, u"--login"_s, u"x"_s,
                  u"--central"_s, target},
                 m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not both"_s), qPrintable(run.err));
    // A name with a quote is an identifier, quoted by the server, never SQL.
    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--login"_s, u"x\"; DROP SCHEMA partnerdesk CASCADE; --"_s,
                  u"--central"_s, target},
                 m_home, password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(m_server.psql(u"SELECT count(*) FROM partnerdesk.affiliates"_s,
                          QString::fromLatin1(PgTestKit::Server::superuser), superPassword(), u"clibooks"_s, &output));
    QCOMPARE(output, u"1"_s);

    QVERIFY(m_server.createDatabase(u"empty"_s));
    run = runCli({u"central"_s, u"grant"_s, u"--manager"_s, u"--login"_s, u"y"_s, u"--central"_s, url(u"empty"_s)},
                 m_home, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"central setup"_s), qPrintable(run.err));
}

void TestCentralSetup::cliTwoSetupsAtOnce()
{
    QVERIFY(m_server.createDatabase(u"clirace"_s));
    const QMap<QString, QString> password{{u"PGPASSWORD"_s, superPassword()}};
    const QStringList arguments{u"central"_s, u"setup"_s, u"--central"_s, url(u"clirace"_s)};
    QProcess *first = startCli(arguments, m_home, password);
    QProcess *second = startCli(arguments, m_home, password);
    const CliResult a = finish(first);
    const CliResult b = finish(second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    // One of them applied the migrations, the other found them done.
    QCOMPARE(int(a.out.contains(u"Applied central migration 0001."_s)) +
                 int(b.out.contains(u"Applied central migration 0001."_s)),
             1);
}

QTEST_GUILESS_MAIN(TestCentralSetup)
#include "tst_centralsetup.moc"
