// A partner's requests on the real main window (offscreen, a real SQLite book): in his window he
// files an order claim (Requests › Claim an Order…) and a vanity link (the overview's button), each
// dialog saying under the field what is wrong, in the store's words, with OK disabled until the
// request can be filed; My Requests lists his requests (only his) with their state; and once a
// manager decided one, the window's next reload (what a sync does) tells him in the notice bar.
// (tst_partnerrequests is the integration test of the same requests through PostgreSQL.)

#include "claimdialog.h"
#include "clirunner.h"
#include "guitestkit.h"
#include "itemmodels/requesttablemodel.h"
#include "mainwindow.h"
#include "notifier.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/requeststore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"
#include "vanityrequestdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

// With PARTNERDESK_SCREENSHOT_DIR set (scripts/screenshots.sh), the filled dialog is saved as
// docs/screenshot-partner-NAME.png.
void screenshot(QWidget *dialog, const QString &name)
{
    const QString shots = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(shots + u"/screenshot-partner-"_s + name + u".png"_s));
}

} // namespace

class TestPartnerRequestDialogs : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void claimAnOrder();
    void claimReasonsUnderTheFields();
    void requestAVanityLink();
    void vanityUsesTheRewriteEditorsRules();
    void theCommandLinesWords();
    void myRequestsShowsOnlyHis();
    void aDecisionIsNews();

private:
    QList<PartnerRequest> janes() const { return RequestStore(*m_check).list(std::nullopt, m_jane.id); }
    static QString reason(QDialog *dialog, const QString &name)
    {
        auto *label = dialog->findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    }
    static bool okEnabled(QDialog *dialog) { return dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled(); }

    qint64 m_program = 0;
    Affiliate m_jane;
    Affiliate m_rival;
};

void TestPartnerRequestDialogs::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
}

void TestPartnerRequestDialogs::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_program = *programs.add(koongo);
    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    m_rival = *affiliates.add(u"Rival Marketing"_s, u"rival@rival.example"_s, u"RIVAL"_s);
    QVERIFY(programs.join(m_jane.id, m_program));
    QVERIFY(programs.join(m_rival.id, m_program));
    QVERIFY(affiliates.addRewrite(m_rival.id, u"koongo.com"_s, u"/partner/taken"_s, u"https://koongo.com/"_s));
}

void TestPartnerRequestDialogs::cleanup()
{
    closeBook();
}

void TestPartnerRequestDialogs::claimAnOrder()
{
    QVERIFY(openPartnerWindow(u"JANE"_s));
    auto *menu = find<QAction>(u"partnerRequestsMenu"_s);
    QVERIFY(menu && menu->isVisible());
    bool checked = false;
    whenModal<ClaimDialog>([&](ClaimDialog *dialog) {
        // An untouched form asks; it does not scold, and it cannot be sent.
        QVERIFY(!okEnabled(dialog));
        QCOMPARE(reason(dialog, u"orderReason"_s), QString());
        QCOMPARE(reason(dialog, u"messageReason"_s), QString());
        QCOMPARE(dialog->findChild<QComboBox *>(u"programCombo"_s)->currentText(), u"Koongo Partner"_s);
        QCOMPARE(dialog->findChild<QLabel *>(u"currencyLabel"_s)->text(), u"EUR"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"orderEdit"_s), u"100042"_s);
        dialog->findChild<QDateEdit *>(u"dateEdit"_s)->setDate(QDate(2026, 5, 3));
        replaceText(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"129.50"_s);
        QVERIFY(!okEnabled(dialog)); // the reason is still missing
        replaceText(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s),
                    u"The customer forgot the coupon JANE10, see her e-mail of 3 May"_s);
        QVERIFY(okEnabled(dialog));
        screenshot(dialog, u"claim"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        checked = true;
    });
    menu->menu()->findChild<QAction *>(u"claimOrderAction"_s)->trigger();
    QVERIFY(checked);

    const QList<PartnerRequest> filed = janes();
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first().kind, RequestKind::Claim);
    QCOMPARE(filed.first().state, RequestState::Waiting);
    QCOMPARE(filed.first().orderId, u"100042"_s);
    QCOMPARE(filed.first().orderDate, u"2026-05-03"_s);
    QCOMPARE(filed.first().amountMinor, std::optional<qint64>(12950));
    QCOMPARE(filed.first().currency, u"EUR"_s);
    QCOMPARE(filed.first().programId, m_program);
    QCOMPARE(filed.first().message, u"The customer forgot the coupon JANE10, see her e-mail of 3 May"_s);

    // My Requests shows it, waiting.
    QCOMPARE(m_window->currentPaneId(), u"myrequests"_s);
    auto *table = find<QTableView>(u"myRequestsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, RequestTableModel::State).data().toString(), u"Waiting"_s);
    QVERIFY(table->model()->index(0, RequestTableModel::Asked).data().toString().contains(u"Order 100042"_s));
    QVERIFY(!find<QLabel>(u"myRequestsNone"_s)->isVisible());
}

void TestPartnerRequestDialogs::claimReasonsUnderTheFields()
{
    QVERIFY(openPartnerWindow(u"JANE"_s));
    QVERIFY(m_window->showPane(u"myrequests"_s));
    bool checked = false;
    whenModal<ClaimDialog>([&](ClaimDialog *dialog) {
        // OK pressed on an empty form: now it says what is missing, in the store's words.
        dialog->accept();
        QVERIFY(dialog->isVisible());
        RequestStore::Field field = RequestStore::Field::None;
        const Status empty = RequestStore(*m_check).checkClaim(m_jane.id, ClaimDraft{}, &field);
        QCOMPARE(field, RequestStore::Field::OrderId);
        QCOMPARE(reason(dialog, u"orderReason"_s), empty.error());

        replaceText(dialog->findChild<QLineEdit *>(u"orderEdit"_s), u"100042"_s);
        QCOMPARE(reason(dialog, u"orderReason"_s), QString());
        QVERIFY(reason(dialog, u"messageReason"_s).startsWith(u"The reason is missing"_s));

        // An amount that is no amount: said under the amount.
        replaceText(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"12,50"_s);
        QVERIFY(!reason(dialog, u"amountReason"_s).isEmpty());
        QCOMPARE(reason(dialog, u"messageReason"_s), QString()); // one reason at a time
        QVERIFY(!okEnabled(dialog));
        replaceText(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"12.50"_s);
        QCOMPARE(reason(dialog, u"amountReason"_s), QString());

        // A control character in the order id: the value rule both databases hold.
        dialog->findChild<QLineEdit *>(u"orderEdit"_s)->setText(u"100\u000742"_s); // no key types it
        QVERIFY2(!reason(dialog, u"orderReason"_s).isEmpty(), "a control character passed");
        replaceText(dialog->findChild<QLineEdit *>(u"orderEdit"_s), u"100042"_s);

        // A reason too long.
        dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s)
            ->setPlainText(QString(RequestStore::maxMessage + 1, u'x'));
        QVERIFY(!reason(dialog, u"messageReason"_s).isEmpty());
        QVERIFY(!okEnabled(dialog));
        replaceText(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s), u"forgot the coupon"_s);
        QVERIFY(okEnabled(dialog));
        // Cancelled: nothing is filed.
        clickDialogButton(dialog, QDialogButtonBox::Cancel);
        checked = true;
    });
    QTest::mouseClick(find<QPushButton>(u"claimOrderButton"_s), Qt::LeftButton);
    QVERIFY(checked);
    QVERIFY(janes().isEmpty());
}

void TestPartnerRequestDialogs::requestAVanityLink()
{
    QVERIFY(openPartnerWindow(u"JANE"_s));
    QCOMPARE(m_window->currentPaneId(), u"overview"_s);
    bool checked = false;
    whenModal<VanityRequestDialog>([&](VanityRequestDialog *dialog) {
        QVERIFY(!okEnabled(dialog));
        QCOMPARE(reason(dialog, u"pathReason"_s), QString());
        QCOMPARE(dialog->findChild<QComboBox *>(u"hostCombo"_s)->currentText(), u"koongo.com"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"pathEdit"_s), u"/partner/jane/"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"targetEdit"_s), u"https://koongo.com/pricing"_s);
        QVERIFY(okEnabled(dialog));
        const QString preview = dialog->findChild<QLabel *>(u"previewLabel"_s)->text();
        QVERIFY2(preview.contains(u"https://koongo.com/partner/jane would lead to https://koongo.com/pricing"_s),
                 qPrintable(preview));
        QVERIFY2(preview.contains(u"acc=JANE"_s), qPrintable(preview));
        replaceText(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s), u"for my YouTube channel"_s);
        screenshot(dialog, u"vanity"_s);
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        checked = true;
    });
    QTest::mouseClick(find<QPushButton>(u"overviewVanityButton"_s), Qt::LeftButton);
    QVERIFY(checked);
    const QList<PartnerRequest> filed = janes();
    QCOMPARE(filed.size(), 1);
    QCOMPARE(filed.first().kind, RequestKind::Vanity);
    QCOMPARE(filed.first().host, u"koongo.com"_s);
    QCOMPARE(filed.first().path, u"/partner/jane"_s);
    QCOMPARE(filed.first().message, u"for my YouTube channel"_s);
    QCOMPARE(m_window->currentPaneId(), u"myrequests"_s);
    QTRY_COMPARE(find<QTableView>(u"myRequestsTable"_s)->model()->rowCount(), 1);
    // Nothing is made before a manager approves.
    QCOMPARE(StoreTestKit::count(*m_check, u"rewrites"_s, u"affiliate_id = %1"_s.arg(m_jane.id)), 0);
}

// The vanity dialog refuses exactly what the manager's rewrite editor refuses, with its words.
void TestPartnerRequestDialogs::vanityUsesTheRewriteEditorsRules()
{
    QVERIFY(openPartnerWindow(u"JANE"_s));
    struct Case
    {
        QString host, path, target, label;
    };
    const QList<Case> cases{
        {u"koongo.com"_s, u"/partner/jane vip"_s, u"https://koongo.com/"_s, u"pathReason"_s},
        {u"koongo.com"_s, u"/partner/../admin"_s, u"https://koongo.com/"_s, u"pathReason"_s},
        {u"koongo.com"_s, u"/partner/taken"_s, u"https://koongo.com/"_s, u"pathReason"_s}, // the rival's
        {u"koongo.com"_s, u"/partner/jane"_s, u"https://evil.example/"_s, u"targetReason"_s},
        {u"elsewhere.example"_s, u"/partner/jane"_s, u"https://koongo.com/"_s, u"hostReason"_s},
    };
    int done = 0;
    whenModal<VanityRequestDialog>([&](VanityRequestDialog *dialog) {
        for (const Case &each : cases) {
            dialog->findChild<QComboBox *>(u"hostCombo"_s)->setCurrentText(each.host);
            replaceText(dialog->findChild<QLineEdit *>(u"pathEdit"_s), each.path);
            replaceText(dialog->findChild<QLineEdit *>(u"targetEdit"_s), each.target);
            const Result<Rewrite> editor =
                RewriteStore(*m_check).validate(RewriteDraft{m_jane.id, each.host, each.path, each.target});
            QVERIFY2(!editor, qPrintable(each.path));
            QCOMPARE(reason(dialog, each.label), editor.error());
            QVERIFY(!okEnabled(dialog));
            ++done;
        }
    });
    find<QAction>(u"requestVanityAction"_s)->trigger();
    QCOMPARE(done, cases.size());
    QVERIFY(janes().isEmpty());
}

// The dialogs refuse what `partnerdesk-cli claim` and `vanity` refuse, with the same sentence.
void TestPartnerRequestDialogs::theCommandLinesWords()
{
    PartnerDeskTest::CliRunner cli;
    QVERIFY2(cli.error().isEmpty(), qPrintable(cli.error()));
    const QString longOrder(129, u'7');
    const QString badPath = u"/partner/jane vip"_s;
    const auto refusal = [&](const QStringList &arguments) {
        const PartnerDeskTest::CliRun run = cli.run(QStringList{u"--db"_s, m_path} + arguments);
        if (run.exitCode != 1)
            qWarning("%s", qPrintable(PartnerDeskTest::describe(arguments, run)));
        return run.err.trimmed().remove(u"partnerdesk-cli: "_s);
    };
    m_check.reset(); // the CLI writes nothing, but it opens the file
    const QString claimWords =
        refusal({u"claim"_s, u"--affiliate"_s, u"JANE"_s, u"--order"_s, longOrder, u"--reason"_s, u"mine"_s});
    const QString vanityWords = refusal({u"vanity"_s, u"--affiliate"_s, u"JANE"_s, u"--host"_s, u"koongo.com"_s,
                                         u"--path"_s, badPath, u"--target"_s, u"https://koongo.com/"_s});
    QVERIFY(!claimWords.isEmpty() && !vanityWords.isEmpty());

    QVERIFY(openPartnerWindow(u"JANE"_s));
    bool claimed = false;
    whenModal<ClaimDialog>([&](ClaimDialog *dialog) {
        replaceText(dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s), u"mine"_s);
        dialog->findChild<QLineEdit *>(u"orderEdit"_s)->setText(longOrder);
        QCOMPARE(reason(dialog, u"orderReason"_s), claimWords);
        claimed = true;
    });
    find<QAction>(u"claimOrderAction"_s)->trigger();
    QVERIFY(claimed);
    bool asked = false;
    whenModal<VanityRequestDialog>([&](VanityRequestDialog *dialog) {
        replaceText(dialog->findChild<QLineEdit *>(u"targetEdit"_s), u"https://koongo.com/"_s);
        replaceText(dialog->findChild<QLineEdit *>(u"pathEdit"_s), badPath);
        QCOMPARE(reason(dialog, u"pathReason"_s), vanityWords);
        asked = true;
    });
    find<QAction>(u"requestVanityAction"_s)->trigger();
    QVERIFY(asked);
}

void TestPartnerRequestDialogs::myRequestsShowsOnlyHis()
{
    RequestStore store(*m_check);
    ClaimDraft his{u"J-ORDER-1"_s, {}, {}, u"mine"_s, 0};
    ClaimDraft rivals{u"R-SECRET-ORDER"_s, {}, {}, u"RIVAL-SECRET-REASON"_s, 0};
    QVERIFY(store.fileClaim(m_jane.id, his));
    QVERIFY(store.fileClaim(m_rival.id, rivals));
    QVERIFY(store.fileVanity(m_rival.id, {u"koongo.com"_s, u"/partner/rival-secret"_s, u"https://koongo.com/"_s, {}}));
    QVERIFY(openPartnerWindow(u"JANE"_s));
    QVERIFY(m_window->showPane(u"myrequests"_s));
    auto *table = find<QTableView>(u"myRequestsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QString seen;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        seen += table->model()->index(0, column).data().toString() + u'\n';
        seen += table->model()->index(0, column).data(Qt::ToolTipRole).toString() + u'\n';
    }
    table->selectRow(0);
    seen += find<QTextBrowser>(u"myRequestDetail"_s)->toPlainText();
    QVERIFY(seen.contains(u"J-ORDER-1"_s));
    QVERIFY(!seen.contains(u"SECRET"_s, Qt::CaseInsensitive));
}

void TestPartnerRequestDialogs::aDecisionIsNews()
{
    RequestStore store(*m_check);
    const Result<PartnerRequest> claim = store.fileClaim(m_jane.id, {u"100042"_s, {}, {}, u"forgot the coupon"_s, 0});
    const Result<PartnerRequest> vanity =
        store.fileVanity(m_jane.id, {u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/"_s, {}});
    QVERIFY(claim && vanity);
    QVERIFY(openPartnerWindow(u"JANE"_s));
    Notifier *notifier = m_window->notifier();
    QVERIFY(!notifier->currentMessage().contains(u"request"_s)); // nothing decided yet

    // A manager decides (here in the same file; on his desktop it comes by a sync, which reloads).
    QVERIFY(store.reject(RequestKind::Claim, claim->id, u"The order was placed before you joined"_s));
    QVERIFY(store.approve(RequestKind::Vanity, vanity->id));
    m_window->reload();
    const QString news = notifier->currentMessage();
    QVERIFY2(news.contains(u"Your request “Order 100042” was rejected: The order was placed before you joined"_s),
             qPrintable(news));
    QVERIFY2(news.contains(u"koongo.com/partner/jane"_s) && news.contains(u"was approved"_s), qPrintable(news));
    // The notice's Show opens My Requests, where the states and the reason are.
    QTest::mouseClick(find<QPushButton>(u"noticeShowButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->currentPaneId(), u"myrequests"_s);
    // Told once: the next reload says nothing of them again.
    m_window->reload();
    QVERIFY(!notifier->currentMessage().contains(u"request"_s));

    auto *table = find<QTableView>(u"myRequestsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QStringList states;
    QString reasons;
    for (int row = 0; row < 2; ++row) {
        states.append(table->model()->index(row, RequestTableModel::State).data().toString());
        reasons += table->model()->index(row, RequestTableModel::Decision).data().toString();
    }
    states.sort();
    QCOMPARE(states, (QStringList{u"Approved"_s, u"Rejected"_s}));
    QVERIFY(reasons.contains(u"The order was placed before you joined"_s));
}

QTEST_MAIN(TestPartnerRequestDialogs)
#include "tst_partnerrequestdialogs.moc"
