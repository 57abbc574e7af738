// The local side of sync: every store edit queues exactly the rows it changed, in the edit's own
// transaction; pulled rows queue nothing and land with their pull position atomically; the outbox
// coalesces; uids are stable; migration 0009 can run twice.
//
// Why this file is long: one case per kind of store edit (every synced table), each checking the
// exact rows it queued; a table of edits would hide which edit queued what.

#include "import/demogenerator.h"
#include "import/orderimporter.h"
#include "payouttestkit.h"
#include "store/affiliatestore.h"
#include "store/bannerstore.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/payoutstore.h"
#include "store/programstore.h"
#include "store/rewritestore.h"
#include "store/syncstate.h"
#include "storetestkit.h"
#include "sync/applyscope.h"
#include "sync/outbox.h"
#include "sync/syncids.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;
using StoreTestKit::OrderLine;
using StoreTestKit::StoreFixture;

namespace {

// (table, local id) of a synced row; program_hosts rows by program, as the outbox queues them.
using RowKey = QPair<QString, qint64>;

QString keyColumn(const QString &table)
{
    if (table == u"program_hosts")
        return u"program_id"_s;
    if (table == u"domain_checks")
        return u"domain_id"_s;
    return u"id"_s;
}

// Every synced row's content by key, read straight from the tables (independent of the triggers).
QHash<RowKey, QString> snapshot(Database &database)
{
    QHash<RowKey, QString> rows;
    for (const QString &table : SyncIds::syncedTables()) {
        QStringList columns;
        QSqlQuery info(database.connection());
        info.exec(u"PRAGMA table_info(%1)"_s.arg(table));
        while (info.next()) {
            // Local provenance of an import run: not synced (docs/SYNC.md, "Local side").
            const QString column = info.value(1).toString();
            if (column != u"import_id" && column != u"import_line")
                columns.append(u"quote(%1)"_s.arg(column));
        }
        QSqlQuery query(database.connection());
        if (!query.exec(
                u"SELECT %1, %2 FROM %3 ORDER BY 2"_s.arg(keyColumn(table), columns.join(u" || '|' || "_s), table)))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            rows[{table, query.value(0).toLongLong()}] += query.value(1).toString() + u'\n';
    }
    return rows;
}

struct Queued
{
    QSet<RowKey> upserts;
    QSet<RowKey> deletes;
};

Queued queuedAfter(Database &database, qint64 seq)
{
    Queued queued;
    // What the push reads: an import's ranges (0021) turned into outbox rows first.
    if (const Status expanded = Outbox(database).expandRanges(); !expanded)
        queued.upserts.insert({u"expandRanges failed: "_s + expanded.error(), -1});
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT tbl, local_id, op FROM sync_outbox WHERE seq > ?"_s);
    query.addBindValue(seq);
    query.exec();
    while (query.next())
        (query.value(2).toString() == u"delete" ? queued.deletes : queued.upserts)
            .insert({query.value(0).toString(), query.value(1).toLongLong()});
    return queued;
}

qint64 lastSeq(Database &database)
{
    return StoreTestKit::scalar(database, u"SELECT coalesce(max(seq), 0) FROM sync_outbox"_s);
}

QString describe(const QSet<RowKey> &keys)
{
    QStringList list;
    for (const RowKey &key : keys)
        list.append(u"%1#%2"_s.arg(key.first).arg(key.second));
    list.sort();
    return list.join(u", "_s);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { StoreTestKit::pinNow(); }
    void init();
    void cleanup() { m_store.reset(); }

    void migrationRunsTwice();
    void existingBooksAreQueuedOnce();
    void everyStoreEditQueuesExactlyItsRows();
    void rolledBackImportQueuesNothing();
    void bulkImportQueuesEveryRow();
    void demoQueuesEveryRow();
    void applyingPulledRowsQueuesNothing();
    void applyFailingMidwayKeepsNeitherRowsNorPosition();
    void flagIsInvisibleToOtherConnections();
    void batchCoalescesAndMarkSentKeepsLaterChanges();
    void madeAndDeletedBeforePushNeedsNothing();
    void deletedRowCarriesItsUid();
    void naturalKeysGiveTheSameUidOnTwoDatabases();
    void randomUidsDiffer();
    void recreatedNaturalKeyTakesItsUidBack();
    void desktopIdIsKept();
    void updateTriggersCompareEverySyncedColumn();

private:
    // Runs `edit` once with the audit log refusing writes (the edit must fail and leave neither
    // rows nor queued changes: one transaction), then for real, and compares what it queued with
    // what changed in the tables.
    void checkEdit(const QString &name, const std::function<bool()> &edit, bool audited = true);

    std::unique_ptr<StoreFixture> m_store;
    PayoutTestKit::Books m_books;
};

void TestOutbox::init()
{
    m_store = StoreTestKit::openFixture();
    QVERIFY(m_store);
    QVERIFY(PayoutTestKit::setUpBooks(m_store->database, m_books));
}

void TestOutbox::checkEdit(const QString &name, const std::function<bool()> &edit, bool audited)
{
    Database &db = m_store->database;
    if (audited) {
        const auto before = snapshot(db);
        const qint64 seq = lastSeq(db);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'test: audit refused'); END"_s));
        const bool succeeded = edit();
        QVERIFY(query.exec(u"DROP TRIGGER temp.refuse_audit"_s));
        QVERIFY2(!succeeded, qPrintable(name + u": succeeded without its audit row"_s));
        QVERIFY2(snapshot(db) == before, qPrintable(name + u": a failed edit changed rows"_s));
        QCOMPARE(lastSeq(db), seq);
    }
    const auto before = snapshot(db);
    const qint64 seq = lastSeq(db);
    QVERIFY2(edit(), qPrintable(name));
    const auto after = snapshot(db);
    QSet<RowKey> changed;
    QSet<RowKey> removed;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            (it.key().first == u"program_hosts" ? changed : removed).insert(it.key());
    }
    const Queued queued = queuedAfter(db, seq);
    QVERIFY2(!changed.isEmpty() || !removed.isEmpty(), qPrintable(name + u": changed nothing"_s));
    QVERIFY2(queued.upserts == changed,
             qPrintable(name + u": queued [%1], changed [%2]"_s.arg(describe(queued.upserts), describe(changed))));
    QVERIFY2(queued.deletes == removed, qPrintable(name + u": queued deletes [%1], removed [%2]"_s.arg(
                                                              describe(queued.deletes), describe(removed))));
}

void TestOutbox::migrationRunsTwice()
{
    Database &db = m_store->database;
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    const qint64 triggers =
        StoreTestKit::scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"_s);
    QVERIFY(triggers >= 3 * (SyncIds::syncedTables().size() - 1));
    const qint64 queued = Outbox(db).count();
    const QByteArray schema = PayoutTestKit::checksum(db);
    QFile file(u":/migrations/0009_sync.sql"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Run it again the way Database::migrate does: the same statements, once more.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"PRAGMA user_version = 8"_s));
    m_store->database.close();
    QVERIFY(m_store->database.open(m_store->path(u"store.sqlite"_s)));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(Outbox(db).count(), queued);
    QCOMPARE(PayoutTestKit::checksum(db), schema);
}

void TestOutbox::existingBooksAreQueuedOnce()
{
    // A file with books made before 0009: build it with 0001..0008 only, then open it.
    const QString path = m_store->path(u"old.sqlite"_s);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery query(old);
        for (int version = 1; version <= 8; ++version) {
            QDir dir(u":/migrations"_s);
            const QStringList files = dir.entryList({u"%1_*.sql"_s.arg(version, 4, 10, QChar(u'0'))});
            QCOMPARE(files.size(), 1);
            QFile file(dir.filePath(files.first()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            // One statement per ';' line end, triggers kept whole (no semicolons inside 0001..0008 otherwise).
            QString statement;
            bool inTrigger = false;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (line.trimmed().startsWith(u"--"_s))
                    continue;
                statement += line + u'\n';
                inTrigger = inTrigger || line.startsWith(u"CREATE TRIGGER"_s);
                if (line.trimmed().endsWith(u';') && (!inTrigger || line.trimmed() == u"END;")) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + statement));
                    statement.clear();
                    inTrigger = false;
                }
            }
        }
        QVERIFY(query.exec(
            u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, "
            "threshold_minor, created_at) VALUES ('Old', 'EUR', 1000, 1000, 0, 0, '2026-01-01T00:00:00Z')"_s));
        QVERIFY(query.exec(u"INSERT INTO program_hosts VALUES (1, 'old.example'), (1, 'shop.old.example')"_s));
        QVERIFY(query.exec(
            u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('OLD', 'Old', 'o@x.cz', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 8"_s));
        old.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    Database database;
    QVERIFY(database.open(path));
    Outbox outbox(database);
    QCOMPARE(outbox.count(), qint64(3)); // the program, its host list, the partner
    const Result<OutboxBatch> batch = outbox.nextBatch();
    QVERIFY(batch);
    QCOMPARE(batch->entries.size(), qsizetype(3));
    QCOMPARE(batch->entries.at(0).table, u"programs"_s);
    QCOMPARE(batch->entries.at(1).table, u"program_hosts"_s);
    QCOMPARE(batch->entries.at(2).uid, SyncIds::nameUid(u"affiliate:OLD"_s));
}

void TestOutbox::everyStoreEditQueuesExactlyItsRows()
{
    Database &db = m_store->database;
    ProgramStore programs(db);
    AffiliateStore affiliates(db);
    LedgerStore ledger(db);
    PayoutStore payouts(db);
    RewriteStore rewrites(db);
    BannerStore banners(db);
    PartnerStore partners(db);
    qint64 dana = 0;

    checkEdit(u"program add"_s, [&] {
        Program p;
        p.name = u"Koongo Shop"_s;
        p.storeHosts = {u"shop.koongo.com"_s};
        return bool(programs.add(p));
    });
    checkEdit(u"program update (hosts)"_s, [&] {
        std::optional<Program> p = programs.byId(m_books.partnerProgram);
        p->storeHosts = {u"koongo.com"_s, u"www2.koongo.com"_s};
        p->description = u"Nový popis"_s;
        return bool(programs.update(*p));
    });
    checkEdit(u"partner add"_s, [&] {
        const Result<Affiliate> a = affiliates.add(u"Dana"_s, u"dana@example.com"_s, u"DANA"_s);
        dana = a ? a->id : 0;
        return bool(a);
    });
    checkEdit(u"partner status"_s, [&] { return bool(affiliates.setStatus(dana, u"suspended"_s)); });
    checkEdit(u"partner status back"_s, [&] { return bool(affiliates.setStatus(dana, u"approved"_s)); });
    checkEdit(u"join"_s, [&] { return bool(programs.join(dana, m_books.partnerProgram)); });
    checkEdit(u"second join"_s, [&] { return bool(programs.join(dana, m_books.usProgram)); });
    checkEdit(u"set primary"_s, [&] { return bool(programs.setPrimary(dana, m_books.usProgram)); });
    checkEdit(u"coupon"_s, [&] { return bool(affiliates.createCoupon(dana, m_books.partnerProgram, u"DANA10"_s)); });
    checkEdit(u"coupon off"_s, [&] { return bool(affiliates.setCouponActive(u"DANA10"_s, false)); });
    checkEdit(u"stock banner"_s, [&] {
        return bool(affiliates.addBanner(
            {0, m_books.partnerProgram, 0, u"Leaderboard"_s, u"https://koongo.com/b.png"_s, 728, 90}));
    });
    qint64 own = 0;
    checkEdit(u"own banner"_s, [&] {
        const Result<qint64> id =
            banners.addOwn({0, m_books.partnerProgram, dana, u"Můj"_s, u"https://dana.example/b.png"_s, 468, 60});
        own = id ? *id : 0;
        return bool(id);
    });
    checkEdit(u"own banner removed"_s, [&] { return bool(banners.removeOwn(dana, own)); });
    checkEdit(u"domain"_s, [&] { return bool(affiliates.addDomain(dana, u"dana.example"_s)); });
    checkEdit(u"domain approved"_s,
              [&] { return bool(affiliates.approveDomain(dana, u"dana.example"_s, u"Známe ji"_s)); });
    qint64 rewrite = 0;
    checkEdit(u"rewrite"_s, [&] {
        const Result<RewriteRow> row =
            rewrites.add({dana, u"koongo.com"_s, u"/dana"_s, u"https://koongo.com/pricing"_s});
        rewrite = row ? row->rewrite.id : 0;
        return bool(row);
    });
    checkEdit(u"rewrite changed"_s, [&] {
        return bool(rewrites.update(rewrite, {dana, u"koongo.com"_s, u"/dana2"_s, u"https://koongo.com/"_s}));
    });
    checkEdit(u"rewrite removed"_s, [&] { return bool(rewrites.remove(rewrite)); });

    const QString csv = m_store->path(u"orders.csv"_s);
    QList<OrderLine> orders = {PayoutTestKit::viaLink(u"1001"_s, u"ANNA"_s, u"500.00"_s),
                               PayoutTestKit::viaLink(u"1002"_s, u"BEN"_s, u"300.00"_s),
                               PayoutTestKit::viaLink(u"1003"_s, u"DANA"_s, u"100.00"_s)};
    orders[2].placedAt = StoreTestKit::daysAgo(2); // still pending when the batch is made
    checkEdit(u"order import"_s, [&] { return PayoutTestKit::importOrders(db, csv, orders); });
    orders[1].subtotal = u"350.00"_s;
    checkEdit(u"re-import"_s, [&] { return PayoutTestKit::importOrders(db, csv, orders); });
    checkEdit(u"manual assignment"_s, [&] { return bool(ledger.assign(u"1002"_s, m_books.carl, u"Telefonát"_s)); });
    qint64 batchId = 0;
    checkEdit(u"payout batch"_s, [&] {
        const auto batch = payouts.createBatch(u"csv"_s, m_store->path(u"batch-%1.csv"_s.arg(batchId++)));
        if (batch)
            batchId = batch->id;
        return bool(batch);
    });
    checkEdit(u"mark paid"_s, [&] { return bool(payouts.markPaid(batchId)); });
    orders[0].status = u"refunded"_s;
    orders[2].status = u"canceled"_s;
    checkEdit(u"cancel and refund by re-import"_s, [&] { return PayoutTestKit::importOrders(db, csv, orders); });

    // A partner with nothing attached can be removed: a delete.
    qint64 eve = 0;
    checkEdit(u"partner add 2"_s, [&] {
        const Result<Affiliate> a = affiliates.add(u"Eva"_s, u"eva@example.com"_s, u"EVA"_s);
        eve = a ? a->id : 0;
        return bool(a);
    });
    checkEdit(u"partner removed"_s, [&] { return bool(partners.remove(eve, u"Omyl"_s)); });
}

void TestOutbox::rolledBackImportQueuesNothing()
{
    Database &db = m_store->database;
    const qint64 seq = lastSeq(db);
    const QString csv = m_store->path(u"orders.csv"_s);
    QList<OrderLine> lines;
    for (int i = 0; i < 3000; ++i)
        lines.append(PayoutTestKit::viaLink(u"C%1"_s.arg(i), u"ANNA"_s, u"10.00"_s));
    QVERIFY(StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv(lines)));
    OrderImporter importer(db);
    importer.setProgressHandler([](qint64 done, qint64) { return done < 50000; }); // cancel part-way
    const ImportSummary summary = importer.importFile(csv);
    QVERIFY(summary.cancelled);
    QCOMPARE(lastSeq(db), seq);
    QCOMPARE(StoreTestKit::count(db, u"orders"_s), qint64(0));
    // Neither a range nor the marker that holds back the insert triggers outlives the rollback.
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox_ranges"_s), qint64(0));
    QCOMPARE(StoreTestKit::count(db, u"sync_ranging"_s), qint64(0));
}

void TestOutbox::bulkImportQueuesEveryRow()
{
    // A file big enough for the bulk path (BulkIndexes drops and rebuilds indexes): long URLs make
    // it look like tens of thousands of rows while it holds a few thousand.
    Database &db = m_store->database;
    const QString csv = m_store->path(u"big.csv"_s);
    QList<OrderLine> lines;
    const QString padding(700, u'x');
    for (int i = 0; i < 9000; ++i) {
        OrderLine line = PayoutTestKit::viaLink(u"B%1"_s.arg(i), i % 2 ? u"ANNA"_s : u"BEN"_s, u"10.00"_s);
        line.landingUrl += u"&pad="_s + padding;
        lines.append(line);
    }
    auto import = [&] {
        if (!StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv(lines)))
            return false;
        OrderImporter importer(db);
        const ImportSummary summary = importer.importFile(csv);
        if (!summary.bulkLoad)
            qWarning("not a bulk load");
        return summary.exitCode() == 0 && summary.bulkLoad;
    };
    checkEdit(u"bulk import"_s, import);
    for (int i = 0; i < lines.size(); i += 3)
        lines[i].status = u"canceled"_s;
    lines.append(PayoutTestKit::viaLink(u"B-new"_s, u"CARL"_s, u"99.00"_s));
    checkEdit(u"bulk re-import"_s, import);
    // Later single edits queue through the triggers again.
    const qint64 seq = lastSeq(db);
    QVERIFY(PayoutTestKit::importOrders(db, m_store->path(u"small.csv"_s),
                                        {PayoutTestKit::viaLink(u"S-1"_s, u"ANNA"_s, u"5.00"_s)}));
    // An import's new rows wait as ranges, not outbox rows, until the push expands them.
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox"_s, u"seq > %1 AND tbl = 'orders'"_s.arg(seq)), qint64(0));
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox_ranges"_s, u"tbl = 'orders'"_s), qint64(1));
    QCOMPARE(StoreTestKit::count(db, u"sync_ranging"_s, u"1"_s), qint64(0));
    QCOMPARE(Outbox(m_store->database).count(),
             StoreTestKit::count(db, u"sync_outbox"_s, u"1"_s) + 2); // the order and its transaction
    QVERIFY(Outbox(m_store->database).expandRanges());
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox_ranges"_s, u"1"_s), qint64(0));
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox"_s, u"seq > %1 AND tbl = 'orders'"_s.arg(seq)), qint64(1));
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox"_s, u"seq > %1 AND tbl = 'transactions'"_s.arg(seq)), qint64(1));
}

void TestOutbox::demoQueuesEveryRow()
{
    StoreFixture fresh;
    QVERIFY(fresh.open());
    DemoGenerator::Options options;
    options.orders = 50000; // the bulk path
    options.affiliates = 200;
    QVERIFY(DemoGenerator::fill(fresh.database, options));
    for (const QString &table : SyncIds::syncedTables()) {
        const QString key = keyColumn(table);
        QCOMPARE(
            StoreTestKit::scalar(fresh.database, u"SELECT count(DISTINCT %1) FROM %2"_s.arg(key, table)),
            StoreTestKit::scalar(fresh.database,
                                 u"SELECT count(DISTINCT local_id) FROM sync_outbox WHERE tbl = '%1'"_s.arg(table)));
    }
    QVERIFY(StoreTestKit::count(fresh.database, u"sync_outbox"_s, u"tbl = 'orders'"_s) >= 50000);
}

void TestOutbox::applyingPulledRowsQueuesNothing()
{
    Database &db = m_store->database;
    const qint64 queued = Outbox(db).count();
    const QUuid uid = QUuid::createUuid();
    {
        ApplyScope scope(db);
        QVERIFY(scope.isActive());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO affiliates (code, name, email, created_at) "
                           "VALUES ('PULLED', 'Pulled', 'p@example.com', '2026-01-01T00:00:00Z')"_s));
        const qint64 id = query.lastInsertId().toLongLong();
        QVERIFY(query.exec(u"UPDATE affiliates SET status = 'suspended' WHERE code = 'ANNA'"_s));
        QVERIFY(query.exec(u"DELETE FROM program_hosts WHERE program_id = %1"_s.arg(m_books.usProgram)));
        QVERIFY(SyncIds(db).link(u"affiliates"_s, id, uid, 7));
        QVERIFY(scope.setPosition(u"central-1"_s, u"1234"_s));
        QVERIFY(scope.commit());
    }
    QCOMPARE(Outbox(db).count(), queued);
    QCOMPARE(StoreTestKit::count(db, u"sync_applying"_s), qint64(0));
    QCOMPARE(SyncState(db).position(u"central-1"_s).value_or(QString()), u"1234"_s);
    QCOMPARE(SyncIds(db).versionOf(u"affiliates"_s, uid).value_or(-1), qint64(7));
    // After the scope, edits queue again.
    const QString anna = u"tbl = 'affiliates' AND local_id = %1"_s.arg(m_books.anna);
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox"_s, anna), qint64(1)); // queued by setUpBooks only
    QVERIFY(AffiliateStore(db).setStatus(m_books.anna, u"approved"_s));
    QCOMPARE(StoreTestKit::count(db, u"sync_outbox"_s, anna), qint64(2));
}

void TestOutbox::applyFailingMidwayKeepsNeitherRowsNorPosition()
{
    Database &db = m_store->database;
    QVERIFY(SyncState(db).setValue(SyncState::positionKey(u"central-1"_s), u"100"_s));
    const QByteArray before = PayoutTestKit::checksum(db);
    {
        ApplyScope scope(db);
        QVERIFY(scope.isActive());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"INSERT INTO affiliates (code, name, email, created_at) "
                           "VALUES ('PULLED', 'Pulled', 'p@example.com', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(scope.setPosition(u"central-1"_s, u"200"_s));
        // The next pulled row breaks a rule: the pull gives up without commit().
        QVERIFY(!query.exec(u"INSERT INTO affiliates (code, name, email, created_at) "
                            "VALUES ('pulled', 'Again', 'p@example.com', '2026-01-01T00:00:00Z')"_s));
    }
    QCOMPARE(PayoutTestKit::checksum(db), before);
    QCOMPARE(SyncState(db).position(u"central-1"_s).value_or(QString()), u"100"_s);
    QCOMPARE(StoreTestKit::count(db, u"affiliates"_s, u"code = 'PULLED'"_s), qint64(0));
}

void TestOutbox::flagIsInvisibleToOtherConnections()
{
    Database &db = m_store->database;
    Database other;
    QVERIFY(other.open(m_store->path(u"store.sqlite"_s)));
    ApplyScope scope(db);
    QVERIFY(scope.isActive());
    QCOMPARE(StoreTestKit::count(db, u"sync_applying"_s), qint64(1));
    QCOMPARE(StoreTestKit::count(other, u"sync_applying"_s), qint64(0));
}

void TestOutbox::batchCoalescesAndMarkSentKeepsLaterChanges()
{
    Database &db = m_store->database;
    Outbox outbox(db);
    // Start from an empty outbox.
    for (;;) {
        const Result<OutboxBatch> batch = outbox.nextBatch(100);
        QVERIFY(batch);
        if (batch->isEmpty())
            break;
        QVERIFY(outbox.markSent(*batch));
    }
    QCOMPARE(outbox.count(), qint64(0));
    AffiliateStore affiliates(db);
    QVERIFY(affiliates.setStatus(m_books.anna, u"suspended"_s));
    QVERIFY(affiliates.setStatus(m_books.ben, u"suspended"_s));
    QVERIFY(affiliates.setStatus(m_books.anna, u"approved"_s));
    QVERIFY(affiliates.setStatus(m_books.anna, u"pending"_s));
    const qint64 queued = outbox.count();
    QList<qint64> annaSeqs;
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT seq FROM sync_outbox WHERE tbl = 'affiliates' AND local_id = %1"_s.arg(m_books.anna)));
    while (query.next())
        annaSeqs.append(query.value(0).toLongLong());
    QCOMPARE(annaSeqs.size(), qsizetype(3));
    // A batch of the first edit's changes still takes ANNA's later changes along, and not BEN's.
    const qint64 firstEdit =
        StoreTestKit::scalar(db, u"SELECT count(*) FROM sync_outbox WHERE seq <= %1"_s.arg(annaSeqs.first()));
    const Result<OutboxBatch> batch = outbox.nextBatch(int(firstEdit));
    QVERIFY(batch);
    const OutboxEntry *anna = nullptr;
    for (const OutboxEntry &entry : batch->entries) {
        QVERIFY(entry.table != u"affiliates" || entry.localId == m_books.anna);
        if (entry.table == u"affiliates")
            anna = &entry;
    }
    QVERIFY(anna);
    QCOMPARE(anna->op, OutboxEntry::Op::Upsert);
    QCOMPARE(anna->uid, SyncIds::nameUid(u"affiliate:ANNA"_s));
    QCOMPARE(anna->baseVersion, qint64(0));
    for (const qint64 seq : std::as_const(annaSeqs))
        QVERIFY(batch->seqs.contains(seq));
    // A change made while the batch was being pushed stays queued.
    QVERIFY(affiliates.setStatus(m_books.anna, u"approved"_s));
    const qint64 queuedMeanwhile = outbox.count() - queued;
    QVERIFY(outbox.markSent(*batch));
    QCOMPARE(outbox.count(), queued + queuedMeanwhile - batch->seqs.size());
    const Result<OutboxBatch> next = outbox.nextBatch();
    QVERIFY(next);
    QList<qint64> ids;
    for (const OutboxEntry &entry : next->entries) {
        if (entry.table == u"affiliates")
            ids.append(entry.localId);
    }
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{std::min(m_books.anna, m_books.ben), std::max(m_books.anna, m_books.ben)}));
}

void TestOutbox::madeAndDeletedBeforePushNeedsNothing()
{
    Database &db = m_store->database;
    Outbox outbox(db);
    const Result<OutboxBatch> all = outbox.nextBatch(100000);
    QVERIFY(all && outbox.markSent(*all));
    const Result<Affiliate> eve = AffiliateStore(db).add(u"Eva"_s, u"eva@example.com"_s, u"EVA"_s);
    QVERIFY(eve);
    QVERIFY(PartnerStore(db).remove(eve->id, u"Omyl"_s));
    const Result<OutboxBatch> batch = outbox.nextBatch();
    QVERIFY(batch);
    for (const OutboxEntry &entry : batch->entries)
        QVERIFY2(entry.table != u"affiliates", qPrintable(entry.table));
    QVERIFY(!batch->isEmpty()); // its changes are still consumed (audit rows go)
    QVERIFY(outbox.markSent(*batch));
    QCOMPARE(outbox.count(), qint64(0));
}

void TestOutbox::deletedRowCarriesItsUid()
{
    Database &db = m_store->database;
    Outbox outbox(db);
    const Result<Affiliate> eve = AffiliateStore(db).add(u"Eva"_s, u"eva@example.com"_s, u"EVA"_s);
    QVERIFY(eve);
    const Result<OutboxBatch> pushed = outbox.nextBatch(100000); // assigns EVA's uid, as a push does
    QVERIFY(pushed && outbox.markSent(*pushed));
    QVERIFY(SyncIds(db).setVersion(u"affiliates"_s, SyncIds::nameUid(u"affiliate:EVA"_s), 1));
    QVERIFY(PartnerStore(db).remove(eve->id, u"Omyl"_s));
    const Result<OutboxBatch> batch = outbox.nextBatch();
    QVERIFY(batch);
    const auto it = std::find_if(batch->entries.cbegin(), batch->entries.cend(),
                                 [](const OutboxEntry &e) { return e.table == u"affiliates"; });
    QVERIFY(it != batch->entries.cend());
    QCOMPARE(it->op, OutboxEntry::Op::Delete);
    QCOMPARE(it->uid, SyncIds::nameUid(u"affiliate:EVA"_s));
    QCOMPARE(it->baseVersion, qint64(1));
    // The mapping no longer names a local row, so a new row on the same id gets its own uid.
    QVERIFY(!SyncIds(db).uidOf(u"affiliates"_s, eve->id));
}

void TestOutbox::naturalKeysGiveTheSameUidOnTwoDatabases()
{
    // A second desktop: the same programs, partners and orders, made in another order.
    StoreFixture second;
    QVERIFY(second.open());
    {
        AffiliateStore affiliates(second.database);
        QVERIFY(affiliates.add(u"Someone"_s, u"s@example.com"_s, u"ZED"_s)); // shifts the local ids
    }
    QVERIFY(AffiliateStore(m_store->database).add(u"Someone"_s, u"s@example.com"_s, u"zed"_s));
    PayoutTestKit::Books books2;
    QVERIFY(PayoutTestKit::setUpBooks(second.database, books2));
    QVERIFY(AffiliateStore(second.database).createCoupon(books2.ben, books2.partnerProgram, u"ben5"_s));
    QVERIFY(AffiliateStore(m_store->database).createCoupon(m_books.ben, m_books.partnerProgram, u"BEN5"_s));
    const QList<OrderLine> orders = {PayoutTestKit::viaLink(u"A-1"_s, u"ANNA"_s, u"10.00"_s),
                                     PayoutTestKit::viaLink(u"A-2"_s, u"BEN"_s, u"20.00"_s)};
    QVERIFY(PayoutTestKit::importOrders(second.database, second.path(u"o.csv"_s), {orders[1], orders[0]}));
    QVERIFY(PayoutTestKit::importOrders(m_store->database, m_store->path(u"o.csv"_s), orders));
    QVERIFY(LedgerStore(m_store->database).assign(u"A-1"_s, m_books.carl, u"Ručně"_s));
    QVERIFY(LedgerStore(second.database).assign(u"A-1"_s, books2.carl, u"Ručně"_s));

    auto uids = [](Database &db, const QString &table, const QString &keySql) {
        QMap<QString, QUuid> byKey;
        SyncIds ids(db);
        QSqlQuery query(db.connection());
        query.exec(u"SELECT id, %1 FROM %2"_s.arg(keySql, table));
        QList<QPair<qint64, QString>> rows;
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toString()});
        Transaction transaction(db.connection());
        for (const auto &row : rows) {
            const Result<QUuid> uid = ids.ensureUid(table, row.first);
            if (!uid)
                qWarning("%s", qPrintable(uid.error()));
            byKey.insert(row.second, uid ? *uid : QUuid());
        }
        transaction.commit();
        return byKey;
    };
    const QList<QPair<QString, QString>> tables = {
        {u"programs"_s, u"name"_s},
        {u"affiliates"_s, u"upper(code)"_s},
        {u"coupons"_s, u"upper(code)"_s},
        {u"orders"_s, u"order_id"_s},
        {u"transactions"_s, u"order_id || '/' || kind || '/' || status || '/' || superseded"_s}};
    for (const auto &[table, key] : tables) {
        const auto first = uids(m_store->database, table, key);
        const auto other = uids(second.database, table, key);
        QVERIFY2(!first.isEmpty(), qPrintable(table));
        QCOMPARE(first.keys(), other.keys());
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            QVERIFY2(!it.value().isNull(), qPrintable(table + u' ' + it.key()));
            QCOMPARE(it.value().version(), QUuid::Sha1);
            QCOMPARE(other.value(it.key()), it.value());
        }
    }
    // Stored: asking again gives the same uid, even after a rename.
    ProgramStore programs(m_store->database);
    std::optional<Program> p = programs.byId(m_books.partnerProgram);
    const QUuid before = *SyncIds(m_store->database).uidOf(u"programs"_s, p->id);
    QCOMPARE(before, SyncIds::nameUid(u"program:Koongo Partner"_s));
    p->name = u"Koongo Partner 2"_s;
    QVERIFY(programs.update(*p));
    Transaction transaction(m_store->database.connection());
    QCOMPARE(*SyncIds(m_store->database).ensureUid(u"programs"_s, p->id), before);
}

void TestOutbox::randomUidsDiffer()
{
    Database &db = m_store->database;
    Transaction transaction(db.connection());
    SyncIds ids(db);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT id FROM memberships"_s));
    QSet<QUuid> seen;
    while (query.next()) {
        const Result<QUuid> uid = ids.ensureUid(u"memberships"_s, query.value(0).toLongLong());
        QVERIFY(uid);
        QCOMPARE(uid->version(), QUuid::Random);
        seen.insert(*uid);
    }
    QCOMPARE(qint64(seen.size()), StoreTestKit::count(db, u"memberships"_s));
    QVERIFY(!ids.ensureUid(u"memberships"_s, 999999));
    QVERIFY(ids.rowMissing());
}

void TestOutbox::recreatedNaturalKeyTakesItsUidBack()
{
    Database &db = m_store->database;
    Outbox outbox(db);
    const Result<Affiliate> eve = AffiliateStore(db).add(u"Eva"_s, u"eva@example.com"_s, u"EVA"_s);
    QVERIFY(eve);
    const Result<OutboxBatch> pushed = outbox.nextBatch(100000);
    QVERIFY(pushed && outbox.markSent(*pushed));
    const QUuid uid = SyncIds::nameUid(u"affiliate:EVA"_s);
    QVERIFY(SyncIds(db).setVersion(u"affiliates"_s, uid, 3));
    QVERIFY(PartnerStore(db).remove(eve->id, u"Omyl"_s));
    QVERIFY(PartnerStore(db).restore(*eve, u"Zpět"_s)); // the undo
    const Result<OutboxBatch> batch = outbox.nextBatch();
    QVERIFY(batch);
    int affiliateEntries = 0;
    for (const OutboxEntry &entry : batch->entries) {
        if (entry.table != u"affiliates")
            continue;
        ++affiliateEntries;
        QCOMPARE(entry.op, OutboxEntry::Op::Upsert);
        QCOMPARE(entry.uid, uid);
        QCOMPARE(entry.baseVersion, qint64(3));
    }
    QCOMPARE(affiliateEntries, 1);
}

void TestOutbox::desktopIdIsKept()
{
    SyncState state(m_store->database);
    const Result<QString> id = state.desktopId();
    QVERIFY(id);
    QVERIFY(!QUuid(*id).isNull());
    QCOMPARE(*SyncState(m_store->database).desktopId(), *id);
    QVERIFY(!state.position(u"nowhere"_s));
}

void TestOutbox::updateTriggersCompareEverySyncedColumn()
{
    // A column added to a synced table later must be compared too, or its changes would not sync.
    Database &db = m_store->database;
    for (const QString &table : SyncIds::syncedTables()) {
        if (table == u"audit_log")
            continue;
        const QString sql = [&] {
            QSqlQuery query(db.connection());
            query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
            query.addBindValue(u"sync_%1_update"_s.arg(table));
            return query.exec() && query.next() ? query.value(0).toString() : QString();
        }();
        QVERIFY2(!sql.isEmpty(), qPrintable(table));
        QSqlQuery info(db.connection());
        QVERIFY(info.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (column == u"import_id" || column == u"import_line")
                continue;
            QVERIFY2(sql.contains(u"OLD.%1 IS NOT NEW.%1"_s.arg(column)), qPrintable(table + u'.' + column));
        }
    }
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
