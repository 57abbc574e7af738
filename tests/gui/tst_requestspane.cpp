// The manager's Requests pane on the real main window (offscreen, a real SQLite book): the queue
// with its count badge in the navigation list; beside a claim the order's explainer and current
// partner, or that it is not in the books; beside a sign-up the partner with the same e-mail;
// Approve (a claim becomes a manual assignment), Approve with changes… (a vanity link under another
// path, checked inline by the rewrite editor's rules), Reject… (a reason required), each undone
// and redone from Edit; and the notice when requests arrive from elsewhere (a sync reloads).

#include "decisiondialog.h"
#include "guitestkit.h"
#include "import/orderimporter.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/requesttablemodel.h"
#include "mainwindow.h"
#include "notifier.h"
#include "panenavigation.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/emailrequeststore.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "store/requeststore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestRequestsPane : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badgeCountsWhatWaits();
    void approveAClaimAndUndo();
    void claimDetailShowsTheOrder();
    void aClaimOfAnOrderNotInTheBooks();
    void approveAVanityLinkWithChanges();
    void rejectNeedsAReason();
    void signUpShowsTheSameEmail();
    void newRequestsAreAnnounced();

private:
    void openRequests();
    // Selects the row whose "Asked for" holds `asked`, by a click.
    void select(const QString &asked);
    QString detail() const { return find<QTextBrowser>(u"requestDetail"_s)->toPlainText(); }
    PartnerRequest stored(RequestKind kind, qint64 id) const { return *RequestStore(*m_check).request(kind, id); }
    int badge() const { return find<PaneNavigation>(u"navigation"_s)->badge(u"requests"_s); }
    QString creditedTo(const QString &orderId) const
    {
        const Result<Explanation> explanation = LedgerStore(*m_check).explain(orderId);
        return explanation && explanation->attribution.isAttributed() ? explanation->affiliateCode : QString();
    }

    qint64 m_program = 0;
    Affiliate m_jane;
    Affiliate m_rival;
    PartnerRequest m_unattributed; // claim of 100042, nobody's
    PartnerRequest m_rivals;       // claim of 200001, the rival's by his coupon
    PartnerRequest m_missing;      // claim of 999999, not imported
    PartnerRequest m_vanity;
    PartnerRequest m_signup; // with the rival's e-mail
};

void TestRequestsPane::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestRequestsPane::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.holdDays = 0;
    m_program = *programs.add(koongo);
    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    m_rival = *affiliates.add(u"Rival Marketing"_s, u"rival@rival.example"_s, u"RIVAL"_s);
    QVERIFY(programs.join(m_jane.id, m_program));
    QVERIFY(programs.join(m_rival.id, m_program));
    QVERIFY(affiliates.createCoupon(m_rival.id, m_program, u"RIVAL10"_s));

    StoreTestKit::OrderLine nobodys;
    nobodys.orderId = u"100042"_s;
    StoreTestKit::OrderLine rivals;
    rivals.orderId = u"200001"_s;
    rivals.coupon = u"RIVAL10"_s;
    const QString csv = m_dir->filePath(u"orders.csv"_s);
    QVERIFY(StoreTestKit::writeFile(csv, StoreTestKit::ordersCsv({nobodys, rivals})));
    QCOMPARE(OrderImporter(*m_check).importFile(csv).imported, 2);
    QCOMPARE(creditedTo(u"100042"_s), QString());
    QCOMPARE(creditedTo(u"200001"_s), u"RIVAL"_s);

    RequestStore requests(*m_check);
    m_unattributed = *requests.fileClaim(m_jane.id, {u"100042"_s, {}, {}, u"She forgot my coupon"_s, 0});
    m_rivals = *requests.fileClaim(m_jane.id, {u"200001"_s, {}, {}, u"She came from my blog"_s, 0});
    m_missing = *requests.fileClaim(m_jane.id, {u"999999"_s, {}, {}, u"Ordered yesterday"_s, 0});
    m_vanity =
        *requests.fileVanity(m_jane.id, {u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/pricing"_s, {}});
    ApplicationDraft application;
    application.name = u"Rex Newcomer"_s;
    application.email = u" RIVAL@rival.example"_s;
    application.website = u"https://rex.example"_s;
    application.promotion = u"A newsletter"_s;
    application.programId = m_program;
    m_signup = *requests.fileApplication(application);
    QCOMPARE(requests.waitingCount(), 5);
}

void TestRequestsPane::cleanup()
{
    closeBook();
}

void TestRequestsPane::openRequests()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"requests"_s));
    QTRY_COMPARE(find<QTableView>(u"requestsTable"_s)->model()->rowCount(), 5);
}

void TestRequestsPane::select(const QString &asked)
{
    auto *table = find<QTableView>(u"requestsTable"_s);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, RequestTableModel::Asked).data().toString().contains(asked))
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(asked));
    const QModelIndex index = table->model()->index(row, RequestTableModel::Kind);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_VERIFY(table->selectionModel()->isRowSelected(row, {}));
    const QString who = table->model()->index(row, RequestTableModel::Partner).data().toString();
    QTRY_VERIFY2(detail().contains(who), qPrintable(detail()));
}

void TestRequestsPane::badgeCountsWhatWaits()
{
    QVERIFY(openWindow());
    QCOMPARE(badge(), 5);
    auto *navigation = find<PaneNavigation>(u"navigation"_s);
    const int row = static_cast<int>(m_window->shownPaneIds().indexOf(u"requests"_s));
    QCOMPARE(navigation->item(row)->toolTip(), u"Requests: 5 waiting"_s);
    // A payout e-mail change waits in the same queue.
    QVERIFY(EmailRequestStore(*m_check).request(m_rival.id, u"rival@paypal.example"_s));
    m_window->reload();
    QCOMPARE(badge(), 6);
    QVERIFY(m_window->showPane(u"requests"_s));
    QTRY_COMPARE(find<QTableView>(u"requestsTable"_s)->model()->rowCount(), 6);
    QCOMPARE(find<QLabel>(u"requestCountLabel"_s)->text(), u"Waiting for a decision: 6."_s);

    select(u"Order 100042"_s);
    find<QAction>(u"approveRequestAction"_s)->trigger();
    QTRY_COMPARE(badge(), 5);
    find<QAction>(u"undoAction"_s)->trigger();
    QTRY_COMPARE(badge(), 6);
    // Nothing waits: no badge.
    for (const PartnerRequest &request : RequestStore(*m_check).list(RequestState::Waiting))
        QVERIFY(RequestStore(*m_check).reject(request.kind, request.id, u"spring cleaning"_s));
    m_window->reload();
    QCOMPARE(badge(), 0);
    QCOMPARE(navigation->item(row)->toolTip(), QString());
}

void TestRequestsPane::approveAClaimAndUndo()
{
    openRequests();
    select(u"Order 100042"_s);
    QVERIFY(detail().contains(u"Current partner: Nobody: no rule credits the order."_s));
    QAction *approve = find<QAction>(u"approveRequestAction"_s);
    QVERIFY(approve->isEnabled());
    approve->trigger();

    QCOMPARE(stored(RequestKind::Claim, m_unattributed.id).state, RequestState::Approved);
    QCOMPARE(stored(RequestKind::Claim, m_unattributed.id).decidedBy, u"manager"_s);
    QCOMPARE(creditedTo(u"100042"_s), u"JANE"_s);
    const QList<TransactionRow> transactions = LedgerStore(*m_check).transactionsOf(u"100042"_s);
    QVERIFY(std::any_of(transactions.cbegin(), transactions.cend(), [](const TransactionRow &t) {
        return t.affiliateCode == u"JANE" && t.kind == u"manual" && !t.superseded;
    }));
    QVERIFY(!AuditLog(m_check->connection()).entries(u"request"_s, QString::number(m_unattributed.id)).isEmpty());
    // Decided, it is shown among all, approved, and cannot be decided again.
    QTRY_VERIFY(detail().contains(u"Approved"_s));
    QVERIFY(!approve->isEnabled());
    QVERIFY(!find<QAction>(u"rejectRequestAction"_s)->isEnabled());

    QAction *undo = find<QAction>(u"undoAction"_s);
    QCOMPARE(undo->text(), u"&Undo Approve the order claim of Jane Blogger (JANE)"_s);
    undo->trigger();
    QCOMPARE(stored(RequestKind::Claim, m_unattributed.id).state, RequestState::Waiting);
    QCOMPARE(creditedTo(u"100042"_s), QString());
    QTRY_VERIFY(approve->isEnabled());

    find<QAction>(u"redoAction"_s)->trigger();
    QCOMPARE(stored(RequestKind::Claim, m_unattributed.id).state, RequestState::Approved);
    QCOMPARE(creditedTo(u"100042"_s), u"JANE"_s);
}

void TestRequestsPane::claimDetailShowsTheOrder()
{
    openRequests();
    select(u"Order 200001"_s);
    const QString text = detail();
    QVERIFY2(text.contains(u"Current partner: Rival Marketing (RIVAL)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Rules, first match wins"_s), qPrintable(text)); // the explainer
    QVERIFY(text.contains(u"She came from my blog"_s));
    // Approved, the order moves from the rival to Jane (reassignment as in Manual Assignments).
    find<QAction>(u"approveRequestAction"_s)->trigger();
    QCOMPARE(creditedTo(u"200001"_s), u"JANE"_s);
    QTRY_VERIFY(detail().contains(u"Current partner: Jane Blogger (JANE), who claims it, already."_s));
    find<QAction>(u"undoAction"_s)->trigger();
    QCOMPARE(creditedTo(u"200001"_s), u"RIVAL"_s);
}

void TestRequestsPane::aClaimOfAnOrderNotInTheBooks()
{
    openRequests();
    select(u"Order 999999"_s);
    QVERIFY(detail().contains(u"Order 999999 is not in the books yet: import it or reject the claim."_s));
    QString warning;
    whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    find<QAction>(u"approveRequestAction"_s)->trigger();
    QCOMPARE(warning, u"Order 999999 is not in the books yet: import it or reject the claim."_s);
    QCOMPARE(stored(RequestKind::Claim, m_missing.id).state, RequestState::Waiting);
    QVERIFY(!find<QAction>(u"undoAction"_s)->isEnabled()); // nothing was done
}

void TestRequestsPane::approveAVanityLinkWithChanges()
{
    // The path he asked for is someone else's by now.
    QVERIFY(
        AffiliateStore(*m_check).addRewrite(m_rival.id, u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/"_s));
    openRequests();
    select(u"koongo.com/partner/jane"_s);
    bool checked = false;
    whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        auto *path = dialog->findChild<QLineEdit *>(u"pathEdit"_s);
        QVERIFY(path);
        QCOMPARE(path->text(), u"/partner/jane"_s);
        // The rewrite editor's words, under the path.
        const Result<Rewrite> taken = RewriteStore(*m_check).validate(
            {m_jane.id, u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/pricing"_s});
        QVERIFY(!taken);
        QCOMPARE(dialog->findChild<QLabel *>(u"pathReason"_s)->text(), taken.error());
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        replaceText(path, u"/partner/jane blogger"_s);
        QVERIFY(!dialog->findChild<QLabel *>(u"pathReason"_s)->text().isEmpty());
        replaceText(path, u"/partner/jane-blogger"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"pathReason"_s)->text(), QString());
        replaceText(dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s), u"/partner/jane was taken"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        checked = true;
    });
    find<QAction>(u"approveWithChangesAction"_s)->trigger();
    QVERIFY(checked);
    const PartnerRequest approved = stored(RequestKind::Vanity, m_vanity.id);
    QCOMPARE(approved.state, RequestState::Approved);
    QCOMPARE(approved.approvedPath, u"/partner/jane-blogger"_s);
    QCOMPARE(approved.decisionReason, u"/partner/jane was taken"_s);
    const auto janesRewrite = [this] {
        return StoreTestKit::count(*m_check, u"rewrites"_s,
                                   u"affiliate_id = %1 AND path = '/partner/jane-blogger'"_s.arg(m_jane.id));
    };
    QCOMPARE(janesRewrite(), 1);
    QTRY_VERIFY(detail().contains(u"Path approved"_s));

    find<QAction>(u"undoAction"_s)->trigger();
    QCOMPARE(janesRewrite(), 0);
    QCOMPARE(stored(RequestKind::Vanity, m_vanity.id).state, RequestState::Waiting);
}

void TestRequestsPane::rejectNeedsAReason()
{
    openRequests();
    select(u"Order 999999"_s);
    bool checked = false;
    whenModal<DecisionDialog>([&](DecisionDialog *dialog) {
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        dialog->accept(); // Enter on an empty reason: it says why it stays open
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"reasonReason"_s)->text(), u"Say why: the partner reads the reason."_s);
        replaceText(dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s), u"No such order in the shop"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"reasonReason"_s)->text(), QString());
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        checked = true;
    });
    find<QAction>(u"rejectRequestAction"_s)->trigger();
    QVERIFY(checked);
    const PartnerRequest rejected = stored(RequestKind::Claim, m_missing.id);
    QCOMPARE(rejected.state, RequestState::Rejected);
    QCOMPARE(rejected.decisionReason, u"No such order in the shop"_s);
    QTRY_VERIFY(detail().contains(u"No such order in the shop"_s));

    find<QAction>(u"undoAction"_s)->trigger();
    QCOMPARE(stored(RequestKind::Claim, m_missing.id).state, RequestState::Waiting);
    QCOMPARE(stored(RequestKind::Claim, m_missing.id).decisionReason, QString());
    find<QAction>(u"redoAction"_s)->trigger();
    QCOMPARE(stored(RequestKind::Claim, m_missing.id).state, RequestState::Rejected);
}

void TestRequestsPane::signUpShowsTheSameEmail()
{
    openRequests();
    select(u"To join Koongo Partner"_s);
    const QString text = detail();
    QVERIFY2(text.contains(u"Rex Newcomer"_s) && text.contains(u"A newsletter"_s), qPrintable(text));
    QVERIFY2(text.contains(u"The same e-mail"_s) && text.contains(u"Partner Rival Marketing (RIVAL)"_s),
             qPrintable(text));
    auto *table = find<QTableView>(u"requestsTable"_s);
    const QModelIndex current = table->selectionModel()->currentIndex();
    QCOMPARE(table->model()->index(current.row(), RequestTableModel::Partner).data(ModelRoles::AttentionRole).toInt(),
             1);
    // Approved, he is a partner with a code; the status bar says which.
    find<QAction>(u"approveRequestAction"_s)->trigger();
    const PartnerRequest approved = stored(RequestKind::Signup, m_signup.id);
    QCOMPARE(approved.state, RequestState::Approved);
    QVERIFY(!approved.affiliateCode.isEmpty());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Approved: Rex Newcomer is partner %1 now."_s.arg(approved.affiliateCode));
    find<QAction>(u"undoAction"_s)->trigger();
    QCOMPARE(stored(RequestKind::Signup, m_signup.id).state, RequestState::Waiting);
    QVERIFY(!AffiliateStore(*m_check).byCode(approved.affiliateCode));
}

void TestRequestsPane::newRequestsAreAnnounced()
{
    QVERIFY(openWindow());
    Notifier *notifier = m_window->notifier();
    QCOMPARE(notifier->currentMessage(), QString()); // what waited on opening is counted, not news
    // A claim arrives from elsewhere (a sync pulls it; the window then reloads).
    QVERIFY(RequestStore(*m_check).fileClaim(m_rival.id, {u"300003"_s, {}, {}, u"mine"_s, 0}));
    m_window->reload();
    QCOMPARE(badge(), 6);
    QCOMPARE(notifier->currentMessage(),
             u"New requests: 1 waiting for a decision: order claim Rival Marketing (RIVAL)."_s);
    QTest::mouseClick(find<QPushButton>(u"noticeShowButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentPaneId(), u"requests"_s);
    // Told once; the window's own decisions and their undo are no news.
    m_window->reload();
    QCOMPARE(notifier->currentMessage(), QString());
    select(u"Order 100042"_s);
    find<QAction>(u"approveRequestAction"_s)->trigger();
    find<QAction>(u"undoAction"_s)->trigger(); // waits again, but it is no new request
    QCOMPARE(badge(), 6);
    m_window->reload();
    QCOMPARE(notifier->currentMessage(), QString());
}

QTEST_MAIN(TestRequestsPane)
#include "tst_requestspane.moc"
