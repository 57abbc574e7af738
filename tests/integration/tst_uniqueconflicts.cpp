// Key clashes against a real PostgreSQL: the same thing (a rewrite address, a partner's website, a
// membership) made offline on two desktops under two ids. The second desktop's sync succeeds and
// keeps a conflict per clash instead of failing at COMMIT at every sync; the rest of its batch
// reaches the central database; take theirs / keep mine make both desktops and the central
// database agree. The clashing row committed by A between B's check and B's COMMIT fails that one
// sync and the next one finds the clash.

#include "centraltestkit.h"
#include "conflictsdialog.h"
#include "guitestkit.h"
#include "itemmodels/conflictfieldmodel.h"
#include "itemmodels/conflictlistmodel.h"
#include "store/database.h"
#include "sync/centralsession.h"
#include "sync/conflictstore.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncids.h"
#include "sync/syncschema.h"
#include "synctestkit.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace CentralTestKit;

namespace {

const QString managerPassword = u"mgr-pw"_s;

using SyncTestKit::execLocal;

qint64 centralValue(const QString &url, const QString &sql)
{
    return SyncTestKit::centralValue(url, managerPassword, sql);
}

using SyncTestKit::localText;

// Rows both desktops share (synced before they go offline).
const QStringList baseSql = {
    u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, "
    "created_at) VALUES ('Program s', 'EUR', 2000, 1000, 1000, 5000, '2026-01-01T10:00:00Z')"_s,
    u"INSERT INTO affiliates (code, name, email, created_at) VALUES ('CS', 'Partner s', 'ps@example.net', "
    "'2026-01-02T10:00:00Z')"_s,
};

// The same rewrite address, website and membership, made by `tag`.
QStringList clashSql(const QString &tag)
{
    QStringList sql = {
        u"INSERT INTO rewrites (affiliate_id, host, path, target_url, created_at) VALUES ((SELECT id FROM affiliates "
        "WHERE code = 'CS'), 'go.example', '/deal', 'https://koongo.com/?by=%1', '2026-02-01T10:00:00Z')"_s,
        u"INSERT INTO domains (affiliate_id, domain, token, method, verified, created_at) VALUES ((SELECT id FROM "
        "affiliates WHERE code = 'CS'), 'shop.example', 'token-%1', 'meta', 0, '2026-02-01T10:00:00Z')"_s,
        u"INSERT INTO memberships (affiliate_id, program_id, is_primary, joined_at) VALUES ((SELECT id FROM "
        "affiliates WHERE code = 'CS'), (SELECT id FROM programs WHERE name = 'Program s'), 0, "
        "'2026-02-01T10:00:00Z')"_s,
    };
    for (QString &s : sql)
        s.replace(u"%1"_s, tag);
    return sql;
}

// B's other rows: no clash, they must reach the central database whatever the clashes.
const QStringList otherSql = {
    u"INSERT INTO rewrites (affiliate_id, host, path, target_url, created_at) VALUES ((SELECT id FROM affiliates "
    "WHERE code = 'CS'), 'go.example', '/other', 'https://koongo.com/?other', '2026-02-02T10:00:00Z')"_s,
    u"INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, created_at) VALUES ((SELECT "
    "id FROM programs WHERE name = 'Program s'), NULL, 'stock', 'https://img.example/s.png', 468, 60, "
    "'2026-02-02T10:00:00Z')"_s,
    // A child of B's clashing website: held back until the clash is resolved.
    u"INSERT INTO domain_checks (domain_id, last_finding, failed_checks) VALUES ((SELECT id FROM domains WHERE "
    "token = 'token-b'), 'b checked', 1)"_s,
};

} // namespace

class TestUniqueConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clashesBecomeConflictsAndResolve();
    void clashCommittedDuringPushIsFoundNextSync();
    void programNamesDifferingInCaseClash();
    void dialogSaysWhatAClashMeans();
    void changedKeyClashes();
    void clashRowDeletedWhileWaiting();
    void ratesAndTiersClash();

private:
    QString newCentral();
    bool openDesk(Database &db, const QString &name);
    void compareWithCentral(Database &db, const QString &url);
    // Both desktops with the base rows, synced.
    void prepare(Database &a, Database &b, const QString &url);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
    int m_centrals = 0;
};

void TestUniqueConflicts::initTestCase()
{
    // A desktop waiting on another's open transaction would wait for ever in the race test.
    qputenv("PGOPTIONS", "-c lock_timeout=20000");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestUniqueConflicts::cleanupTestCase()
{
    m_server.stop();
}

QString TestUniqueConflicts::newCentral()
{
    return SyncTestKit::newCentral(m_server, u"clash%1"_s.arg(++m_centrals), managerPassword);
}

bool TestUniqueConflicts::openDesk(Database &db, const QString &name)
{
    const Status opened = db.open(m_dir.filePath(name + u".sqlite"_s));
    if (!opened)
        qWarning() << opened.error();
    return opened.isOk();
}

void TestUniqueConflicts::compareWithCentral(Database &db, const QString &url)
{
    SyncTestKit::compareWithCentral(db, url, managerPassword);
}

void TestUniqueConflicts::prepare(Database &a, Database &b, const QString &url)
{
    QString error;
    for (const QString &sql : baseSql)
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());
}

void TestUniqueConflicts::clashesBecomeConflictsAndResolve()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"clash-a"_s));
    QVERIFY(openDesk(b, u"clash-b"_s));
    prepare(a, b, url);
    QString error;
    for (const QString &sql : clashSql(u"a"_s))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    for (const QString &sql : clashSql(u"b"_s) + otherSql)
        QVERIFY2(execLocal(b, sql, &error), qPrintable(error));

    // One batch cannot clash with itself: the local tables have the central unique rules.
    for (const QString &sql : clashSql(u"b2"_s))
        QVERIFY2(!execLocal(b, sql), qPrintable(sql));

    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    auto report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 3);
    QCOMPARE(report->openConflicts, 3);
    QCOMPARE(Outbox(b).count(), 0);
    // The rest of B's batch reached the central database; A's rows are untouched.
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.rewrites WHERE path = '/other'"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.banners WHERE title = 'stock'"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.rewrites WHERE path = '/deal' AND target_url = "
                               "'https://koongo.com/?by=a'"_s),
             1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.domains"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.domain_checks"_s), 0); // held back
    // Nothing overwritten here either; another sync (a pull of A's rows among them) keeps them waiting.
    QCOMPARE(localText(b, u"SELECT target_url FROM rewrites WHERE path = '/deal'"_s), u"https://koongo.com/?by=b"_s);
    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(report->openConflicts, 3);

    ConflictStore store(b);
    const QList<SyncConflict> conflicts = store.list();
    QCOMPARE(conflicts.size(), 3);
    for (const SyncConflict &conflict : conflicts) {
        QVERIFY(conflict.isKeyClash());
        QVERIFY(conflict.localUid != conflict.uid);
        QVERIFY2(!conflict.local.isEmpty(), qPrintable(conflict.table)); // the pull kept the local values
        if (conflict.table == u"rewrites") {
            QCOMPARE(conflict.local.value(u"target_url"_s).toString(), u"https://koongo.com/?by=b"_s);
            QCOMPARE(conflict.central.value(u"target_url"_s).toString(), u"https://koongo.com/?by=a"_s);
            const Status taken = store.takeTheirs(conflict.id);
            QVERIFY2(taken, qPrintable(taken.error()));
        } else if (conflict.table == u"domains") {
            const Status kept = store.keepMine(conflict.id);
            QVERIFY2(kept, qPrintable(kept.error()));
        } else {
            QCOMPARE(conflict.table, u"memberships"_s);
            const Status taken = store.takeTheirs(conflict.id);
            QVERIFY2(taken, qPrintable(taken.error()));
        }
    }
    QCOMPARE(store.openCount(), 0);
    QCOMPARE(localText(b, u"SELECT target_url FROM rewrites WHERE path = '/deal'"_s), u"https://koongo.com/?by=a"_s);

    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(report->openConflicts, 0);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());
    // Mine replaced theirs: the website is B's everywhere, and B's check followed it.
    for (Database *db : {&a, &b}) {
        QCOMPARE(localText(*db, u"SELECT token FROM domains WHERE domain = 'shop.example'"_s), u"token-b"_s);
        QCOMPARE(localText(*db, u"SELECT last_finding FROM domain_checks"_s), u"b checked"_s);
        QCOMPARE(localText(*db, u"SELECT target_url FROM rewrites WHERE path = '/deal'"_s),
                 u"https://koongo.com/?by=a"_s);
        QCOMPARE(localText(*db, u"SELECT count(*) FROM memberships"_s), u"1"_s);
    }
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.domains"_s), 1);
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestUniqueConflicts::clashCommittedDuringPushIsFoundNextSync()
{
    // A push looks for clashes only after a COMMIT failed on one (the check costs the server a
    // query per table and batch). A's rewrite is committed before B's k-th central statement,
    // k = 1, 2, ...: B's first COMMIT fails on rewrites_unique, and B's same sync sends the batch
    // again with the check: the clash is kept, nothing is lost, B's other row goes through.
    for (int k = 1; k <= 6; ++k) {
        const QString url = newCentral();
        QVERIFY(!url.isEmpty());
        Database a, b;
        QVERIFY(openDesk(a, u"race-a-%1"_s.arg(k)));
        QVERIFY(openDesk(b, u"race-b-%1"_s.arg(k)));
        prepare(a, b, url);
        QString error;
        QVERIFY2(execLocal(a, clashSql(u"a"_s).constFirst(), &error), qPrintable(error));
        QVERIFY2(execLocal(b, clashSql(u"b"_s).constFirst(), &error), qPrintable(error));
        QVERIFY2(execLocal(b, otherSql.constFirst(), &error), qPrintable(error));

        SyncEngine engineA(a, url, managerPassword);
        SyncEngine engineB(b, url, managerPassword);
        QVERIFY(engineB.session().connect());
        const int first = engineB.session().statementCount();
        bool fired = false;
        bool aCommitted = false;
        engineB.setStatementHook([&](int statement) {
            if (!fired && statement - first == k) {
                fired = true;
                aCommitted = engineA.sync().isOk();
            }
            return true;
        });
        engineB.maxAttempts = 1;
        const auto report = engineB.sync();
        engineB.setStatementHook({});
        QVERIFY(fired);
        QVERIFY2(report, qPrintable(report.error()));
        if (!aCommitted) {
            // From here on B's uncommitted row holds the address, and A waits for it in vain
            // (B waits for A in this hook): A's lock timeout. Both earlier points were tried.
            QVERIFY(k > 2);
            break;
        }
        QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.rewrites WHERE path = '/deal'"_s), 1);
        QCOMPARE(report->openConflicts, 1);
        QCOMPARE(Outbox(b).count(), 0);
        QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.rewrites WHERE path = '/other'"_s), 1);
        // A committed before B's COMMIT, so B's first COMMIT failed and its batch went again.
        if (k <= 2)
            QCOMPARE(engineB.pushTimings().resent, 1);

        ConflictStore store(b);
        QCOMPARE(store.list().size(), 1);
        const Status taken = store.takeTheirs(store.list().constFirst().id);
        QVERIFY2(taken, qPrintable(taken.error()));
        QVERIFY(engineB.sync());
        QVERIFY(engineA.sync());
        compareWithCentral(a, url);
        compareWithCentral(b, url);
    }
}

void TestUniqueConflicts::clashRowDeletedWhileWaiting()
{
    // B deletes its clashing website while the clash waits: nothing is left to choose, A's is
    // taken, and a row of A's that refers to A's website (its check) can be pulled.
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"gone-a"_s));
    QVERIFY(openDesk(b, u"gone-b"_s));
    prepare(a, b, url);
    QVERIFY(execLocal(a, clashSql(u"a"_s).at(1)));
    QVERIFY(execLocal(b, clashSql(u"b"_s).at(1)));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    auto report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->openConflicts, 1);
    QVERIFY(execLocal(b, u"DELETE FROM domains"_s));
    QVERIFY(localText(b, u"SELECT count(*) FROM sync_ids WHERE tbl = 'domains:clash'"_s) == u"1"_s);
    QVERIFY(execLocal(a, u"INSERT INTO domain_checks (domain_id, last_finding, failed_checks) VALUES ((SELECT id "
                         "FROM domains WHERE token = 'token-a'), 'a checked', 1)"_s));
    QVERIFY(engineA.sync());
    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->openConflicts, 0);
    QCOMPARE(localText(b, u"SELECT count(*) FROM sync_ids WHERE tbl = 'domains:clash'"_s), u"0"_s);
    QCOMPARE(localText(b, u"SELECT token FROM domains"_s), u"token-a"_s);
    QCOMPARE(localText(b, u"SELECT last_finding FROM domain_checks"_s), u"a checked"_s);
    QCOMPARE(localText(b, u"SELECT count(*) FROM audit_log WHERE action = 'sync.take_theirs'"_s), u"1"_s);
    QCOMPARE(Outbox(b).count(), 0); // the audit row of the choice went in the same sync
    QVERIFY(engineB.sync());
    QVERIFY(engineA.sync());
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestUniqueConflicts::programNamesDifferingInCaseClash()
{
    // A program's uid is named after its name as typed; the central rule ignores case.
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"case-a"_s));
    QVERIFY(openDesk(b, u"case-b"_s));
    prepare(a, b, url);
    const QString program =
        u"INSERT INTO programs (name, currency, link_rate_bp, coupon_rate_bp, coupon_discount_bp, threshold_minor, "
        "created_at) VALUES ('%1', 'EUR', %2, 1000, 1000, 5000, '2026-03-01T10:00:00Z')"_s;
    QVERIFY(execLocal(a, program.arg(u"Summer Shop"_s).arg(1500)));
    QVERIFY(execLocal(b, program.arg(u"summer shop"_s).arg(2500)));
    // A's coupon of its program reaches B while the clash waits: it attaches to B's program.
    QVERIFY(execLocal(a, u"INSERT INTO coupons (code, affiliate_id, program_id, created_at) VALUES ('AUTUMN', "
                         "(SELECT id FROM affiliates WHERE code = 'CS'), (SELECT id FROM programs WHERE name = "
                         "'Summer Shop'), '2026-03-01T10:00:00Z')"_s));
    // B's coupon and host of its program wait for the program.
    QString error;
    QVERIFY2(execLocal(b,
                       u"INSERT INTO coupons (code, affiliate_id, program_id, created_at) VALUES ('SUMMER', "
                       "(SELECT id FROM affiliates WHERE code = 'CS'), (SELECT id FROM programs WHERE name = "
                       "'summer shop'), '2026-03-01T10:00:00Z')"_s,
                       &error),
             qPrintable(error));
    QVERIFY2(execLocal(b,
                       u"INSERT INTO program_hosts (program_id, host) VALUES ((SELECT id FROM programs WHERE "
                       "name = 'summer shop'), 'summer.example')"_s,
                       &error),
             qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    auto report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.coupons WHERE code = 'SUMMER'"_s), 0);
    QCOMPARE(localText(b, u"SELECT p.name FROM coupons c JOIN programs p ON p.id = c.program_id WHERE c.code = "
                          "'AUTUMN'"_s),
             u"summer shop"_s);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.program_hosts"_s), 0);

    ConflictStore store(b);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().constFirst().table, u"programs"_s);
    const Status kept = store.keepMine(store.list().constFirst().id);
    QVERIFY2(kept, qPrintable(kept.error()));
    report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->openConflicts, 0);
    QVERIFY(engineA.sync());
    for (Database *db : {&a, &b}) {
        QCOMPARE(localText(*db, u"SELECT link_rate_bp FROM programs WHERE name = 'summer shop'"_s), u"2500"_s);
        QCOMPARE(localText(*db, u"SELECT count(*) FROM coupons c JOIN programs p ON p.id = c.program_id WHERE "
                                "p.name = 'summer shop'"_s),
                 u"2"_s);
        QCOMPARE(localText(*db, u"SELECT host FROM program_hosts"_s), u"summer.example"_s);
    }
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

void TestUniqueConflicts::dialogSaysWhatAClashMeans()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"dialog-a"_s));
    QVERIFY(openDesk(b, u"dialog-b"_s));
    prepare(a, b, url);
    QVERIFY(execLocal(a, clashSql(u"a"_s).constFirst()));
    QVERIFY(execLocal(b, clashSql(u"b"_s).constFirst()));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());

    for (const QString &button : {u"keepMineButton"_s, u"takeTheirsButton"_s}) {
        ConflictsDialog dialog(b);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QAbstractItemView *>(u"conflictList"_s);
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(dialog.findChild<QLabel *>(u"conflictSummary"_s)->text().contains(u"each added this row"_s));
        // The fields in words: the partner by code and name (the uid in the tooltip), labels.
        auto *fieldView = dialog.findChild<QAbstractItemView *>(u"conflictFields"_s);
        QVERIFY(fieldView);
        bool partnerShown = false;
        for (int row = 0; row < fieldView->model()->rowCount(); ++row) {
            const QModelIndex field = fieldView->model()->index(row, ConflictFieldModel::Field);
            if (field.data(ConflictFieldModel::ColumnNameRole).toString() == u"affiliate_id") {
                partnerShown = true;
                QCOMPARE(field.data().toString(), u"Partner"_s);
                const QModelIndex mine = fieldView->model()->index(row, ConflictFieldModel::Mine);
                QCOMPARE(mine.data().toString(), u"CS (Partner s)"_s);
                QVERIFY(!QUuid(mine.data(Qt::ToolTipRole).toString()).isNull());
            } else if (field.data(ConflictFieldModel::ColumnNameRole).toString() == u"target_url") {
                QCOMPARE(field.data().toString(), u"Target URL"_s);
            }
        }
        QVERIFY(partnerShown);
        QCOMPARE(list->model()->index(0, ConflictListModel::Row).data().toString(), u"go.example/deal"_s);
        // scripts/screenshots.sh: the dialog as the manager sees a clash.
        if (const QString shots = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
            !shots.isEmpty() && button == u"keepMineButton") {
            dialog.resize(900, 480);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(shots + u"/screenshot-sync-conflicts.png"_s));
        }
        QString question;
        GuiTestKit::whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            // The first time only look; then take theirs.
            QTest::mouseClick(box->button(button == u"keepMineButton"_s ? QMessageBox::Cancel : QMessageBox::Yes),
                              Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        if (button == u"keepMineButton"_s) {
            QVERIFY2(question.contains(u"replaces the row another desktop added"_s), qPrintable(question));
            QCOMPARE(ConflictStore(b).openCount(), 1);
        } else {
            QVERIFY2(question.contains(u"becomes the one another desktop added"_s), qPrintable(question));
            QCOMPARE(ConflictStore(b).openCount(), 0);
        }
    }
    QCOMPARE(localText(b, u"SELECT target_url FROM rewrites WHERE path = '/deal'"_s), u"https://koongo.com/?by=a"_s);
    QVERIFY(engineB.sync());
    compareWithCentral(b, url);
}

void TestUniqueConflicts::changedKeyClashes()
{
    // B moves a rewrite both desktops have to the address A just gave a new one.
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"moved-a"_s));
    QVERIFY(openDesk(b, u"moved-b"_s));
    prepare(a, b, url);
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QString error;
    QVERIFY2(execLocal(a, otherSql.constFirst(), &error), qPrintable(error));
    QVERIFY(engineA.sync());
    QVERIFY(engineB.sync());
    QCOMPARE(localText(b, u"SELECT count(*) FROM rewrites"_s), u"1"_s);
    QVERIFY(execLocal(a, clashSql(u"a"_s).constFirst()));
    QVERIFY(execLocal(b, u"UPDATE rewrites SET path = '/deal', target_url = 'https://koongo.com/?moved' WHERE path = "
                         "'/other'"_s));
    QVERIFY(engineA.sync());
    for (const bool keepMine : {true, false}) {
        auto report = engineB.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->openConflicts, 1);
        ConflictStore store(b);
        const SyncConflict conflict = store.list().constFirst();
        QVERIFY(conflict.isKeyClash());
        QCOMPARE(conflict.local.value(u"path"_s).toString(), u"/deal"_s);
        const Status resolved = keepMine ? store.keepMine(conflict.id) : store.takeTheirs(conflict.id);
        QVERIFY2(resolved, qPrintable(resolved.error()));
        report = engineB.sync();
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->openConflicts, 0);
        QVERIFY(engineA.sync());
        QVERIFY(engineB.sync());
        // One rewrite left everywhere: the moved one merged into the one at its new address.
        QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.rewrites WHERE NOT deleted"_s), 1);
        for (Database *db : {&a, &b}) {
            QCOMPARE(localText(*db, u"SELECT count(*) FROM rewrites"_s), u"1"_s);
            QCOMPARE(localText(*db, u"SELECT target_url FROM rewrites"_s),
                     keepMine ? u"https://koongo.com/?moved"_s : u"https://koongo.com/?by=a"_s);
        }
        compareWithCentral(a, url);
        compareWithCentral(b, url);
        if (keepMine) {
            // Again the other way: B moves it back out and a new one of A's takes the address.
            QVERIFY(execLocal(b, u"UPDATE rewrites SET path = '/later'"_s));
            QVERIFY(engineB.sync());
            QVERIFY(engineA.sync());
            QVERIFY(execLocal(a, clashSql(u"a"_s).constFirst()));
            QVERIFY(engineA.sync());
            QVERIFY(execLocal(b, u"UPDATE rewrites SET path = '/deal', target_url = 'https://koongo.com/?moved' "
                                 "WHERE path = '/later'"_s));
        }
    }
}

// Commission rules (issue #15): the same partner's rate from the same date, and the same tier of a
// program, made on two desktops (central 0010's partner_rates_unique, program_tiers_unique; the
// keys hold a time and an integer). B's sync keeps both as conflicts; take theirs and keep mine
// leave both desktops equal to the central database.
void TestUniqueConflicts::ratesAndTiersClash()
{
    const QString url = newCentral();
    QVERIFY(!url.isEmpty());
    Database a, b;
    QVERIFY(openDesk(a, u"rules-a"_s));
    QVERIFY(openDesk(b, u"rules-b"_s));
    prepare(a, b, url);
    auto rulesOf = [](int rate) {
        return QStringList{
            u"INSERT INTO partner_rates (program_id, affiliate_id, effective_from, link_rate_bp, created_by, "
            "created_at) VALUES ((SELECT id FROM programs WHERE name = 'Program s'), (SELECT id FROM affiliates "
            "WHERE code = 'CS'), '2026-03-01T00:00:00Z', %1, 'desk', '2026-02-20T10:00:00Z')"_s.arg(rate),
            u"INSERT INTO program_tiers (program_id, min_orders, link_rate_bp, created_at) VALUES ((SELECT id FROM "
            "programs WHERE name = 'Program s'), 10, %1, '2026-02-20T10:00:00Z')"_s.arg(rate),
        };
    };
    QString error;
    for (const QString &sql : rulesOf(2500))
        QVERIFY2(execLocal(a, sql, &error), qPrintable(error));
    for (const QString &sql : rulesOf(3500))
        QVERIFY2(execLocal(b, sql, &error), qPrintable(error));
    SyncEngine engineA(a, url, managerPassword);
    SyncEngine engineB(b, url, managerPassword);
    QVERIFY(engineA.sync());
    auto report = engineB.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->conflicts, 2);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.partner_rates WHERE link_rate_bp = 2500"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.program_tiers WHERE link_rate_bp = 2500"_s), 1);
    QCOMPARE(centralValue(url, u"SELECT count(*) FROM partnerdesk.partner_rates WHERE link_rate_bp = 3500"_s), 0);
    ConflictStore store(b);
    const QList<SyncConflict> conflicts = store.list();
    QCOMPARE(conflicts.size(), 2);
    for (const SyncConflict &conflict : conflicts) {
        QVERIFY(conflict.isKeyClash());
        const Status decided =
            conflict.table == u"partner_rates" ? store.takeTheirs(conflict.id) : store.keepMine(conflict.id);
        QVERIFY2(decided, qPrintable(decided.error()));
    }
    QVERIFY(engineB.sync());
    QVERIFY(engineA.sync());
    for (Database *db : {&a, &b}) {
        QCOMPARE(localText(*db, u"SELECT group_concat(link_rate_bp) FROM partner_rates"_s), u"2500"_s);
        QCOMPARE(localText(*db, u"SELECT group_concat(link_rate_bp) FROM program_tiers"_s), u"3500"_s);
    }
    compareWithCentral(a, url);
    compareWithCentral(b, url);
}

QTEST_MAIN(TestUniqueConflicts)
#include "tst_uniqueconflicts.moc"
