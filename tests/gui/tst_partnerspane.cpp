#include "addpartnerdialog.h"
#include "guitestkit.h"
#include "import/orderimporter.h"
#include "itemmodels/balancelistmodel.h"
#include "itemmodels/couponlistmodel.h"
#include "itemmodels/domainlistmodel.h"
#include "itemmodels/partnerlistmodel.h"
#include "itemmodels/partnermembershipmodel.h"
#include "mainwindow.h"
#include "partnerspane.h"
#include "programchoicedialog.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestPartnersPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchNarrowsTheList();
    void statusFilterIsRemembered();
    void suspendUndoRedo();
    void joinProgramThroughTheDialog();
    void leaveAndUndoRestoresThePrimary();
    void makePrimaryAndUndo();
    void createCouponAndUndo();
    void approveDomainManuallyWritesTheAuditLog();
    void balancesFromImportedOrders();
    void addPartnerUndoRemovesHim();
    void openSelectsThePartner();
    void showTransactionsNavigates();

private:
    QTableView *table(const QString &name) const { return child<QTableView>(m_window.get(), name); }
    QAction *action(const QString &name) const { return child<QAction>(m_window.get(), name); }
    // The partners pane, showing what the store holds now.
    void showPartners();
    int rowOf(QTableView *view, int column, const QString &text) const;
    void clickRow(QTableView *view, int row);
    void selectPartner(const QString &code);
    void selectMembership(const QString &program);
    std::optional<Affiliate> stored(const QString &code) const { return AffiliateStore(*m_check).byCode(code); }
    std::optional<Membership> membership(const QString &code, qint64 programId) const;

    qint64 m_koongo = 0;
    qint64 m_agency = 0;
    Affiliate m_jane;
};

void TestPartnersPane::initTestCase()
{
    StoreTestKit::pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
    isolateSettings();
}

void TestPartnersPane::init()
{
    QVERIFY(newBook());
    QVERIFY(openWindow());
    QVERIFY(openCheck());

    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_koongo = *programs.add(koongo);
    Program agency = koongo;
    agency.name = u"Agency"_s;
    agency.couponDiscount = Rate::fromBasisPoints(1500);
    m_agency = *programs.add(agency);
    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    for (int i = 0; i < 30; ++i)
        QVERIFY(affiliates.add(u"Partner %1"_s.arg(i, 2, 10, QLatin1Char('0')), u"p%1@example.net"_s.arg(i)));
}

void TestPartnersPane::cleanup()
{
    closeBook();
}

void TestPartnersPane::showPartners()
{
    QVERIFY(m_window->showPane(u"partners"_s));
    m_window->reload();
    QTRY_VERIFY(table(u"partnersTable"_s)->model()->rowCount() > 0);
}

int TestPartnersPane::rowOf(QTableView *view, int column, const QString &text) const
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

void TestPartnersPane::clickRow(QTableView *view, int row)
{
    QVERIFY(row >= 0);
    view->scrollTo(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
    QTRY_COMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), row);
}

void TestPartnersPane::selectPartner(const QString &code)
{
    clickRow(table(u"partnersTable"_s), rowOf(table(u"partnersTable"_s), PartnerListModel::Code, code));
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(code));
}

void TestPartnersPane::selectMembership(const QString &program)
{
    auto *tabs = child<QTabWidget>(m_window.get(), u"partnerTabs"_s);
    tabs->setCurrentWidget(table(u"membershipsTable"_s));
    clickRow(table(u"membershipsTable"_s),
             rowOf(table(u"membershipsTable"_s), PartnerMembershipModel::Program, program));
}

std::optional<Membership> TestPartnersPane::membership(const QString &code, qint64 programId) const
{
    for (const Membership &m : ProgramStore(*m_check).membershipsOf(stored(code)->id)) {
        if (m.programId == programId)
            return m;
    }
    return std::nullopt;
}

void TestPartnersPane::searchNarrowsTheList()
{
    showPartners();
    QTableView *partners = table(u"partnersTable"_s);
    QCOMPARE(partners->model()->rowCount(), 31);
    QVERIFY(child<QLabel>(m_window.get(), u"partnersCountLabel"_s)->text().contains(u"31"_s));
    // The first partner is selected and shown.
    QCOMPARE(partners->selectionModel()->selectedRows().size(), 1);

    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"partnerSearchEdit"_s), u"partner 1"_s);
    const int expected = int(AffiliateStore(*m_check).list(u"partner 1"_s).size());
    QCOMPARE(expected, 10);
    QTRY_COMPARE(partners->model()->rowCount(), expected);
    QCOMPARE(partners->model()->index(0, PartnerListModel::Name).data().toString(), u"Partner 10"_s);

    // By e-mail, and Enter does not wait for the pause.
    replaceText(child<QLineEdit>(m_window.get(), u"partnerSearchEdit"_s), u"jane@blog"_s);
    QTest::keyClick(child<QLineEdit>(m_window.get(), u"partnerSearchEdit"_s), Qt::Key_Return);
    QCOMPARE(partners->model()->rowCount(), 1);
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(u"JANE"_s));
}

void TestPartnersPane::statusFilterIsRemembered()
{
    QVERIFY(AffiliateStore(*m_check).setStatus(m_jane.id, u"suspended"_s));
    showPartners();
    auto *status = child<QComboBox>(m_window.get(), u"statusFilterCombo"_s);
    status->setCurrentIndex(status->findData(u"suspended"_s));
    QTRY_COMPARE(table(u"partnersTable"_s)->model()->rowCount(), 1);
    QCOMPARE(table(u"partnersTable"_s)->model()->index(0, PartnerListModel::Code).data().toString(), u"JANE"_s);
    QVERIFY(action(u"reactivatePartnerAction"_s)->isEnabled());
    QVERIFY(!action(u"suspendPartnerAction"_s)->isEnabled());

    // A new window (the database opened again) starts with the same filter.
    const QString path = m_check->path();
    QVERIFY(openWindowHidden());
    m_window->show();
    QVERIFY(m_window->showPane(u"partners"_s));
    QCOMPARE(child<QComboBox>(m_window.get(), u"statusFilterCombo"_s)->currentData().toString(), u"suspended"_s);
    QCOMPARE(table(u"partnersTable"_s)->model()->rowCount(), 1);
}

void TestPartnersPane::suspendUndoRedo()
{
    showPartners();
    selectPartner(u"JANE"_s);
    QVERIFY(action(u"suspendPartnerAction"_s)->isEnabled());
    QVERIFY(!action(u"reactivatePartnerAction"_s)->isEnabled());
    action(u"suspendPartnerAction"_s)->trigger();
    QCOMPARE(stored(u"JANE"_s)->status, u"suspended"_s);
    const int row = rowOf(table(u"partnersTable"_s), PartnerListModel::Code, u"JANE"_s);
    QTRY_COMPARE(table(u"partnersTable"_s)->model()->index(row, PartnerListModel::Status).data().toString(),
                 u"Suspended"_s);
    QVERIFY(action(u"reactivatePartnerAction"_s)->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Suspended Jane Blogger"_s));
    QAction *undo = action(u"undoAction"_s);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), u"&Undo Suspend Jane Blogger"_s);

    undo->trigger();
    QCOMPARE(stored(u"JANE"_s)->status, u"approved"_s);
    QTRY_COMPARE(table(u"partnersTable"_s)->model()->index(row, PartnerListModel::Status).data().toString(),
                 u"Approved"_s);
    QVERIFY(action(u"suspendPartnerAction"_s)->isEnabled());

    action(u"redoAction"_s)->trigger();
    QCOMPARE(stored(u"JANE"_s)->status, u"suspended"_s);
    QCOMPARE(table(u"partnersTable"_s)->model()->index(row, PartnerListModel::Status).data().toString(),
             u"Suspended"_s);
    // Every change is in the audit log.
    QCOMPARE(StoreTestKit::count(*m_check, u"audit_log"_s, u"action = 'affiliate.status'"_s), 3);
}

void TestPartnersPane::joinProgramThroughTheDialog()
{
    QVERIFY(ProgramStore(*m_check).join(m_jane.id, m_koongo));
    showPartners();
    selectPartner(u"JANE"_s);
    QCOMPARE(table(u"membershipsTable"_s)->model()->rowCount(), 1);

    QStringList offered;
    whenModal<ProgramChoiceDialog>([&offered](ProgramChoiceDialog *dialog) {
        auto *combo = child<QComboBox>(dialog, u"programCombo"_s);
        for (int i = 0; i < combo->count(); ++i)
            offered.append(combo->itemText(i));
        QVERIFY(child<QLabel>(dialog, u"descriptionLabel"_s)->text().contains(u"Agency"_s));
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"joinProgramAction"_s)->trigger();
    // Only active programs he is not in yet.
    QCOMPARE(offered, QStringList{u"Agency"_s});
    QTRY_COMPARE(table(u"membershipsTable"_s)->model()->rowCount(), 2);
    const std::optional<Membership> joined = membership(u"JANE"_s, m_agency);
    QVERIFY(joined && joined->active && !joined->primary);

    action(u"undoAction"_s)->trigger();
    QVERIFY(!membership(u"JANE"_s, m_agency)->active);
    QVERIFY(membership(u"JANE"_s, m_koongo)->primary);
    action(u"redoAction"_s)->trigger();
    QVERIFY(membership(u"JANE"_s, m_agency)->active);
}

void TestPartnersPane::leaveAndUndoRestoresThePrimary()
{
    ProgramStore programs(*m_check);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_jane.id, m_agency));
    QVERIFY(programs.setPrimary(m_jane.id, m_agency));
    showPartners();
    selectPartner(u"JANE"_s);
    selectMembership(u"Agency"_s);
    QVERIFY(action(u"leaveProgramAction"_s)->isEnabled());
    QVERIFY(!action(u"makePrimaryAction"_s)->isEnabled()); // it is the primary one

    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    action(u"leaveProgramAction"_s)->trigger();
    QVERIFY(!membership(u"JANE"_s, m_agency)->active);
    QVERIFY(membership(u"JANE"_s, m_koongo)->primary);

    // Undo joins again and makes it primary again, though Koongo became primary meanwhile.
    action(u"undoAction"_s)->trigger();
    QVERIFY(membership(u"JANE"_s, m_agency)->active);
    QVERIFY(membership(u"JANE"_s, m_agency)->primary);
    QVERIFY(!membership(u"JANE"_s, m_koongo)->primary);
    const int row = rowOf(table(u"membershipsTable"_s), PartnerMembershipModel::Program, u"Agency"_s);
    QTRY_COMPARE(table(u"membershipsTable"_s)->model()->index(row, PartnerMembershipModel::Primary).data().toString(),
                 u"Primary"_s);
}

void TestPartnersPane::makePrimaryAndUndo()
{
    ProgramStore programs(*m_check);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    QVERIFY(programs.join(m_jane.id, m_agency));
    showPartners();
    selectPartner(u"JANE"_s);
    selectMembership(u"Agency"_s);
    QVERIFY(action(u"makePrimaryAction"_s)->isEnabled());
    action(u"makePrimaryAction"_s)->trigger();
    QVERIFY(membership(u"JANE"_s, m_agency)->primary);
    QVERIFY(!membership(u"JANE"_s, m_koongo)->primary);
    const int row = rowOf(table(u"membershipsTable"_s), PartnerMembershipModel::Program, u"Agency"_s);
    QTRY_COMPARE(table(u"membershipsTable"_s)->model()->index(row, PartnerMembershipModel::Primary).data().toString(),
                 u"Primary"_s);
    QVERIFY(!action(u"makePrimaryAction"_s)->isEnabled());

    action(u"undoAction"_s)->trigger();
    QVERIFY(membership(u"JANE"_s, m_koongo)->primary);
    QVERIFY(!membership(u"JANE"_s, m_agency)->primary);
}

void TestPartnersPane::createCouponAndUndo()
{
    QVERIFY(ProgramStore(*m_check).join(m_jane.id, m_agency));
    showPartners();
    selectPartner(u"JANE"_s);
    whenModal<ProgramChoiceDialog>([](ProgramChoiceDialog *dialog) {
        QCOMPARE(child<QComboBox>(dialog, u"programCombo"_s)->currentText(), u"Agency"_s);
        QVERIFY(child<QLabel>(dialog, u"descriptionLabel"_s)->text().contains(u"15 %"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"couponCodeEdit"_s), u"JANE15"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"createCouponAction"_s)->trigger();

    QTableView *coupons = table(u"couponsTable"_s);
    QTRY_COMPARE(coupons->model()->rowCount(), 1);
    QVERIFY(coupons->isVisible());
    QCOMPARE(coupons->model()->index(0, CouponListModel::Code).data().toString(), u"JANE15"_s);
    QCOMPARE(coupons->model()->index(0, CouponListModel::CustomerDiscount).data().toString(), u"15 %"_s);
    QCOMPARE(coupons->model()->index(0, CouponListModel::PartnerRate).data().toString(), u"10 %"_s);
    QCOMPARE(StoreTestKit::count(*m_check, u"coupons"_s, u"code = 'JANE15' AND active = 1"_s), 1);

    action(u"undoAction"_s)->trigger();
    QCOMPARE(StoreTestKit::count(*m_check, u"coupons"_s, u"code = 'JANE15' AND active = 0"_s), 1);
    QTRY_COMPARE(coupons->model()->index(0, CouponListModel::State).data().toString(), u"Inactive"_s);
    action(u"redoAction"_s)->trigger();
    QCOMPARE(StoreTestKit::count(*m_check, u"coupons"_s, u"code = 'JANE15' AND active = 1"_s), 1);
}

void TestPartnersPane::approveDomainManuallyWritesTheAuditLog()
{
    QVERIFY(AffiliateStore(*m_check).addDomain(m_jane.id, u"jane-blog.example"_s));
    showPartners();
    selectPartner(u"JANE"_s);
    auto *tabs = child<QTabWidget>(m_window.get(), u"partnerTabs"_s);
    tabs->setCurrentWidget(table(u"domainsTable"_s));
    QVERIFY(!action(u"approveDomainAction"_s)->isEnabled());
    clickRow(table(u"domainsTable"_s), 0);
    QVERIFY(action(u"approveDomainAction"_s)->isEnabled());

    whenModal<QInputDialog>([](QInputDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"approveDomainDialog"_s);
        QVERIFY(dialog->labelText().contains(u"jane-blog.example"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"Owner confirmed by phone"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"approveDomainAction"_s)->trigger();

    QTRY_COMPARE(table(u"domainsTable"_s)->model()->index(0, DomainListModel::Verified).data().toString(),
                 u"Verified"_s);
    QCOMPARE(table(u"domainsTable"_s)->model()->index(0, DomainListModel::Method).data().toString(),
             u"Manual approval"_s);
    QCOMPARE(StoreTestKit::count(*m_check, u"domains"_s, u"verified = 1 AND method = 'manual'"_s), 1);
    const QList<AuditEntry> audit = AuditLog(m_check->connection()).entries(u"affiliate"_s, QString::number(m_jane.id));
    const auto approval =
        std::find_if(audit.cbegin(), audit.cend(), [](const AuditEntry &e) { return e.action == u"domain.approve"; });
    QVERIFY(approval != audit.cend());
    QCOMPARE(approval->reason, u"Owner confirmed by phone"_s);
    QVERIFY(!action(u"approveDomainAction"_s)->isEnabled());
}

void TestPartnersPane::balancesFromImportedOrders()
{
    QVERIFY(ProgramStore(*m_check).join(m_jane.id, m_koongo));
    QList<StoreTestKit::OrderLine> orders;
    for (const auto &[id, subtotal] : {std::pair{u"2001"_s, u"100.00"_s}, std::pair{u"2002"_s, u"180.00"_s}}) {
        StoreTestKit::OrderLine line;
        line.orderId = id;
        line.subtotal = subtotal;
        line.landingUrl = u"https://koongo.com/?acc=JANE"_s;
        orders.append(line);
    }
    const QString path = m_dir->filePath(u"orders.csv"_s);
    QVERIFY(StoreTestKit::writeFile(path, StoreTestKit::ordersCsv(orders)));
    const ImportSummary summary = OrderImporter(*m_check).importFile(path);
    QCOMPARE(summary.exitCode(), 0);

    showPartners();
    selectPartner(u"JANE"_s);
    QTableView *balances = table(u"balancesTable"_s);
    QTRY_COMPARE(balances->model()->rowCount(), 1);
    QCOMPARE(balances->model()->index(0, BalanceListModel::Currency).data().toString(), u"EUR"_s);
    // 20 % of 280.00, approved (placed 60 days ago, 30 days' hold), over the 50.00 threshold.
    QCOMPARE(balances->model()->index(0, BalanceListModel::Approved).data().toString(), u"€56.00 (due)"_s);
    QCOMPARE(balances->model()->index(0, BalanceListModel::Threshold).data().toString(), u"€50.00"_s);
    QCOMPARE(LedgerStore(*m_check).balances().first().balanceMinor, qint64(5600));
}

void TestPartnersPane::addPartnerUndoRemovesHim()
{
    showPartners();
    whenModal<AddPartnerDialog>([](AddPartnerDialog *dialog) {
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Aaron Early"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"emailEdit"_s), u"aaron@example"_s);
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->text().contains(u"e-mail"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"emailEdit"_s), u".net"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"codeEdit"_s), u"AARON"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    action(u"addPartnerAction"_s)->trigger();
    const std::optional<Affiliate> added = stored(u"AARON"_s);
    QVERIFY(added);
    QTRY_COMPARE(table(u"partnersTable"_s)->model()->index(0, PartnerListModel::Code).data().toString(), u"AARON"_s);
    QVERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(u"AARON"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"AARON"_s));

    action(u"undoAction"_s)->trigger();
    QVERIFY(!stored(u"AARON"_s));
    QCOMPARE(rowOf(table(u"partnersTable"_s), PartnerListModel::Code, u"AARON"_s), -1);

    action(u"redoAction"_s)->trigger();
    QCOMPARE(stored(u"AARON"_s)->id, added->id);
    QTRY_COMPARE(rowOf(table(u"partnersTable"_s), PartnerListModel::Code, u"AARON"_s), 0);

    // Once he has a membership, undoing his creation is refused and the command leaves the stack.
    QVERIFY(ProgramStore(*m_check).join(added->id, m_koongo));
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    action(u"undoAction"_s)->trigger();
    QVERIFY2(warning.contains(u"suspend him instead"_s), qPrintable(warning));
    QVERIFY(stored(u"AARON"_s));
    QVERIFY(!action(u"undoAction"_s)->isEnabled());
}

void TestPartnersPane::openSelectsThePartner()
{
    showPartners();
    // Hidden by both filters at first.
    auto *status = child<QComboBox>(m_window.get(), u"statusFilterCombo"_s);
    status->setCurrentIndex(status->findData(u"pending"_s));
    replaceText(child<QLineEdit>(m_window.get(), u"partnerSearchEdit"_s), u"Partner 2"_s);
    QTest::keyClick(child<QLineEdit>(m_window.get(), u"partnerSearchEdit"_s), Qt::Key_Return);
    QCOMPARE(table(u"partnersTable"_s)->model()->rowCount(), 0);

    const QString code = AffiliateStore(*m_check).list(u"Partner 29"_s).first().code;
    QVERIFY(m_window->showPane(u"programs"_s));
    QVERIFY(m_window->showPane(u"partners"_s, {{u"affiliate"_s, code}}));
    QCOMPARE(m_window->currentPaneId(), u"partners"_s);
    const auto *pane = static_cast<PartnersPane *>(m_window->pane(u"partners"_s));
    QVERIFY(pane->selectedPartner());
    QCOMPARE(pane->selectedPartner()->code, code);
    QVERIFY(child<QLabel>(m_window.get(), u"partnerHeaderLabel"_s)->text().contains(u"Partner 29"_s));

    // Listed already: the filter stays as it is.
    QVERIFY(m_window->showPane(u"partners"_s, {{u"affiliate"_s, u"jane"_s}}));
    QCOMPARE(pane->selectedPartner()->code, u"JANE"_s);
}

void TestPartnersPane::showTransactionsNavigates()
{
    showPartners();
    selectPartner(u"JANE"_s);
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"showTransactionsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_window->currentPaneId(), u"transactions"_s);
}

QTEST_MAIN(TestPartnersPane)
#include "tst_partnerspane.moc"
