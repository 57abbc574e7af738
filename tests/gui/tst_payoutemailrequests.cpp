// A partner's payout e-mail request on the real main window (offscreen): in partner mode, My
// Balance files the request and says it waits for a manager; in the manager's Partners pane the
// list marks the partner, the detail shows the request with Approve and Reject, both change the
// books through the store and both undo.

#include "guitestkit.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/partnerlistmodel.h"
#include "mainwindow.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/emailrequeststore.h"
#include "storetestkit.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestPayoutEmailRequests : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void thePartnerFilesARequest();
    void theListMarksAWaitingRequest();
    void approveAndUndo();
    void rejectWithAReasonAndUndo();
    void theAuditLogMarksAPartnersLogin();

private:
    void openAsManager();
    void selectJane();
    Affiliate stored() const { return *AffiliateStore(*m_check).byId(m_jane.id); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(m_window.get(), name); }

    Affiliate m_jane;
};

void TestPayoutEmailRequests::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestPayoutEmailRequests::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(affiliates.add(u"Partner %1"_s.arg(i), u"p%1@example.net"_s.arg(i)));
}

void TestPayoutEmailRequests::cleanup()
{
    closeBook();
}

void TestPayoutEmailRequests::openAsManager()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"partners"_s));
    m_window->reload();
}

void TestPayoutEmailRequests::selectJane()
{
    auto *partners = child<QTableView>(m_window.get(), u"partnersTable"_s);
    QTRY_VERIFY(partners->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < partners->model()->rowCount(); ++r) {
        if (partners->model()->index(r, PartnerListModel::Code).data().toString() == u"JANE")
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = partners->model()->index(row, 0);
    QTest::mouseClick(partners->viewport(), Qt::LeftButton, {}, partners->visualRect(index).center());
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(u"JANE"_s));
}

void TestPayoutEmailRequests::thePartnerFilesARequest()
{
    QVERIFY(openPartnerWindow(u"JANE"_s));
    QVERIFY(m_window->showPane(u"balance"_s));
    auto *current = child<QLabel>(m_window.get(), u"payoutEmailLabel"_s);
    auto *requested = child<QLabel>(m_window.get(), u"payoutEmailRequestLabel"_s);
    QTRY_VERIFY(current->text().contains(u"jane@blog.example"_s));
    QVERIFY(!requested->isVisible());

    // A typo first: refused with the reason, nothing written.
    auto *edit = child<QLineEdit>(m_window.get(), u"payoutEmailEdit"_s);
    replaceText(edit, u"jane.paypal.example"_s);
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    QTest::mouseClick(button(u"requestEmailButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(u"is not an e-mail address"_s), qPrintable(warning));
    QVERIFY(!stored().hasEmailRequest());

    replaceText(edit, u"jane@paypal.example"_s);
    QTest::mouseClick(button(u"requestEmailButton"_s), Qt::LeftButton);
    QTRY_VERIFY(requested->isVisible());
    QCOMPARE(requested->text(), u"Requested: jane@paypal.example — waiting for a manager's approval"_s);
    QVERIFY(current->text().contains(u"jane@blog.example"_s));
    QCOMPARE(stored().requestedEmail, u"jane@paypal.example"_s);
    QCOMPARE(stored().email, u"jane@blog.example"_s);
    QVERIFY(edit->text().isEmpty());

    // His own request undoes.
    child<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QTRY_VERIFY(!requested->isVisible());
    QVERIFY(!stored().hasEmailRequest());
    QCOMPARE(stored().email, u"jane@blog.example"_s);
}

void TestPayoutEmailRequests::theListMarksAWaitingRequest()
{
    QVERIFY(EmailRequestStore(*m_check).request(m_jane.id, u"jane@paypal.example"_s));
    openAsManager();
    auto *partners = child<QTableView>(m_window.get(), u"partnersTable"_s);
    QTRY_COMPARE(partners->model()->rowCount(), 6);
    for (int r = 0; r < partners->model()->rowCount(); ++r) {
        const QModelIndex email = partners->model()->index(r, PartnerListModel::Email);
        const bool jane = partners->model()->index(r, PartnerListModel::Code).data().toString() == u"JANE";
        QCOMPARE(email.data(ModelRoles::AttentionRole).toInt(), jane ? 1 : 0);
        if (jane) {
            QVERIFY(email.data().toString().contains(u"jane@paypal.example"_s));
            QVERIFY(email.data(Qt::ToolTipRole).toString().contains(u"waiting for a manager's approval"_s));
        }
    }
    auto *status = child<QComboBox>(m_window.get(), u"statusFilterCombo"_s);
    status->setCurrentIndex(status->findData(u"email-requests"_s));
    QTRY_COMPARE(partners->model()->rowCount(), 1);
    QCOMPARE(partners->model()->index(0, PartnerListModel::Code).data().toString(), u"JANE"_s);
    QTRY_VERIFY(button(u"approveEmailButton"_s)->isVisible());
}

void TestPayoutEmailRequests::approveAndUndo()
{
    QVERIFY(EmailRequestStore(*m_check).request(m_jane.id, u"jane@paypal.example"_s));
    openAsManager();
    selectJane();
    auto *label = child<QLabel>(m_window.get(), u"emailRequestLabel"_s);
    QTRY_VERIFY(button(u"approveEmailButton"_s)->isVisible());
    QVERIFY(label->text().contains(u"jane@paypal.example"_s));
    QVERIFY(label->text().contains(u"jane@blog.example"_s));

    QTest::mouseClick(button(u"approveEmailButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!button(u"approveEmailButton"_s)->isVisible());
    QCOMPARE(stored().email, u"jane@paypal.example"_s);
    QVERIFY(!stored().hasEmailRequest());
    QVERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(u"jane@paypal.example"_s));
    QVERIFY(!child<QAction>(m_window.get(), u"approveEmailAction"_s)->isEnabled());
    const QList<AuditEntry> audit = AuditLog(m_check->connection()).entries(u"affiliate"_s, QString::number(m_jane.id));
    QCOMPARE(audit.first().action, u"affiliate.email_approve"_s);

    QAction *undo = child<QAction>(m_window.get(), u"undoAction"_s);
    QVERIFY(undo->text().contains(u"jane@paypal.example"_s));
    undo->trigger();
    QTRY_VERIFY(button(u"approveEmailButton"_s)->isVisible());
    QCOMPARE(stored().email, u"jane@blog.example"_s);
    QCOMPARE(stored().requestedEmail, u"jane@paypal.example"_s);
    child<QAction>(m_window.get(), u"redoAction"_s)->trigger();
    QTRY_VERIFY(!button(u"approveEmailButton"_s)->isVisible());
    QCOMPARE(stored().email, u"jane@paypal.example"_s);
}

void TestPayoutEmailRequests::rejectWithAReasonAndUndo()
{
    QVERIFY(EmailRequestStore(*m_check).request(m_jane.id, u"thief@elsewhere.example"_s));
    openAsManager();
    selectJane();
    QTRY_VERIFY(button(u"rejectEmailButton"_s)->isVisible());
    whenModal<QInputDialog>([](QInputDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"rejectEmailDialog"_s);
        QVERIFY(dialog->labelText().contains(u"thief@elsewhere.example"_s));
        dialog->setTextValue(u"not her address; she did not call"_s);
        dialog->accept();
    });
    QTest::mouseClick(button(u"rejectEmailButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!button(u"rejectEmailButton"_s)->isVisible());
    QCOMPARE(stored().email, u"jane@blog.example"_s);
    QVERIFY(!stored().hasEmailRequest());
    const QList<AuditEntry> audit = AuditLog(m_check->connection()).entries(u"affiliate"_s, QString::number(m_jane.id));
    QCOMPARE(audit.first().action, u"affiliate.email_reject"_s);
    QCOMPARE(audit.first().reason, u"not her address; she did not call"_s);

    child<QAction>(m_window.get(), u"undoAction"_s)->trigger();
    QTRY_VERIFY(button(u"rejectEmailButton"_s)->isVisible());
    QCOMPARE(stored().requestedEmail, u"thief@elsewhere.example"_s);
    QCOMPARE(stored().email, u"jane@blog.example"_s);
}

void TestPayoutEmailRequests::theAuditLogMarksAPartnersLogin()
{
    // What a manager's sync leaves: a row partner JANE's login "pj" wrote calling itself "alice",
    // the partner logins it read, and one row of this desktop not sent yet.
    QSqlQuery query(m_check->connection());
    for (const QString &sql :
         {u"INSERT INTO audit_log (at, actor, action, entity, entity_id, reason, changed_by) VALUES "
          "('2026-05-01T10:00:00Z', 'alice', 'affiliate.status', 'affiliate', 'JANE', 'forged', 'pj')"_s,
          u"INSERT INTO sync_ids (tbl, local_id, uid, version) VALUES ('audit_log', (SELECT id FROM audit_log WHERE "
          "reason = 'forged'), '00000000-0000-4000-8000-0000000000aa', 1)"_s,
          u"INSERT INTO sync_state (key, value) VALUES ('partner_logins', '{\"pj\":\"JANE\"}')"_s})
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    QVERIFY(AuditLog(m_check->connection()).append(u"program.update"_s, u"program"_s, u"1"_s, {}, {}, u"mine"_s));

    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"assignments"_s));
    auto *audit = child<QTableView>(m_window.get(), u"auditTable"_s);
    QTRY_VERIFY(audit->model()->rowCount() >= 2);
    int forged = -1;
    int mine = -1;
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        const QString reason = audit->model()->index(row, AuditLogModel::Reason).data().toString();
        if (reason == u"forged")
            forged = row;
        else if (reason == u"mine")
            mine = row;
    }
    QVERIFY(forged >= 0 && mine >= 0);
    QCOMPARE(audit->model()->headerData(AuditLogModel::Login, Qt::Horizontal).toString(), u"Login"_s);
    QCOMPARE(audit->model()->index(forged, AuditLogModel::Login).data().toString(), u"pj (partner JANE)"_s);
    QCOMPARE(audit->model()->index(mine, AuditLogModel::Login).data().toString(), u"(not synced yet)"_s);
    // Painted: a warning on the partner's login, an error on a "Who" that is not his.
    QVERIFY(audit->model()->index(forged, AuditLogModel::Login).data(Qt::DecorationRole).isValid());
    QVERIFY(audit->model()->index(forged, AuditLogModel::Actor).data(Qt::ForegroundRole).isValid());
    QVERIFY(!audit->model()->index(mine, AuditLogModel::Actor).data(Qt::DecorationRole).isValid());
    QVERIFY(audit->model()->index(forged, AuditLogModel::Actor).data(Qt::ToolTipRole).toString().contains(u"alice"_s));
}

QTEST_MAIN(TestPayoutEmailRequests)
#include "tst_payoutemailrequests.moc"
