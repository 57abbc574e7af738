#include "assigndialog.h"
#include "assignmentspane.h"
#include "guitestkit.h"
#include "import/demogenerator.h"
#include "itemmodels/assignmentordermodel.h"
#include "itemmodels/auditlogmodel.h"
#include "mainwindow.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "storetestkit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestAssignmentsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void assignTwoUnattributedOrders();
    void undoAndRedoTheAssignment();
    void reassignAnAttributedOrderAndUndo();
    void dialogValidation();
    void auditFilterAndExport();
    void explainTheSelectedOrder();

private:
    AssignmentsPane *pane() const;
    QTableView *ordersTable() const;
    QTableView *auditTable() const;
    QAction *action(const QString &name) const;
    QString text(const QString &sql) const;
    qint64 number(const QString &sql) const { return text(sql).toLongLong(); }
    QString liveOf(const QString &orderId) const; // "CODE kind", or "" when unattributed
    void selectRows(const QList<int> &rows);
    // Assigns the selected orders through the dialog, as a user would.
    void assignThroughDialog(const QString &partnerCode, const QString &reason, const QString &amount = {});

    QString m_partner; // an approved partner with an active membership
    QString m_otherPartner;
};

void TestAssignmentsPane::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestAssignmentsPane::init()
{
    QVERIFY(newBook());
    {
        Database seed;
        QVERIFY(seed.open(m_path));
        DemoGenerator::Options options;
        options.orders = 400;
        options.affiliates = 60;
        const Status filled = DemoGenerator::fill(seed, options);
        QVERIFY2(filled, qPrintable(filled.error()));
    }
    QVERIFY(openCheck());
    const QString assignable = u"SELECT a.code FROM affiliates a JOIN memberships m ON m.affiliate_id = a.id "
                               "WHERE a.status = 'approved' AND m.active = 1 AND m.is_primary = 1 ORDER BY a.id "
                               "LIMIT 1 OFFSET %1"_s;
    m_partner = text(assignable.arg(0));
    m_otherPartner = text(assignable.arg(1));
    QVERIFY(!m_partner.isEmpty() && !m_otherPartner.isEmpty());

    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"assignments"_s));
    QTRY_VERIFY(pane()->isVisible());
}

void TestAssignmentsPane::cleanup()
{
    closeBook();
}

AssignmentsPane *TestAssignmentsPane::pane() const
{
    return child<AssignmentsPane>(m_window.get(), u"AssignmentsPane"_s);
}

QTableView *TestAssignmentsPane::ordersTable() const
{
    return child<QTableView>(m_window.get(), u"ordersTable"_s);
}

QTableView *TestAssignmentsPane::auditTable() const
{
    return child<QTableView>(m_window.get(), u"auditTable"_s);
}

QAction *TestAssignmentsPane::action(const QString &name) const
{
    return child<QAction>(m_window.get(), name);
}

QString TestAssignmentsPane::text(const QString &sql) const
{
    QSqlQuery query(m_check->connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

QString TestAssignmentsPane::liveOf(const QString &orderId) const
{
    return text(u"SELECT a.code || ' ' || t.kind FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id "
                "WHERE t.order_id = '%1' AND t.superseded = 0 AND t.kind <> 'reversal'"_s.arg(orderId));
}

void TestAssignmentsPane::selectRows(const QList<int> &rows)
{
    QTableView *table = ordersTable();
    table->clearSelection();
    bool first = true;
    for (int row : rows) {
        const QRect rect = table->visualRect(table->model()->index(row, AssignmentOrderModel::OrderId));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                          rect.center());
        first = false;
    }
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), rows.size());
}

void TestAssignmentsPane::assignThroughDialog(const QString &partnerCode, const QString &reason, const QString &amount)
{
    bool handled = false;
    whenModal<AssignDialog>([&](AssignDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, u"searchEdit"_s), partnerCode);
        QTRY_COMPARE(child<QTreeView>(dialog, u"partnersList"_s)->selectionModel()->selectedRows().size(), 1);
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(child<QLineEdit>(dialog, u"reasonEdit"_s), reason);
        if (!amount.isEmpty())
            QTest::keyClicks(child<QLineEdit>(dialog, u"amountEdit"_s), amount);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        handled = true;
    });
    action(u"assignAction"_s)->trigger();
    QVERIFY(handled);
}

void TestAssignmentsPane::assignTwoUnattributedOrders()
{
    QVERIFY(child<QCheckBox>(m_window.get(), u"unattributedOnlyCheck"_s)->isChecked());
    const qint64 unattributed =
        number(u"SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM transactions t "
               "WHERE t.order_id = o.order_id AND t.superseded = 0 AND t.kind <> 'reversal')"_s);
    QVERIFY(unattributed >= 2);
    // The counts arrive from a worker thread (issue #16).
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"ordersCountLabel"_s)
                    ->text()
                    .startsWith(u"%1 unattributed of 400 orders"_s.arg(unattributed)));
    QVERIFY(!action(u"assignAction"_s)->isEnabled());
    selectRows({0, 1});
    QVERIFY(action(u"assignAction"_s)->isEnabled());
    QVERIFY(!action(u"explainOrderAction"_s)->isEnabled());
    const QList<OrderToAssign> selected = pane()->selectedOrders();
    QCOMPARE(selected.size(), 2);
    const QString first = selected.at(0).orderId;
    const QString second = selected.at(1).orderId;
    QVERIFY(!selected.at(0).isAttributed() && !selected.at(1).isAttributed());

    whenModal<AssignDialog>([](AssignDialog *dialog) {
        QVERIFY(!child<QLineEdit>(dialog, u"amountEdit"_s)->isEnabled()); // two orders: no amount
        dialog->reject();
    });
    action(u"assignAction"_s)->trigger();
    QCOMPARE(number(u"SELECT count(*) FROM manual_assignments"_s), 0);

    assignThroughDialog(m_partner, u"phone orders"_s);

    // The orders leave the unattributed list; the database has two manual transactions and two audit rows.
    const auto *orders = static_cast<const AssignmentOrderModel *>(ordersTable()->model());
    QTRY_COMPARE(orders->rowOf(first), -1);
    QCOMPARE(orders->rowOf(second), -1);
    QTRY_VERIFY(orders->countsKnown()); // from a worker thread (issue #16)
    QCOMPARE(orders->counts().unattributed, unattributed - 2);
    QCOMPARE(liveOf(first), m_partner + u" manual"_s);
    QCOMPARE(liveOf(second), m_partner + u" manual"_s);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE action = 'order.assign' AND actor = 'manager' "
                    "AND reason = 'phone orders' AND entity_id IN ('%1', '%2')"_s.arg(first, second)),
             2);
    // The audit table shows them, newest first.
    const QAbstractItemModel *audit = auditTable()->model();
    QTRY_COMPARE(audit->index(0, AuditLogModel::Action).data().toString(), u"order.assign"_s);
    QCOMPARE(audit->index(1, AuditLogModel::Action).data().toString(), u"order.assign"_s);
    const QStringList shown{audit->index(0, AuditLogModel::EntityId).data().toString(),
                            audit->index(1, AuditLogModel::EntityId).data().toString()};
    QVERIFY(shown.contains(first) && shown.contains(second));
    QVERIFY(audit->index(0, AuditLogModel::After).data().toString().startsWith(m_partner + u", manual"_s));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(m_window->undoStack()->undoText().contains(m_partner));
}

void TestAssignmentsPane::undoAndRedoTheAssignment()
{
    selectRows({0, 1});
    const QList<OrderToAssign> selected = pane()->selectedOrders();
    assignThroughDialog(m_partner, u"wrong batch"_s);
    QCOMPARE(liveOf(selected.at(0).orderId), m_partner + u" manual"_s);

    action(u"undoAction"_s)->trigger();
    // Unattributed again: the assignment is withdrawn, its transaction cancelled, not erased.
    const auto *orders = static_cast<const AssignmentOrderModel *>(ordersTable()->model());
    QTRY_VERIFY(orders->rowOf(selected.at(0).orderId) >= 0);
    for (const OrderToAssign &order : selected) {
        QCOMPARE(liveOf(order.orderId), QString());
        QCOMPARE(number(u"SELECT count(*) FROM transactions WHERE order_id = '%1' AND status = 'cancelled' "
                        "AND superseded = 1"_s.arg(order.orderId)),
                 1);
        QCOMPARE(text(u"SELECT reason FROM audit_log WHERE entity_id = '%1' AND action = 'order.withdraw'"_s.arg(
                     order.orderId)),
                 u"undo: wrong batch"_s);
    }
    QVERIFY(m_window->undoStack()->canRedo());

    action(u"redoAction"_s)->trigger();
    QTRY_COMPARE(orders->rowOf(selected.at(0).orderId), -1);
    QCOMPARE(liveOf(selected.at(1).orderId), m_partner + u" manual"_s);
    QCOMPARE(number(u"SELECT count(*) FROM audit_log WHERE reason = 'redo: wrong batch'"_s), 2);
}

void TestAssignmentsPane::reassignAnAttributedOrderAndUndo()
{
    const QString orderId =
        text(u"SELECT order_id FROM transactions WHERE kind = 'link' AND superseded = 0 AND status = 'approved' "
             "ORDER BY id LIMIT 1"_s);
    QVERIFY(!orderId.isEmpty());
    const QString before = liveOf(orderId);
    const QString newPartner = before.startsWith(m_partner) ? m_otherPartner : m_partner;

    m_window->showPane(u"assignments"_s, {{u"order"_s, orderId}});
    QVERIFY(!child<QCheckBox>(m_window.get(), u"unattributedOnlyCheck"_s)->isChecked());
    QCOMPARE(child<QLineEdit>(m_window.get(), u"ordersSearchEdit"_s)->text(), orderId);
    QTRY_COMPARE(pane()->selectedOrders().size(), 1);
    QCOMPARE(pane()->selectedOrders().first().orderId, orderId);
    QVERIFY(pane()->selectedOrders().first().isAttributed());

    assignThroughDialog(newPartner, u"customer called"_s);
    QCOMPARE(liveOf(orderId), newPartner + u" manual"_s);
    // The replaced transaction is cancelled and superseded, never erased.
    QCOMPARE(number(u"SELECT count(*) FROM transactions WHERE order_id = '%1' AND kind = 'link' "
                    "AND superseded = 1 AND status = 'cancelled'"_s.arg(orderId)),
             1);
    QTRY_COMPARE(ordersTable()->model()->index(0, AssignmentOrderModel::Kind).data().toString(), u"manual"_s);

    // Undo: the rules credit it again, as before, and the audit log says so.
    action(u"undoAction"_s)->trigger();
    QTRY_COMPARE(liveOf(orderId), before);
    QCOMPARE(number(u"SELECT count(*) FROM transactions WHERE order_id = '%1'"_s.arg(orderId)), 3);
    QTRY_COMPARE(auditTable()->model()->index(0, AuditLogModel::Action).data().toString(), u"order.withdraw"_s);
    QCOMPARE(auditTable()->model()->index(0, AuditLogModel::Reason).data().toString(), u"undo: customer called"_s);
    QCOMPARE(auditTable()->model()->rowCount(), 2); // the audit filter shows this order's history
}

void TestAssignmentsPane::dialogValidation()
{
    selectRows({0});
    const OrderToAssign order = pane()->selectedOrders().first();
    const QString suspended =
        text(u"SELECT code FROM affiliates WHERE code <> '%1' ORDER BY id DESC LIMIT 1"_s.arg(m_partner));
    {
        AffiliateStore store(*m_check);
        QVERIFY(store.setStatus(store.byCode(suspended)->id, u"suspended"_s));
    }
    bool handled = false;
    whenModal<AssignDialog>([&](AssignDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        auto *amount = child<QLineEdit>(dialog, u"amountEdit"_s);
        QVERIFY(amount->isEnabled()); // one order
        QTest::keyClicks(child<QLineEdit>(dialog, u"reasonEdit"_s), u"bonus"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"searchEdit"_s), suspended);
        QTRY_VERIFY(error->text().contains(u"suspended"_s));
        QVERIFY(!ok->isEnabled());
        replaceText(child<QLineEdit>(dialog, u"searchEdit"_s), m_partner);
        QTRY_VERIFY(ok->isEnabled());
        QTest::keyClicks(amount, order.currency == u"JPY" ? u"12.5"_s : u"12.345"_s);
        QVERIFY2(error->text().contains(order.currency), qPrintable(error->text()));
        QVERIFY(!ok->isEnabled());
        replaceText(amount, u"-5"_s);
        QVERIFY(!ok->isEnabled());
        replaceText(amount, u"12"_s);
        QVERIFY(ok->isEnabled());
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        handled = true;
    });
    action(u"assignAction"_s)->trigger();
    QVERIFY(handled);
    const qint64 expected = order.currency == u"JPY" ? 12 : 1200;
    QCOMPARE(number(u"SELECT commission_minor FROM transactions WHERE order_id = '%1' AND superseded = 0"_s.arg(
                 order.orderId)),
             expected);
}

void TestAssignmentsPane::auditFilterAndExport()
{
    selectRows({0});
    const QString orderId = pane()->selectedOrders().first().orderId;
    assignThroughDialog(m_partner, u"trade fair, 50% off"_s);

    auto *entityId = child<QLineEdit>(m_window.get(), u"auditEntityIdEdit"_s);
    QTest::keyClicks(entityId, orderId);
    QTRY_COMPARE(auditTable()->model()->rowCount(), 1);
    QCOMPARE(auditTable()->model()->index(0, AuditLogModel::EntityId).data().toString(), orderId);
    QTRY_COMPARE(child<QLabel>(m_window.get(), u"auditCountLabel"_s)->text(), u"Entries: 1"_s);

    replaceText(entityId, QString());
    auto *actionCombo = child<QComboBox>(m_window.get(), u"auditActionCombo"_s);
    actionCombo->setCurrentIndex(actionCombo->findData(u"demo.fill"_s));
    QTRY_COMPARE(auditTable()->model()->rowCount(), 1);
    QCOMPARE(auditTable()->model()->index(0, AuditLogModel::Action).data().toString(), u"demo.fill"_s);
    actionCombo->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"auditReasonEdit"_s), u"TRADE FAIR"_s);
    QTRY_COMPARE(auditTable()->model()->rowCount(), 1);
    QCOMPARE(auditTable()->model()->index(0, AuditLogModel::Reason).data().toString(), u"trade fair, 50% off"_s);

    const QString path = m_dir->filePath(u"audit.csv"_s);
    QVERIFY(action(u"exportAuditAction"_s)->isEnabled());
    FileDialogs::answerNext(path);
    action(u"exportAuditAction"_s)->trigger();
    QCOMPARE(FileDialogs::unusedAnswers(), 0);
    const QStringList lines = QString::fromUtf8(StoreTestKit::readFile(path)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"at,actor,action,entity,entity_id,before,after,reason,login"_s);
    QVERIFY2(lines.at(1).startsWith(u"2026-06-01T00:00:00Z,manager,order.assign,order,%1,,"_s.arg(orderId)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(u",\"trade fair, 50% off\","_s), qPrintable(lines.at(1)));
}

void TestAssignmentsPane::explainTheSelectedOrder()
{
    selectRows({0});
    QVERIFY(action(u"explainOrderAction"_s)->isEnabled());
    action(u"explainOrderAction"_s)->trigger();
    const QString explained = child<QPlainTextEdit>(m_window.get(), u"explainView"_s)->toPlainText();
    QVERIFY2(explained.contains(pane()->selectedOrders().first().orderId), qPrintable(explained));
    QVERIFY2(explained.contains(u"unattributed"_s), qPrintable(explained));
}

QTEST_MAIN(TestAssignmentsPane)
#include "tst_assignmentspane.moc"
