// An audit row's author is the central database's word (issue #11): audit_log.changed_by on a real
// SQLite file. The local log stays append-only but for one change, changed_by set once from '' to
// a login; the Audit Log model shows the login beside the actor text, marks a partner's login (as
// the last sync learnt them) and an actor text that does not name him, and says "(not synced yet)"
// for rows that have not been to the central database.

#include "itemmodels/auditlogmodel.h"
#include "itemmodels/modelroles.h"
#include "store/auditlog.h"
#include "store/auditlogquery.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

class TestAuditLogLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void changedByIsSetOnce_data();
    void changedByIsSetOnce();
    void theModelShowsTheLogin();
    void csvCarriesTheLogin();

private:
    // Appends an audit row written by `actor`; its id.
    qint64 append(const QString &actor, const QString &action);
    bool exec(const QString &sql, QString *error = nullptr);
    // Every value of every audit row.
    QString dump();

    std::unique_ptr<StoreFixture> m_store;
};

void TestAuditLogLogin::initTestCase()
{
    pinNow();
}

void TestAuditLogLogin::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
}

void TestAuditLogLogin::cleanup()
{
    m_store.reset();
}

qint64 TestAuditLogLogin::append(const QString &actor, const QString &action)
{
    qputenv("PARTNERDESK_ACTOR", actor.toUtf8());
    if (!AuditLog(m_store->database.connection()).append(action, u"affiliate"_s, u"1"_s, {}, {{u"x"_s, 1}}))
        return -1;
    return scalar(m_store->database, u"SELECT max(id) FROM audit_log"_s);
}

bool TestAuditLogLogin::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_store->database.connection());
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QString TestAuditLogLogin::dump()
{
    QSqlQuery query(m_store->database.connection());
    if (!query.exec(u"SELECT group_concat(quote(id) || quote(at) || quote(actor) || quote(action) || quote(entity) || "
                    "quote(entity_id) || quote(before_json) || quote(after_json) || quote(reason) || "
                    "quote(changed_by), '/') FROM audit_log"_s) ||
        !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

void TestAuditLogLogin::changedByIsSetOnce_data()
{
    QTest::addColumn<QString>("first");  // run first; must succeed when not empty
    QTest::addColumn<QString>("second"); // refused
    QTest::addRow("set twice") << u"UPDATE audit_log SET changed_by = 'mgr'"_s
                               << u"UPDATE audit_log SET changed_by = 'pa'"_s;
    QTest::addRow("set and cleared") << u"UPDATE audit_log SET changed_by = 'mgr'"_s
                                     << u"UPDATE audit_log SET changed_by = ''"_s;
    QTest::addRow("set with the actor") << QString() << u"UPDATE audit_log SET changed_by = 'mgr', actor = 'alice'"_s;
    QTest::addRow("set with the reason") << QString() << u"UPDATE audit_log SET changed_by = 'mgr', reason = 'x'"_s;
    QTest::addRow("set to empty") << QString() << u"UPDATE audit_log SET changed_by = '', actor = 'alice'"_s;
    QTest::addRow("the actor after") << u"UPDATE audit_log SET changed_by = 'mgr'"_s
                                     << u"UPDATE audit_log SET actor = 'alice'"_s;
}

void TestAuditLogLogin::changedByIsSetOnce()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(append(u"bob"_s, u"affiliate.add"_s) > 0);
    QString error;
    if (!first.isEmpty())
        QVERIFY2(exec(first, &error), qPrintable(error));
    const QString before = dump();
    QVERIFY(!exec(second, &error));
    QVERIFY2(error.contains(u"audit_log is append-only: rows cannot be updated"_s), qPrintable(error));
    QCOMPARE(dump(), before);
}

void TestAuditLogLogin::theModelShowsTheLogin()
{
    // Not pushed yet; pushed by this manager; pushed before logins were recorded; written by a
    // partner's login that calls itself "alice"; by his login under his own code.
    const qint64 local = append(u"bob"_s, u"affiliate.add"_s);
    const qint64 mine = append(u"bob"_s, u"affiliate.status"_s);
    const qint64 old = append(u"bob"_s, u"program.add"_s);
    const qint64 forged = append(u"alice"_s, u"affiliate.email_request"_s);
    const qint64 honest = append(u"AMARK1"_s, u"banner.add"_s);
    QString error;
    for (const auto &[id, login] : {std::pair{mine, u"mgr"_s}, std::pair{forged, u"pa"_s}, std::pair{honest, u"pa"_s}})
        QVERIFY2(exec(u"UPDATE audit_log SET changed_by = '%1' WHERE id = %2"_s.arg(login).arg(id), &error),
                 qPrintable(error));
    for (const qint64 id : {mine, old, forged, honest})
        QVERIFY2(exec(u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES ('audit_log', %1, "
                      "'00000000-0000-4000-8000-%2', 1)"_s.arg(id)
                          .arg(id, 12, 10, QLatin1Char('0')),
                      &error),
                 qPrintable(error));
    QVERIFY2(exec(u"INSERT INTO sync_state (key, value) VALUES ('partner_logins', '{\"pa\":\"AMARK1\"}')"_s, &error),
             qPrintable(error));

    AuditLogModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.headerData(AuditLogModel::Login, Qt::Horizontal).toString(), u"Login"_s);
    auto rowOf = [&model](qint64 id) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.entry(row)->id == id)
                return row;
        return -1;
    };
    auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.index(rowOf(id), column).data(role);
    };
    QCOMPARE(cell(local, AuditLogModel::Login).toString(), u"(not synced yet)"_s);
    QCOMPARE(cell(mine, AuditLogModel::Login).toString(), u"mgr"_s);
    QCOMPARE(cell(old, AuditLogModel::Login).toString(), u"(not recorded)"_s);
    QCOMPARE(cell(forged, AuditLogModel::Login).toString(), u"pa (partner AMARK1)"_s);
    QCOMPARE(cell(forged, AuditLogModel::Actor).toString(), u"alice"_s);
    QCOMPARE(cell(honest, AuditLogModel::Login).toString(), u"pa (partner AMARK1)"_s);
    // Marked: a partner's login (a warning), a "Who" that names someone else (an error).
    QCOMPARE(cell(forged, AuditLogModel::Login, ModelRoles::AttentionRole).toInt(), 1);
    QCOMPARE(cell(forged, AuditLogModel::Actor, ModelRoles::AttentionRole).toInt(), 2);
    QCOMPARE(cell(honest, AuditLogModel::Login, ModelRoles::AttentionRole).toInt(), 1);
    QCOMPARE(cell(honest, AuditLogModel::Actor, ModelRoles::AttentionRole).toInt(), 0);
    QCOMPARE(cell(mine, AuditLogModel::Login, ModelRoles::AttentionRole).toInt(), 0);
    QCOMPARE(cell(mine, AuditLogModel::Actor, ModelRoles::AttentionRole).toInt(), 0);
    const QString tip = cell(forged, AuditLogModel::Actor, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"pa"_s) && tip.contains(u"AMARK1"_s) && tip.contains(u"alice"_s), qPrintable(tip));
    QVERIFY(cell(local, AuditLogModel::Login, Qt::ToolTipRole).toString().contains(u"synced"_s));
}

void TestAuditLogLogin::csvCarriesTheLogin()
{
    const qint64 id = append(u"bob"_s, u"affiliate.add"_s);
    append(u"bob"_s, u"affiliate.status"_s);
    QString error;
    QVERIFY2(exec(u"UPDATE audit_log SET changed_by = 'mgr' WHERE id = %1"_s.arg(id), &error), qPrintable(error));
    QString text;
    QTextStream out(&text);
    const Result<qint64> written = AuditLogQuery(m_store->database).writeCsv({}, out);
    QVERIFY2(written, qPrintable(written.error()));
    out.flush();
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"at,actor,action,entity,entity_id,before,after,reason,login"_s);
    QVERIFY2(lines.at(1).endsWith(u",affiliate.status,affiliate,1,,\"{\"\"x\"\":1}\",,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).endsWith(u",,mgr"_s), qPrintable(lines.at(2)));
}

QTEST_GUILESS_MAIN(TestAuditLogLogin)
#include "tst_auditloglogin.moc"
