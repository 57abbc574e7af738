// The trust boundary for payout e-mails and audit authors (issue #11), against a real PostgreSQL
// with a real partner login. A manager's desktop makes the books (ANNA is due 50.00 EUR) and syncs;
// ANNA's login "pa" gets a desktop of her own.
// A. Her login may not write partnerdesk.affiliates.email (nor status), only requested_email and
//    its time; her desktop files a change as a request; the manager's sync shows it and the PayPal
//    file still pays the old address; a forged local e-mail from her desktop changes nothing
//    centrally; after the manager approves and both sync, her desktop shows the new address.
// B. An audit row her login inserts with the actor "alice" arrives on the manager's desktop with
//    changed_by "pa", and the Audit Log model says it is partner ANNA's login; the rows a desktop
//    pushed itself get its own login locally, in the push's local commit.

#include "centraltestkit.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/modelroles.h"
#include "payouttestkit.h"
#include "pgtestkit.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/emailrequeststore.h"
#include "store/partnerstore.h"
#include "store/payoutstore.h"
#include "sync/conflictstore.h"
#include "sync/syncengine.h"
#include "synctestkit.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestPayoutEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void herLoginMayOnlyRequest();
    void herDesktopFilesARequest();
    void theManagerSeesItAndPaysTheOldAddress();
    void aForgedEmailFromHerDesktopChangesNothing();
    void approvalReachesHerDesktop();
    void auditRowsCarryTheCentralLogin();

private:
    QString central(const QString &sql);
    // As `login` through psql: true when the statement succeeded; `error` says why not.
    bool asLogin(const QString &login, const QString &sql, QString *error);
    QString url(const QString &login) const { return m_server.url(login, u"books"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    // One sync of the file `name` as `login`, which must succeed without refusals or conflicts.
    void sync(const QString &name, const QString &login);

    PgTestKit::Server m_server;
    QTemporaryDir m_dir;
};

void TestPayoutEmail::initTestCase()
{
    StoreTestKit::pinNow();
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    qputenv("PARTNERDESK_ACTOR", "manager");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QVERIFY(m_server.createDatabase(u"books"_s));
    CentralConnection admin;
    QVERIFY(admin.open(m_server.url(u"postgres"_s, u"books"_s), CentralTestKit::superPassword()));
    CentralSchema schema(admin);
    const auto setUp = schema.setup();
    QVERIFY2(setUp, qPrintable(setUp.error()));
    QVERIFY(setUp->applied.contains(6));
    QVERIFY(schema.grantManager(u"mgr"_s, u"mgr-pw"_s));

    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        PayoutTestKit::Books books;
        QVERIFY(PayoutTestKit::setUpBooks(manager, books));
        QVERIFY(PayoutTestKit::importOrders(manager, m_dir.filePath(u"orders.csv"_s),
                                            {PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                                             PayoutTestKit::viaLink(u"A2"_s, u"ANNA"_s, u"150.00"_s)}));
    }
    sync(u"manager"_s, u"mgr"_s);
    const auto granted = schema.grantPartner(u"ANNA"_s, u"pa"_s, u"pa-pw"_s);
    QVERIFY2(granted, qPrintable(granted.error()));
    sync(u"anna"_s, u"pa"_s);
}

void TestPayoutEmail::cleanupTestCase()
{
    m_server.stop();
}

QString TestPayoutEmail::central(const QString &sql)
{
    QString output, errors;
    if (!m_server.psql(sql, u"postgres"_s, CentralTestKit::superPassword(), u"books"_s, &output, &errors))
        qWarning("psql: %s", qPrintable(errors));
    return output.trimmed();
}

bool TestPayoutEmail::asLogin(const QString &login, const QString &sql, QString *error)
{
    return m_server.psql(sql, login, login + u"-pw"_s, u"books"_s, nullptr, error);
}

void TestPayoutEmail::sync(const QString &name, const QString &login)
{
    Database db;
    QVERIFY(db.open(path(name)));
    SyncEngine engine(db, url(login), login + u"-pw"_s);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->refused == 0, qPrintable(report->refusals.join(u'\n')));
    QCOMPARE(report->conflicts, 0);
    QCOMPARE(engine.role().login(), login);
}

void TestPayoutEmail::herLoginMayOnlyRequest()
{
    const QString before = central(u"SELECT email || '|' || status || '|' || version FROM partnerdesk.affiliates "
                                   "WHERE code = 'ANNA'"_s);
    QCOMPARE(before.section(u'|', 0, 1), u"anna@example.com|approved"_s);
    QString error;
    QVERIFY(!asLogin(u"pa"_s, u"UPDATE partnerdesk.affiliates SET email = 'anna@evil.example' WHERE code = 'ANNA'"_s,
                     &error));
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QVERIFY(!asLogin(u"pa"_s, u"UPDATE partnerdesk.affiliates SET status = 'approved' WHERE code = 'ANNA'"_s, &error));
    QVERIFY(!asLogin(u"pa"_s,
                     u"UPDATE partnerdesk.affiliates SET requested_email = 'x@example.org', email = 'x@example.org' "
                     "WHERE code = 'ANNA'"_s,
                     &error));
    QCOMPARE(central(u"SELECT email || '|' || status || '|' || version FROM partnerdesk.affiliates "
                     "WHERE code = 'ANNA'"_s),
             before);
    // A request, with its time, is hers to write; and taking it back.
    QVERIFY2(asLogin(u"pa"_s,
                     u"UPDATE partnerdesk.affiliates SET requested_email = 'x@example.org', email_requested_at = now() "
                     "WHERE code = 'ANNA'"_s,
                     &error),
             qPrintable(error));
    QCOMPARE(central(u"SELECT requested_email || '|' || email || '|' || changed_by FROM partnerdesk.affiliates "
                     "WHERE code = 'ANNA'"_s),
             u"x@example.org|anna@example.com|pa"_s);
    QVERIFY2(asLogin(u"pa"_s,
                     u"UPDATE partnerdesk.affiliates SET requested_email = '', email_requested_at = NULL "
                     "WHERE code = 'ANNA'"_s,
                     &error),
             qPrintable(error));
    // A request without its time is refused by the same CHECK as locally.
    QVERIFY(!asLogin(u"pa"_s,
                     u"UPDATE partnerdesk.affiliates SET requested_email = 'y@example.org' "
                     "WHERE code = 'ANNA'"_s,
                     &error));
    QVERIFY2(error.contains(u"affiliates_email_request_complete"_s), qPrintable(error));
    // Another partner's row is out of reach.
    QVERIFY(asLogin(u"pa"_s,
                    u"UPDATE partnerdesk.affiliates SET requested_email = 'z@example.org', email_requested_at = now() "
                    "WHERE code = 'BEN'"_s,
                    &error));
    QCOMPARE(central(u"SELECT requested_email FROM partnerdesk.affiliates WHERE code = 'BEN'"_s), QString());
    // Her desktop catches up with what she did by hand.
    sync(u"anna"_s, u"pa"_s);
}

void TestPayoutEmail::herDesktopFilesARequest()
{
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        const std::optional<Affiliate> me = AffiliateStore(anna).byCode(u"ANNA"_s);
        QVERIFY(me);
        QVERIFY(!me->hasEmailRequest());
        const Status requested = EmailRequestStore(anna).request(me->id, u"anna.new@example.org"_s);
        QVERIFY2(requested, qPrintable(requested.error()));
    }
    sync(u"anna"_s, u"pa"_s);
    QCOMPARE(central(u"SELECT email || '|' || requested_email || '|' || (email_requested_at IS NOT NULL) || '|' || "
                     "changed_by FROM partnerdesk.affiliates WHERE code = 'ANNA'"_s),
             u"anna@example.com|anna.new@example.org|true|pa"_s);
}

void TestPayoutEmail::theManagerSeesItAndPaysTheOldAddress()
{
    sync(u"manager"_s, u"mgr"_s);
    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    const std::optional<Affiliate> anna = AffiliateStore(manager).byCode(u"ANNA"_s);
    QVERIFY(anna);
    QCOMPARE(anna->email, u"anna@example.com"_s);
    QCOMPARE(anna->requestedEmail, u"anna.new@example.org"_s);
    QVERIFY(!anna->emailRequestedAt.isEmpty());
    // The Partners pane's filter finds her.
    PartnerFilter waiting;
    waiting.emailRequests = true;
    QCOMPARE(PartnerStore(manager).count(waiting), 1);

    PayoutStore payouts(manager);
    const QString file = m_dir.filePath(u"first.paypal.csv"_s);
    const Result<PayoutBatch> batch = payouts.createBatch(u"paypal"_s, file);
    QVERIFY2(batch, qPrintable(batch.error()));
    const QByteArray paid = StoreTestKit::readFile(file);
    QVERIFY2(paid.contains("anna@example.com,50.00,EUR"), paid.constData());
    QVERIFY(!paid.contains("anna.new@example.org"));
}

void TestPayoutEmail::aForgedEmailFromHerDesktopChangesNothing()
{
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        QString error;
        QVERIFY2(SyncTestKit::execLocal(
                     anna, u"UPDATE affiliates SET email = 'anna@evil.example' WHERE code = 'ANNA'"_s, &error),
                 qPrintable(error));
        SyncEngine engine(anna, url(u"pa"_s), u"pa-pw"_s);
        const auto report = engine.sync();
        QVERIFY2(report, qPrintable(report.error()));
        // Not sent as it is: his UPDATE requires the e-mail to be the central one, so it is held as
        // a conflict on his desktop (Take Theirs restores it).
        QCOMPARE(report->conflicts + report->refused, 1);
    }
    QCOMPARE(central(u"SELECT email || '|' || requested_email FROM partnerdesk.affiliates WHERE code = 'ANNA'"_s),
             u"anna@example.com|anna.new@example.org"_s);
    QCOMPARE(central(u"SELECT count(*) FROM partnerdesk.affiliates WHERE email LIKE '%evil%'"_s), u"0"_s);
}

void TestPayoutEmail::approvalReachesHerDesktop()
{
    {
        Database manager;
        QVERIFY(manager.open(path(u"manager"_s)));
        const std::optional<Affiliate> anna = AffiliateStore(manager).byCode(u"ANNA"_s);
        const Status approved = EmailRequestStore(manager).approve(anna->id, u"confirmed by phone"_s);
        QVERIFY2(approved, qPrintable(approved.error()));
    }
    sync(u"manager"_s, u"mgr"_s);
    QCOMPARE(central(u"SELECT email || '|' || requested_email || '|' || (email_requested_at IS NULL) || '|' || "
                     "changed_by FROM partnerdesk.affiliates WHERE code = 'ANNA'"_s),
             u"anna.new@example.org||true|mgr"_s);

    // Her desktop holds the forged row as a conflict: she takes the central row, as the window would.
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        SyncEngine engine(anna, url(u"pa"_s), u"pa-pw"_s);
        QVERIFY(engine.sync());
        QSqlQuery query(anna.connection());
        QVERIFY(query.exec(u"SELECT email, requested_email, email_requested_at IS NULL FROM affiliates "
                           "WHERE code = 'ANNA'"_s));
        QVERIFY(query.next());
        if (query.value(0).toString() != u"anna.new@example.org") {
            // The conflict of the forged e-mail keeps her local row until it is resolved.
            QCOMPARE(query.value(0).toString(), u"anna@evil.example"_s);
            QSqlQuery conflicts(anna.connection());
            QVERIFY(
                conflicts.exec(u"SELECT id FROM sync_conflicts WHERE tbl = 'affiliates' AND resolved_at IS NULL"_s));
            QVERIFY(conflicts.next());
            const Status taken = ConflictStore(anna).takeTheirs(conflicts.value(0).toLongLong());
            QVERIFY2(taken, qPrintable(taken.error()));
            QVERIFY(engine.sync());
            QVERIFY(query.exec(u"SELECT email, requested_email, email_requested_at IS NULL FROM affiliates "
                               "WHERE code = 'ANNA'"_s));
            QVERIFY(query.next());
        }
        QCOMPARE(query.value(0).toString(), u"anna.new@example.org"_s);
        QCOMPARE(query.value(1).toString(), QString());
        QVERIFY(query.value(2).toBool());
    }
    // The manager's next batch pays the approved address.
    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    QVERIFY(PayoutTestKit::importOrders(manager, m_dir.filePath(u"orders2.csv"_s),
                                        {PayoutTestKit::viaLink(u"A3"_s, u"ANNA"_s, u"300.00"_s)}));
    const QString file = m_dir.filePath(u"second.paypal.csv"_s);
    QVERIFY(PayoutStore(manager).createBatch(u"paypal"_s, file));
    QVERIFY2(StoreTestKit::readFile(file).contains("anna.new@example.org,60.00,EUR"),
             StoreTestKit::readFile(file).constData());
}

void TestPayoutEmail::auditRowsCarryTheCentralLogin()
{
    // Her desktop writes an audit row naming "alice" (a manager, say) as its author.
    {
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        QString error;
        QVERIFY2(SyncTestKit::execLocal(anna,
                                        u"INSERT INTO audit_log (at, actor, action, entity, entity_id, reason) VALUES "
                                        "('2026-05-01T10:00:00Z', 'alice', 'affiliate.status', 'affiliate', 'ANNA', "
                                        "'forged-by-anna')"_s,
                                        &error),
                 qPrintable(error));
    }
    sync(u"anna"_s, u"pa"_s);
    QCOMPARE(central(u"SELECT actor || '|' || changed_by FROM partnerdesk.audit_log WHERE reason = 'forged-by-anna'"_s),
             u"alice|pa"_s);
    {
        // Her own pushed row has her login on her desktop too, though it is never read back.
        Database anna;
        QVERIFY(anna.open(path(u"anna"_s)));
        QCOMPARE(SyncTestKit::localText(anna, u"SELECT changed_by FROM audit_log WHERE reason = 'forged-by-anna'"_s),
                 u"pa"_s);
    }

    // The manager: an audit row of his own not yet pushed, then the sync.
    Database manager;
    QVERIFY(manager.open(path(u"manager"_s)));
    QVERIFY(AuditLog(manager.connection())
                .append(u"program.update"_s, u"program"_s, u"1"_s, {}, {{u"note"_s, u"mine"_s}}, u"manager-own-row"_s));
    {
        AuditLogModel model(manager);
        QCOMPARE(model.index(0, AuditLogModel::Login).data().toString(), u"(not synced yet)"_s);
    }
    SyncEngine engine(manager, url(u"mgr"_s), u"mgr-pw"_s);
    const auto report = engine.sync();
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(SyncTestKit::localText(manager, u"SELECT changed_by FROM audit_log WHERE reason = 'forged-by-anna'"_s),
             u"pa"_s);
    QCOMPARE(SyncTestKit::localText(manager, u"SELECT changed_by FROM audit_log WHERE reason = 'manager-own-row'"_s),
             u"mgr"_s);
    // Every audit row the manager's desktop pushed earlier (the books, the approval) has his login.
    QCOMPARE(SyncTestKit::localText(manager, u"SELECT count(*) FROM audit_log WHERE changed_by = ''"_s), u"0"_s);
    QCOMPARE(
        SyncTestKit::localText(manager, u"SELECT changed_by FROM audit_log WHERE action = 'affiliate.email_approve'"_s),
        u"mgr"_s);
    QCOMPARE(
        SyncTestKit::localText(manager, u"SELECT changed_by FROM audit_log WHERE action = 'affiliate.email_request'"_s),
        u"pa"_s);
    // Both sides agree on every synced column, changed_by included.
    SyncTestKit::compareWithCentral(manager, url(u"mgr"_s), u"mgr-pw"_s);

    AuditLogModel model(manager);
    model.setFilter({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    int forged = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row)->reason == u"forged-by-anna")
            forged = row;
    }
    QVERIFY(forged >= 0);
    QCOMPARE(model.index(forged, AuditLogModel::Actor).data().toString(), u"alice"_s);
    QCOMPARE(model.index(forged, AuditLogModel::Login).data().toString(), u"pa (partner ANNA)"_s);
    QCOMPARE(model.index(forged, AuditLogModel::Actor).data(ModelRoles::AttentionRole).toInt(), 2);
    QVERIFY(model.index(forged, AuditLogModel::Actor).data(Qt::ToolTipRole).toString().contains(u"ANNA"_s));
}

QTEST_MAIN(TestPayoutEmail)
#include "tst_payoutemail.moc"
