// A partner's own desktop against a real PostgreSQL (docs/SYNC.md, "Partner desktops"). A
// manager's desktop fills the central books with partners A and B (programs, coupons, banners, B's
// own banner among them, websites, rewrites, orders with customers' e-mails, transactions, a payout to
// each); every value of B's carries the marker "bmark", every customer's e-mail is @buyers.example.
// A's login syncs a new, empty database: no B marker and no customer e-mail anywhere in the file
// (and A's own markers there, so the scan is known to see); his edits reach the central database and
// the manager; forged local rows aimed at B change nothing centrally and are reported; an idle sync
// pushes nothing; his file refuses B's login and a manager's, and a manager's file refuses him. The
// window opened on his file (after its first sync from the window itself) is in partner mode without
// --partner, and nothing it shows carries a B marker.
//
// Why this file is long: one scenario. The manager's books are built once in one server, then A's
// desktop is examined from every side; split, each file would build them again.

#include "centraltestkit.h"
#include "guitestkit.h"
#include "mainwindow.h"
#include "pgtestkit.h"
#include "store/affiliatestore.h"
#include "store/bannerstore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/syncrole.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"
#include "sync/connectionsettings.h"
#include "sync/fallbackcredentialstore.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "synctestkit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

const QString bMarker = u"bmark"_s;
const QString customerMarker = u"@buyers.example"_s;
// A's own: the scan must find them.
const QStringList aMarkers = {u"amark"_s, u"AMARK1"_s, u"amark-shop.example"_s, u"AMARKSAVE"_s};

using SyncTestKit::execLocal;

// Books of partner `p` ("amark" or "bmark"): every value of his carries his marker.
QStringList partnerBooks(const QString &p)
{
    QStringList sql = {
        u"INSERT INTO affiliates (code, name, email, created_at) VALUES (upper('%1') || '1', '%1 Partner', "
        u"'%1@partner.example', "
        "'2026-01-02T10:00:00Z')"_s,
        u"INSERT INTO memberships (affiliate_id, program_id, is_primary, joined_at) VALUES ((SELECT id FROM affiliates "
        "WHERE code = upper('%1') || '1'), (SELECT id FROM programs WHERE name = 'Koongo'), 1, '2026-01-02T10:00:00Z')"_s,
        u"INSERT INTO coupons (code, affiliate_id, program_id, created_at) VALUES (upper('%1SAVE'), (SELECT id FROM "
        "affiliates WHERE code = upper('%1') || '1'), (SELECT id FROM programs WHERE name = 'Koongo'), "
        "'2026-01-03T10:00:00Z')"_s,
        u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT "
        "id FROM programs WHERE name = 'Koongo'), (SELECT id FROM affiliates WHERE code = upper('%1') || '1'), '%1 "
        "banner', "
        "'https://img.example/%1.png', 468, 60, '2026-01-03T10:00:00Z')"_s,
        u"INSERT INTO domains (affiliate_id, domain, token, method, verified, verified_at, created_at) VALUES ((SELECT "
        "id FROM affiliates WHERE code = upper('%1') || '1'), '%1-shop.example', '%1-token', 'meta', 1, "
        "'2026-01-04T10:00:00Z', '2026-01-04T09:00:00Z')"_s,
        u"INSERT INTO domain_checks (domain_id, last_finding, failed_checks) VALUES ((SELECT id FROM domains WHERE "
        "token = '%1-token'), 'ok %1', 0)"_s,
        u"INSERT INTO rewrites (affiliate_id, host, path, target_url, created_at) VALUES ((SELECT id FROM affiliates "
        "WHERE code = upper('%1') || '1'), 'go.example', '/%1', 'https://koongo.com/?acc=%1', '2026-01-05T10:00:00Z')"_s,
        u"INSERT INTO orders (order_id, placed_at, subtotal_minor, currency, status, affiliate_code, landing_url, "
        "customer_email, updated_at) VALUES (upper('%1-ORD-1'), '2026-01-06T10:00:00Z', 25000, 'EUR', 'complete', "
        "upper('%1') || '1', 'https://koongo.com/?acc=%1', '%1-buyer@buyers.example', '2026-01-06T10:00:00Z')"_s,
        u"INSERT INTO payouts (created_at, created_by, format, file_path, status, paid_at) VALUES "
        "('2026-01-07T10:00:00Z', 'manager', 'csv', '/payouts/%1.csv', 'paid', '2026-01-07T11:00:00Z')"_s,
        u"INSERT INTO payout_lines (payout_id, affiliate_id, currency, amount_minor, transactions) VALUES ((SELECT id "
        "FROM payouts WHERE file_path = '/payouts/%1.csv'), (SELECT id FROM affiliates WHERE code = upper('%1') || "
        "'1'), "
        "'EUR', 5000, 1)"_s,
        u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
        "currency, status, payout_id, approve_at, placed_at, created_at, updated_at) VALUES (upper('%1-ORD-1'), "
        "(SELECT "
        "id FROM affiliates WHERE code = upper('%1') || '1'), (SELECT id FROM programs WHERE name = 'Koongo'), 'link', "
        "25000, 2000, 5000, 'EUR', 'paid', (SELECT id FROM payouts WHERE file_path = '/payouts/%1.csv'), "
        "'2026-02-05T10:00:00Z', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z', '2026-01-06T10:00:00Z')"_s,
        u"INSERT INTO manual_assignments (order_id, affiliate_id, amount_minor, reason, assigned_by, assigned_at) "
        u"VALUES "
        "(upper('%1-ORD-1'), (SELECT id FROM affiliates WHERE code = upper('%1') || '1'), 100, 'because %1', "
        "'manager', "
        "'2026-01-09T10:00:00Z')"_s,
        u"INSERT INTO visits (visited_at, landing_url, affiliate_code, affiliate_id, program_id, rule) VALUES "
        "('2026-01-05T11:00:00Z', 'https://koongo.com/?acc=%1', upper('%1') || '1', (SELECT id FROM affiliates WHERE "
        "code = "
        "upper('%1') || '1'), (SELECT id FROM programs WHERE name = 'Koongo'), 'link')"_s,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) VALUES ('2026-01-09T10:00:00Z', "
        "'manager', 'affiliate.add', 'affiliate', upper('%1') || '1', '{\"name\":\"%1 Partner\"}')"_s,
    };
    for (QString &s : sql)
        s = s.arg(p);
    return sql;
}

const QStringList programsSql = {
    u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, "
    "created_at) VALUES ('Koongo', 'EUR', 2000, 1000, 1000, 5000, '2026-01-01T10:00:00Z'), ('Second', 'EUR', 1500, "
    "1000, 1000, 5000, '2026-01-01T10:00:00Z')"_s,
    u"INSERT INTO program_hosts (program_id, host) VALUES ((SELECT id FROM programs WHERE name = 'Koongo'), "
    "'koongo.com')"_s,
    u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT id "
    "FROM programs WHERE name = 'Koongo'), NULL, 'stock banner', 'https://img.example/stock.png', 468, 60, "
    "'2026-01-03T10:00:00Z')"_s,
};

// Every value of every table of the SQLite file, as text (with its table and column).
QStringList everyValue(const QString &path)
{
    QStringList values;
    Database db;
    if (!db.open(path))
        return values;
    QSqlQuery tables(db.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(u"SELECT * FROM \""_s + table + u'"'))
            continue;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int c = 0; c < record.count(); ++c)
                values.append(table + u'.' + record.fieldName(c) + u'=' + rows.value(c).toString());
        }
    }
    return values;
}

QStringList containing(const QStringList &values, const QString &marker)
{
    QStringList found;
    for (const QString &value : values)
        if (value.contains(marker, Qt::CaseInsensitive))
            found.append(value);
    return found;
}

// What the window holds: texts, tooltips, every cell of every view in every common role.
QStringList harvest(QWidget *window)
{
    QStringList texts = {window->windowTitle()};
    for (QWidget *w : window->findChildren<QWidget *>()) {
        texts.append(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append(edit->text());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts.append(plain->toPlainText());
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            texts.append(rich->toPlainText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            QAbstractItemModel *model = view->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < model->rowCount(parent); ++r)
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex index = model->index(r, c, parent);
                        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                            texts.append(index.data(role).toString());
                        if (c == 0)
                            walk(index);
                    }
            };
            walk({});
        }
    }
    return texts;
}

} // namespace

class TestPartnerDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hisFileHoldsOnlyHisRows();
    void hisEditsReachCentralAndTheManager();
    void forgedRowsAimedAtAnotherPartnerChangeNothing();
    void idleSyncPushesNothing();
    void failingStatementThenSyncRecovers();
    void hisFileRefusesOtherLogins();
    void aManagersFileRefusesHim();
    void cliSyncOfANewFileMakesItHis();
    void theWindowOpensHisFileAsHis();

private:
    QString central(const QString &sql);
    QString url(const QString &login) const { return m_server.url(login, u"books"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestPartnerDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_partnerdesktop"_s);
    QSettings().clear();
    qunsetenv("PGPASSWORD");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    CentralSchema schema(admin);
    const auto setUp = schema.setup();
    QVERIFY2(setUp, qPrintable(setUp.error()));
    QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));

    // The manager's desktop makes the books and sends them.
    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    QString error;
    for (const QString &sql : programsSql + partnerBooks(u"amark"_s) + partnerBooks(bMarker))
        QVERIFY2(execLocal(manager, sql, &error), qPrintable(error));
    SyncEngine engine(manager, url(u"mgr"_s), u"mgr-pw"_s);
    const auto synced = engine.sync();
    QVERIFY2(synced, qPrintable(synced.error()));
    QVERIFY(synced->pushed > 0);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.transactions"_s), u"2"_s);

    for (const auto &[code, login] : {std::pair{u"AMARK1"_s, u"pa"_s}, std::pair{u"BMARK1"_s, u"pb"_s}}) {
        const auto granted = schema.grantPartner(code, login, login + u"-pw"_s);
        QVERIFY2(granted, qPrintable(granted.error()));
    }
}

void TestPartnerDesktop::cleanupTestCase()
{
    m_server.stop();
}

QString TestPartnerDesktop::central(const QString &sql)
{
    QString output, errors;
    if (!m_server.psql(sql, u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, &output, &errors))
        qWarning("psql: %s", qPrintable(errors));
    return output.trimmed();
}

void TestPartnerDesktop::hisFileHoldsOnlyHisRows()
{
    {
        Database a;
        QVERIFY(a.open(path(u"a"_s)));
        SyncEngine engine(a, url(u"pa"_s), u"pa-pw"_s);
        const auto report = engine.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(engine.role().isPartner());
        QCOMPARE(engine.role().partnerCode(), u"AMARK1"_s);
        QCOMPARE(report->attributed, 0);
        QCOMPARE(report->refused, 0);
        QVERIFY(report->pulled > 0);
        const auto role = SyncRole::ofDatabase(a);
        QVERIFY(role && role->isPartner());
        QCOMPARE(role->partnerCode(), u"AMARK1"_s);
        // His transaction, order (without the customer), payout, the stock banner and his own.
        QSqlQuery query(a.connection());
        QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM transactions), (SELECT count(*) FROM orders), "
                           "(SELECT count(*) FROM payouts), (SELECT count(*) FROM banners), "
                           "(SELECT customer_email FROM orders)"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toInt(), 1);
        QCOMPARE(query.value(3).toInt(), 2);
        QCOMPARE(query.value(4).toString(), QString());
        // His subset keeps the local foreign keys.
        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!query.next(), qPrintable(query.value(0).toString()));
    }
    const QStringList values = everyValue(path(u"a"_s));
    QVERIFY(values.size() > 100);
    for (const QString &marker : aMarkers)
        QVERIFY2(!containing(values, marker).isEmpty(), qPrintable(marker));
    QVERIFY2(containing(values, bMarker).isEmpty(), qPrintable(containing(values, bMarker).join(u'\n')));
    QVERIFY2(containing(values, customerMarker).isEmpty(), qPrintable(containing(values, customerMarker).join(u'\n')));
}

void TestPartnerDesktop::hisEditsReachCentralAndTheManager()
{
    Database a;
    QVERIFY(a.open(path(u"a"_s)));
    QString error;
    // Through the stores his window uses: join a program, add a banner, register a website; and a
    // new name, and an audit row of his own.
    const std::optional<Affiliate> me = AffiliateStore(a).byCode(u"AMARK1"_s);
    QVERIFY(me);
    QSqlQuery second(a.connection());
    QVERIFY(second.exec(u"SELECT id FROM programs WHERE name = 'Second'"_s) && second.next());
    const qint64 secondId = second.value(0).toLongLong();
    second.finish();
    QVERIFY2(ProgramStore(a).join(me->id, secondId), "join");
    Banner banner;
    banner.programId = secondId;
    banner.affiliateId = me->id;
    banner.title = u"amark second"_s;
    banner.imageUrl = u"https://img.example/amark2.png"_s;
    banner.width = 300;
    banner.height = 250;
    const auto added = BannerStore(a).addOwn(banner);
    QVERIFY2(added, qPrintable(added.error()));
    const auto website = AffiliateStore(a).addDomain(me->id, u"amark-blog.example"_s);
    QVERIFY2(website, qPrintable(website.error()));
    const QStringList edits = {
        u"UPDATE affiliates SET name = 'amark Renamed' WHERE code = 'AMARK1'"_s,
        u"INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2026-03-01T10:00:00Z', 'AMARK1', "
        "'website.add', 'domain', 'amark-blog.example')"_s,
    };
    for (const QString &sql : edits)
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engine(a, url(u"pa"_s), u"pa-pw"_s);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->refused == 0, qPrintable(report->refusals.join(u'\n')));
    QVERIFY(report->pushed >= 5);
    QCOMPARE(Outbox(a).count(), 0);

    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.memberships m JOIN partnerdesk.programs p ON p.id = "
                     "m.program_id WHERE p.name = 'Second'"_s),
             u"1"_s);
    QCOMPARE(central(u"SELECT changed_by FROM partnerdesk.banners WHERE title = 'amark second'"_s), u"pa"_s);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.domains WHERE domain = 'amark-blog.example'"_s), u"1"_s);
    QCOMPARE(central(u"SELECT name || '|' || status FROM partnerdesk.affiliates WHERE code = 'AMARK1'"_s),
             u"amark Renamed|approved"_s);
    QCOMPARE(central(u"SELECT changed_by FROM partnerdesk.audit_log WHERE entity_id = 'amark-blog.example'"_s),
             u"pa"_s);

    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    SyncEngine managers(manager, url(u"mgr"_s), u"mgr-pw"_s);
    const auto pulled = managers.sync();
    QVERIFY2(pulled, qPrintable(pulled.error()));
    QSqlQuery query(manager.connection());
    QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM banners WHERE title = 'amark second'), (SELECT count(*) FROM "
                       "domains WHERE domain = 'amark-blog.example'), (SELECT name FROM affiliates WHERE code = "
                       "'AMARK1'), (SELECT count(*) FROM memberships WHERE program_id = (SELECT id FROM programs "
                       "WHERE name = 'Second'))"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toInt(), 1);
    QCOMPARE(query.value(2).toString(), u"amark Renamed"_s);
    QCOMPARE(query.value(3).toInt(), 1);

    // Changes of his rows that exist centrally: he leaves the program and renames his first banner.
    QVERIFY2(ProgramStore(a).leave(me->id, secondId), "leave");
    QVERIFY2(execLocal(a, u"UPDATE banners SET title = 'amark retitled' WHERE title = 'amark banner'"_s, &error),
             qPrintable(error));
    const auto changed = engine.sync();
    QVERIFY2(changed, qPrintable(changed.error()));
    QVERIFY2(changed->refused == 0 && changed->conflicts == 0, qPrintable(changed->refusals.join(u'\n')));
    QCOMPARE(
        central(u"SELECT m.active::text || ':' || (m.left_at IS NOT NULL)::text FROM partnerdesk.memberships m JOIN "
                "partnerdesk.programs p ON p.id = m.program_id WHERE p.name = 'Second'"_s),
        u"false:true"_s);
    QCOMPARE(
        central(u"SELECT count(*) FROM partnerdesk.banners WHERE title = 'amark retitled' AND changed_by = 'pa'"_s),
        u"1"_s);
}

void TestPartnerDesktop::forgedRowsAimedAtAnotherPartnerChangeNothing()
{
    const QString bBanner = central(u"SELECT id FROM partnerdesk.banners WHERE title = 'bmark banner'"_s);
    const QString bVersion = central(u"SELECT version FROM partnerdesk.banners WHERE id = '%1'"_s.arg(bBanner));
    QVERIFY(!bBanner.isEmpty());
    const QString bAffiliate = central(u"SELECT id FROM partnerdesk.affiliates WHERE code = 'BMARK1'"_s);
    const QString bAffiliateVersion =
        central(u"SELECT version FROM partnerdesk.affiliates WHERE id = '%1'"_s.arg(bAffiliate));
    const QString bDomain = central(u"SELECT id FROM partnerdesk.domains WHERE token = 'bmark-token'"_s);
    const QString bDomainVersion = central(u"SELECT version FROM partnerdesk.domains WHERE id = '%1'"_s.arg(bDomain));
    const QString bPartner = central(u"SELECT name || email || version FROM partnerdesk.affiliates WHERE code = "
                                     "'BMARK1'"_s);
    const QString before = central(
        u"SELECT string_agg(t || ':' || n, ',' ORDER BY t) FROM (SELECT 'transactions' t, count(*) n FROM "
        "partnerdesk.transactions UNION ALL SELECT 'memberships', count(*) FROM partnerdesk.memberships UNION ALL "
        "SELECT 'banners', count(*) FROM partnerdesk.banners WHERE NOT deleted UNION ALL SELECT 'affiliates', "
        "count(*) FROM partnerdesk.affiliates UNION ALL SELECT 'orders', count(*) FROM partnerdesk.orders) c"_s);
    const QString bRows =
        central(u"SELECT string_agg(title || version || deleted, ',') FROM partnerdesk.banners "
                "WHERE affiliate_id = (SELECT id FROM partnerdesk.affiliates WHERE code = 'BMARK1')"_s);

    Database a;
    QVERIFY(a.open(path(u"a"_s)));
    QString error;
    const QStringList forged = {
        // A banner of his whose mapping now names B's banner: sent as a change of it.
        u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT "
        "id FROM programs WHERE name = 'Koongo'), (SELECT id FROM affiliates WHERE code = 'AMARK1'), 'forged', "
        "'https://img.example/forged.png', 1, 1, '2026-03-02T10:00:00Z')"_s,
        u"DELETE FROM sync_outbox"_s,
        u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES ('banners', (SELECT id FROM banners WHERE title = "
        "'forged'), '%1', %2)"_s.arg(bBanner, bVersion),
        u"UPDATE banners SET title = 'forged again', active = 0 WHERE title = 'forged'"_s,
        // A partner row here mapped to B's: renamed. A website here mapped to B's: deleted.
        u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('ZZ9', 'zz', 'zz@example.net', "
        "'2026-03-02T10:00:00Z')"_s,
        u"INSERT INTO domains (affiliate_id, domain, token, method, verified, created_at) VALUES ((SELECT id FROM "
        "affiliates WHERE code = 'AMARK1'), 'zz.example', 'zz-token', 'meta', 0, '2026-03-02T10:00:00Z')"_s,
        u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES ('affiliates', (SELECT id FROM affiliates WHERE "
        "code = 'ZZ9'), '%1', %2)"_s.arg(bAffiliate, bAffiliateVersion),
        u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES ('domains', (SELECT id FROM domains WHERE "
        "token = 'zz-token'), '%1', %2)"_s.arg(bDomain, bDomainVersion),
        u"UPDATE affiliates SET name = 'taken over' WHERE code = 'ZZ9'"_s,
        u"DELETE FROM domains WHERE token = 'zz-token'"_s,
        // A transaction of his made here; a membership and a banner for B (through the row mapped to his).
        u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, commission_minor, "
        "currency, status, placed_at, created_at, updated_at) VALUES ('AMARK1-ORD-1', (SELECT id FROM affiliates WHERE "
        "code = 'AMARK1'), (SELECT id FROM programs WHERE name = 'Koongo'), 'manual', 0, 0, 99999, 'EUR', 'approved', "
        "'2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z')"_s,
        u"INSERT INTO memberships (affiliate_id, program_id, is_primary, joined_at) VALUES ((SELECT id FROM affiliates "
        "WHERE code = 'ZZ9'), (SELECT id FROM programs WHERE name = 'Second'), 0, '2026-03-02T10:00:00Z')"_s,
        u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT "
        "id FROM programs WHERE name = 'Koongo'), (SELECT id FROM affiliates WHERE code = 'ZZ9'), 'planted on B', "
        "'https://img.example/planted.png', 1, 1, '2026-03-02T10:00:00Z')"_s,
        // And his own partner row's status, which only a manager sets.
        u"UPDATE affiliates SET status = 'suspended', name = 'amark Renamed Again' WHERE code = 'AMARK1'"_s,
    };
    for (const QString &sql : forged)
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engine(a, url(u"pa"_s), u"pa-pw"_s);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    // The banner aimed at B, the transaction, B's partner row, membership and banner: refused, said.
    QVERIFY2(report->refused >= 6, qPrintable(report->refusals.join(u'\n')));
    for (const QString &said : {u"transactions"_s, bBanner, bAffiliate, bDomain})
        QVERIFY2(report->refusals.join(u'\n').contains(said), qPrintable(said));
    // The status he may not set: a conflict, nothing overwritten.
    QCOMPARE(report->conflicts, 1);
    QCOMPARE(Outbox(a).count(), 0); // nothing wedged

    QCOMPARE(central(u"SELECT string_agg(t || ':' || n, ',' ORDER BY t) FROM (SELECT 'transactions' t, count(*) n "
                     "FROM partnerdesk.transactions UNION ALL SELECT 'memberships', count(*) FROM "
                     "partnerdesk.memberships UNION ALL SELECT 'banners', count(*) FROM partnerdesk.banners WHERE NOT "
                     "deleted UNION ALL SELECT 'affiliates', count(*) FROM partnerdesk.affiliates UNION ALL SELECT "
                     "'orders', count(*) FROM partnerdesk.orders) c"_s),
             before);
    QCOMPARE(central(u"SELECT string_agg(title || version || deleted, ',') FROM partnerdesk.banners WHERE "
                     "affiliate_id = (SELECT id FROM partnerdesk.affiliates WHERE code = 'BMARK1')"_s),
             bRows);
    QCOMPARE(central(u"SELECT name || '|' || status FROM partnerdesk.affiliates WHERE code = 'AMARK1'"_s),
             u"amark Renamed|approved"_s);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.transactions WHERE commission_minor = 99999"_s), u"0"_s);
    QCOMPARE(central(u"SELECT name || email || version FROM partnerdesk.affiliates WHERE code = 'BMARK1'"_s), bPartner);
    QCOMPARE(central(u"SELECT version || deleted::text FROM partnerdesk.domains WHERE id = '%1'"_s.arg(bDomain)),
             bDomainVersion + u"false"_s);

    // The next sync has nothing left to refuse.
    const auto again = engine.sync();
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->refused, 0);
    QCOMPARE(again->pushed, 0);

    // The forged rows out of his file again, so the window's harvest sees his books as they were.
    const QStringList undo = {
        u"DELETE FROM sync_conflicts"_s,
        u"DELETE FROM banners WHERE title IN ('forged again', 'planted on B')"_s,
        u"DELETE FROM memberships WHERE affiliate_id = (SELECT id FROM affiliates WHERE code = 'ZZ9')"_s,
        u"DELETE FROM affiliates WHERE code = 'ZZ9'"_s,
        u"DELETE FROM transactions WHERE commission_minor = 99999"_s,
        u"DELETE FROM sync_ids WHERE uid IN ('%1', '%2', '%3') OR local_id IS NULL"_s.arg(bBanner, bAffiliate, bDomain),
        u"UPDATE affiliates SET status = 'approved', name = 'amark Renamed' WHERE code = 'AMARK1'"_s,
        u"DELETE FROM sync_outbox"_s,
    };
    for (const QString &sql : undo)
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
}

void TestPartnerDesktop::idleSyncPushesNothing()
{
    Database a;
    QVERIFY(a.open(path(u"a"_s)));
    SyncEngine engine(a, url(u"pa"_s), u"pa-pw"_s);
    QVERIFY(engine.sync());
    int statements = 0;
    engine.setStatementHook([&statements](int) {
        ++statements;
        return true;
    });
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->pushed, 0);
    QCOMPARE(report->pulled, 0);
    QCOMPARE(report->refused, 0);
    qInfo("idle partner sync: %lld ms, %d central statements", report->durationMs, statements);
}

// The i-th central statement of his sync fails (a lost connection, as the fault tests of the
// manager's sync do), for every i the sync reaches: the next sync sends his banner exactly once,
// leaves nothing queued, and what he may not send changes nothing centrally.
void TestPartnerDesktop::failingStatementThenSyncRecovers()
{
    int failAt = 1;
    for (; failAt < 200; ++failAt) {
        Database a;
        QVERIFY(a.open(path(u"a"_s)));
        const std::optional<Affiliate> me = AffiliateStore(a).byCode(u"AMARK1"_s);
        QVERIFY(me);
        QSqlQuery program(a.connection());
        QVERIFY(program.exec(u"SELECT id FROM programs WHERE name = 'Koongo'"_s) && program.next());
        Banner banner;
        banner.programId = program.value(0).toLongLong();
        program.finish();
        banner.affiliateId = me->id;
        banner.title = u"amark fault %1"_s.arg(failAt);
        banner.imageUrl = u"https://img.example/fault.png"_s;
        banner.width = 300;
        banner.height = 250;
        QVERIFY(BannerStore(a).addOwn(banner));
        QString error;
        QVERIFY2(execLocal(a, u"UPDATE transactions SET commission_minor = 55555"_s, &error), qPrintable(error));

        bool reachedEnd = false;
        {
            SyncEngine faulty(a, url(u"pa"_s), u"pa-pw"_s);
            faulty.maxAttempts = 1;
            faulty.setStatementHook([failAt](int statement) { return statement != failAt; });
            const auto first = faulty.sync();
            reachedEnd = first && faulty.session().statementCount() < failAt;
        }
        SyncEngine engine(a, url(u"pa"_s), u"pa-pw"_s);
        const auto second = engine.sync();
        QVERIFY2(second, qPrintable(u"failing statement %1: %2"_s.arg(failAt).arg(second.error())));
        QCOMPARE(Outbox(a).count(), 0);
        QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.banners WHERE title = 'amark fault %1'"_s.arg(failAt)),
                 u"1"_s);
        QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.transactions WHERE commission_minor = 55555"_s), u"0"_s);
        if (reachedEnd)
            break;
    }
    QVERIFY(failAt > 10);
    QVERIFY(failAt < 200);
    qInfo("a failing statement at each of %d points of the partner's sync, then a sync: recovered", failAt - 1);
}

void TestPartnerDesktop::hisFileRefusesOtherLogins()
{
    Database a;
    QVERIFY(a.open(path(u"a"_s)));
    const QString before = central(u"SELECT sum(version) FROM partnerdesk.banners"_s);
    {
        SyncEngine asB(a, url(u"pb"_s), u"pb-pw"_s);
        const auto report = asB.sync();
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"AMARK1"_s) && report.error().contains(u"BMARK1"_s),
                 qPrintable(report.error()));
    }
    {
        SyncEngine asManager(a, url(u"mgr"_s), u"mgr-pw"_s);
        const auto report = asManager.sync();
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"AMARK1"_s), qPrintable(report.error()));
    }
    QVERIFY(containing(everyValue(path(u"a"_s)), bMarker).isEmpty());
    QCOMPARE(central(u"SELECT sum(version) FROM partnerdesk.banners"_s), before);
}

void TestPartnerDesktop::aManagersFileRefusesHim()
{
    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    SyncEngine asA(manager, url(u"pa"_s), u"pa-pw"_s);
    const auto report = asA.sync();
    QVERIFY(!report);
    QVERIFY2(report.error().contains(u"manager"_s), qPrintable(report.error()));

    // Nor does a file with books of its own that never synced become his.
    Database own;
    QVERIFY(own.open(path(u"own-books"_s)));
    QString error;
    QVERIFY2(execLocal(own, programsSql.constFirst(), &error), qPrintable(error));
    SyncEngine fresh(own, url(u"pa"_s), u"pa-pw"_s);
    const auto refused = fresh.sync();
    QVERIFY(!refused);
    QVERIFY(!SyncRole::ofDatabase(own));
}

void TestPartnerDesktop::cliSyncOfANewFileMakesItHis()
{
    const QString file = path(u"cli"_s);
    QTemporaryDir home;
    CentralTestKit::CliResult run = CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(u"pa"_s), u"--db"_s, file},
                                                           home, {{u"PGPASSWORD"_s, u"pa-pw"_s}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"Synced: "_s) && !run.out.contains(u"Not sent"_s), qPrintable(run.out));
    {
        Database db;
        QVERIFY(db.open(file));
        const auto role = SyncRole::ofDatabase(db);
        QVERIFY(role && role->partnerCode() == u"AMARK1"_s);
        QString error;
        QVERIFY2(execLocal(db,
                           u"INSERT INTO transactions (order_id, affiliate_id, program_id, kind, base_minor, rate_bp, "
                           "commission_minor, currency, status, placed_at, created_at, updated_at) VALUES "
                           "('AMARK1-ORD-1', (SELECT id FROM affiliates), (SELECT min(id) FROM programs), 'manual', 0, "
                           "0, 77777, 'EUR', 'approved', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', "
                           "'2026-03-02T10:00:00Z')"_s,
                           &error),
                 qPrintable(error));
    }
    const QStringList values = everyValue(file);
    QVERIFY(!containing(values, u"AMARK1"_s).isEmpty());
    QVERIFY(containing(values, bMarker).isEmpty());
    QVERIFY(containing(values, customerMarker).isEmpty());

    // A change he may not make: said on a line of its own, the reason on stderr; exit 0.
    run = CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(u"pa"_s), u"--db"_s, file}, home,
                                 {{u"PGPASSWORD"_s, u"pa-pw"_s}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Not sent: 1 local changes"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"transactions"_s), qPrintable(run.err));
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.transactions WHERE commission_minor = 77777"_s), u"0"_s);

    // B's login on his file: refused, exit 1.
    run = CentralTestKit::runCli({u"sync"_s, u"--central"_s, url(u"pb"_s), u"--db"_s, file}, home,
                                 {{u"PGPASSWORD"_s, u"pb-pw"_s}});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"AMARK1"_s), qPrintable(run.err));
    QVERIFY(containing(everyValue(file), bMarker).isEmpty());
}

void TestPartnerDesktop::theWindowOpensHisFileAsHis()
{
    // His new, empty database, his login in the connection settings (File › Central Database…),
    // then Sync Now: the window becomes his.
    ConnectionSettings settings;
    settings.host = m_server.host();
    settings.port = m_server.port();
    settings.database = u"books"_s;
    settings.user = u"pa"_s;
    settings.sslMode = u"disable"_s;
    QSettings stored;
    settings.save(stored);
    FallbackCredentialStore::application()->keepForSession(settings.credentialKey(), u"pa-pw"_s);

    const QString file = path(u"window"_s);
    {
        MainWindow window;
        QVERIFY(window.openDatabase(file));
        window.show();
        QVERIFY(!window.partner());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.syncController() && window.syncController()->state() != SyncController::State::Offline, 20000);
        QAction *sync = child<QAction>(&window, u"syncAction"_s);
        QVERIFY(sync);
        QTRY_VERIFY(sync->isEnabled());
        sync->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.partner() && window.partner()->id != 0, 30000);
        QCOMPARE(window.partner()->code, u"AMARK1"_s);
        QCOMPARE(window.shownPaneIds(), MainWindow::partnerPaneIds());
    }
    // Opened again, without --partner: his.
    MainWindow window;
    QVERIFY(window.openDatabase(file));
    window.show();
    QVERIFY(window.partner());
    QCOMPARE(window.partner()->code, u"AMARK1"_s);
    QCOMPARE(window.shownPaneIds(), MainWindow::partnerPaneIds());
    // Asked as another partner: refused.
    MainWindow other;
    QVERIFY(!other.openAsPartner(file, u"BMARK1"_s));

    QStringList texts;
    for (const QString &id : MainWindow::partnerPaneIds()) {
        QVERIFY(window.showPane(id));
        QTest::qWait(200);
        texts += harvest(&window);
    }
    QVERIFY2(!containing(texts, u"AMARK1"_s).isEmpty(), "the harvest sees his own rows");
    QVERIFY2(!containing(texts, u"amark banner"_s).isEmpty() || !containing(texts, u"AMARKSAVE"_s).isEmpty(),
             "the harvest sees his package");
    QVERIFY2(containing(texts, bMarker).isEmpty(), qPrintable(containing(texts, bMarker).join(u'\n')));
    QVERIFY2(containing(texts, customerMarker).isEmpty(), qPrintable(containing(texts, customerMarker).join(u'\n')));

    // A change he may not make, made in his file behind the window's back: Sync Now says so.
    {
        Database db;
        QVERIFY(db.open(file));
        QString error;
        QVERIFY2(execLocal(db, u"UPDATE transactions SET commission_minor = 66666"_s, &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        window.syncController() && window.syncController()->state() != SyncController::State::Offline, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.syncController()->state() != SyncController::State::Syncing, 20000);
    QAction *sync = child<QAction>(&window, u"syncAction"_s);
    QVERIFY(sync && sync->isEnabled());
    sync->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"Not sent"_s), 30000);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"transactions"_s),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.transactions WHERE commission_minor = 66666"_s), u"0"_s);
}

QTEST_MAIN(TestPartnerDesktop)
#include "tst_partnerdesktop.moc"
