// Re-checked websites on the real MainWindow's database: the Websites overview (in a small test
// window of its own until the lead puts it into the Direct Links & Rewrites pane), the lapse
// sentence on the partner's Direct Links tab, and the window's scheduled rechecker announcing a
// lapse. The sites are served by the test's HTTP server on 127.0.0.1, acting as the application's
// HTTP proxy so that each partner's site keeps its own name; the store is checked through a second
// connection.

#include "directlinkswidget.h"
#include "guitestkit.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/websitelistmodel.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "network/domainrechecker.h"
#include "network/domainverifier.h"
#include "network/networkguard.h"
#include "notifier.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/domainstore.h"
#include "storetestkit.h"
#include "websitesoverviewwidget.h"

#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

constexpr qint64 day = 24 * 3600;

QByteArray page(const QString &token = {})
{
    const QByteArray meta =
        token.isEmpty() ? QByteArray() : "<meta name=\"partnerdesk-verification\" content=\"" + token.toUtf8() + "\">";
    return "<!DOCTYPE html><html><head><title>Blog</title>" + meta + "</head><body>Hello</body></html>";
}

} // namespace

class TestWebsitesOverview : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void listsEveryPartnersWebsitesWithTheirStatus();
    void filterByTextAndState();
    void recheckAllDue();
    void recheckNowVerifiesALapsedSiteAgain();
    void cancelLeavesNothingRecorded();
    void partnerTabSaysWhatToDo();
    void windowAnnouncesALapse();

private:
    struct Site
    {
        qint64 partner = 0;
        qint64 id = 0;
        QString domain;
        QString token;
    };
    Site addSite(const QString &code, const QString &domain);
    void check(const Site &site, const QString &method, qint64 at);
    void serve(const Site &site, bool withToken, int delayMs = 0);
    void openOverview();
    int rowOf(const QString &domain) const;
    QString cell(const QString &domain, int column, int role = Qt::DisplayRole) const;
    DomainRecord stored(const Site &site) const { return *DomainStore(*m_check).byId(site.id); }

    TestHttp::LocalHttpServer m_server;
    TestHttp::Routes m_routes;
    std::unique_ptr<QWidget> m_host;
    WebsitesOverviewWidget *m_overview = nullptr;
    qint64 m_now = 0;
    Site m_jane, m_bob, m_carl, m_dora;
};

void TestWebsitesOverview::initTestCase()
{
    isolateSettings();
    StoreTestKit::pinNow();
    m_now = StoreTestKit::now();
    QVERIFY(m_server.listen());
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.port()));
}

void TestWebsitesOverview::cleanupTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

TestWebsitesOverview::Site TestWebsitesOverview::addSite(const QString &code, const QString &domain)
{
    Site site;
    site.domain = domain;
    const Result<Affiliate> partner = AffiliateStore(*m_check).add(code.at(0) + code.mid(1).toLower() + u" Blogger"_s,
                                                                   code.toLower() + u"@mail.example"_s, code);
    if (!partner)
        return site;
    site.partner = partner->id;
    const Result<QString> token = AffiliateStore(*m_check).addDomain(site.partner, domain);
    if (!token)
        return site;
    site.token = *token;
    site.id = DomainStore(*m_check).domains(site.partner).constFirst().id;
    return site;
}

// Records a check of the site at `at`: found by `method`, or nothing found ("").
void TestWebsitesOverview::check(const Site &site, const QString &method, qint64 at)
{
    const Result<DomainCheckOutcome> outcome = DomainStore(*m_check).recordCheck(
        site.partner, site.domain, method, method.isEmpty() ? u"no token"_s : u"token found"_s, at);
    QVERIFY2(outcome, qPrintable(outcome.error()));
}

void TestWebsitesOverview::serve(const Site &site, bool withToken, int delayMs)
{
    m_routes.insert(u"http://%1/"_s.arg(site.domain),
                    {200, "text/html; charset=utf-8", page(withToken ? site.token : QString()), delayMs, true, {}});
    m_server.setRoutes(m_routes);
}

// JANE verified (checked 3 days ago: due), BOB lapsing since 2 days ago (due), CARL lapsed two
// days ago, DORA registered only.
void TestWebsitesOverview::init()
{
    QVERIFY(newBook());
    // The setting Network/allowPrivateAddresses, as a manager turns it on: the sites are reached through a proxy on
    // 127.0.0.1 and their names resolve nowhere.
    QSettings().setValue(NetworkGuard::settingKey, true);
    QVERIFY(openWindow());
    QVERIFY(openCheck());

    m_jane = addSite(u"JANE"_s, u"jane-blog.example"_s);
    m_bob = addSite(u"BOB"_s, u"bob-shop.example"_s);
    m_carl = addSite(u"CARL"_s, u"carl-news.example"_s);
    m_dora = addSite(u"DORA"_s, u"dora.example"_s);
    QVERIFY(m_jane.id && m_bob.id && m_carl.id && m_dora.id);
    check(m_jane, u"meta"_s, m_now - 3 * day);
    check(m_bob, u"file"_s, m_now - 10 * day);
    check(m_bob, {}, m_now - 2 * day);
    check(m_carl, u"meta"_s, m_now - 10 * day);
    check(m_carl, {}, m_now - 6 * day);
    check(m_carl, {}, m_now - 2 * day);
    QCOMPARE(stored(m_bob).state(), DomainRecord::State::Lapsing);
    QCOMPARE(stored(m_carl).state(), DomainRecord::State::Lapsed);

    m_routes.clear();
    serve(m_jane, true);
    serve(m_bob, false);
    serve(m_carl, false);
}

void TestWebsitesOverview::cleanup()
{
    m_host.reset();
    m_overview = nullptr;
    closeBook();
}

void TestWebsitesOverview::openOverview()
{
    m_host = std::make_unique<QWidget>();
    m_host->setWindowTitle(u"Websites"_s);
    auto *layout = new QVBoxLayout(m_host.get());
    m_overview = new WebsitesOverviewWidget(*m_window->database(), m_host.get());
    layout->addWidget(m_overview);
    m_overview->setVerifierSetup([](DomainVerifier &verifier) {
        verifier.setSchemes({u"http"_s});
        verifier.setDnsEnabled(false);
        verifier.setTimeout(std::chrono::milliseconds(5000));
    });
    m_host->resize(1000, 500);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

int TestWebsitesOverview::rowOf(const QString &domain) const
{
    const QAbstractItemModel *model = child<QTableView>(m_overview, u"websitesTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, WebsiteListModel::Domain).data().toString() == domain)
            return row;
    }
    return -1;
}

QString TestWebsitesOverview::cell(const QString &domain, int column, int role) const
{
    const QAbstractItemModel *model = child<QTableView>(m_overview, u"websitesTable"_s)->model();
    return model->index(rowOf(domain), column).data(role).toString();
}

void TestWebsitesOverview::listsEveryPartnersWebsitesWithTheirStatus()
{
    openOverview();
    auto *table = child<QTableView>(m_overview, u"websitesTable"_s);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(cell(u"jane-blog.example"_s, WebsiteListModel::Partner), u"Jane Blogger (JANE)"_s);
    QCOMPARE(cell(u"jane-blog.example"_s, WebsiteListModel::Status), u"Verified"_s);
    QCOMPARE(cell(u"jane-blog.example"_s, WebsiteListModel::Method), u"Meta tag"_s);
    QVERIFY(cell(u"bob-shop.example"_s, WebsiteListModel::Status).startsWith(u"Lapsing since "_s));
    QVERIFY(cell(u"carl-news.example"_s, WebsiteListModel::Status).startsWith(u"Lapsed on "_s));
    QCOMPARE(cell(u"dora.example"_s, WebsiteListModel::Status), u"Unverified"_s);
    QCOMPARE(cell(u"bob-shop.example"_s, WebsiteListModel::LastFinding), u"no token"_s);

    // Lapsing and lapsed statuses stand out: their own colour and an icon; a verified one has neither.
    const QAbstractItemModel *model = table->model();
    const auto status = [&](const QString &domain) {
        return model->index(rowOf(domain), WebsiteListModel::Status);
    };
    QVERIFY(!status(u"jane-blog.example"_s).data(Qt::DecorationRole).isValid());
    QVERIFY(status(u"bob-shop.example"_s).data(Qt::DecorationRole).isValid());
    QVERIFY(status(u"carl-news.example"_s).data(Qt::DecorationRole).isValid());
    const QColor lapsing = status(u"bob-shop.example"_s).data(Qt::ForegroundRole).value<QBrush>().color();
    const QColor lapsed = status(u"carl-news.example"_s).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(lapsing.isValid() && lapsed.isValid() && lapsing != lapsed);

    // The selected site's last finding in full.
    table->selectRow(rowOf(u"bob-shop.example"_s));
    const QString findings = child<QPlainTextEdit>(m_overview, u"websiteFindingsEdit"_s)->toPlainText();
    QVERIFY2(findings.contains(u"bob-shop.example (Bob Blogger): Lapsing since"_s), qPrintable(findings));
    QVERIFY2(findings.contains(u"no token"_s), qPrintable(findings));
}

void TestWebsitesOverview::filterByTextAndState()
{
    openOverview();
    auto *table = child<QTableView>(m_overview, u"websitesTable"_s);
    auto *filter = child<QLineEdit>(m_overview, u"websitesFilterEdit"_s);
    QTest::keyClicks(filter, u"bob"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(u"bob-shop.example"_s, WebsiteListModel::Domain), u"bob-shop.example"_s);
    replaceText(filter, u"CARL"_s); // the partner's code, any case
    QTRY_COMPARE(rowOf(u"carl-news.example"_s), 0);
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
    QTRY_COMPARE(table->model()->rowCount(), 4);

    auto *state = child<QComboBox>(m_overview, u"websitesStateCombo"_s);
    state->setCurrentIndex(state->findText(u"Needing attention"_s));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(rowOf(u"bob-shop.example"_s) >= 0 && rowOf(u"carl-news.example"_s) >= 0);
    state->setCurrentIndex(state->findText(u"Unverified"_s));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(rowOf(u"dora.example"_s), 0);

    // The last filter comes back with the widget.
    openOverview();
    QCOMPARE(child<QComboBox>(m_overview, u"websitesStateCombo"_s)->currentText(), u"Unverified"_s);
    QCOMPARE(child<QTableView>(m_overview, u"websitesTable"_s)->model()->rowCount(), 1);
}

void TestWebsitesOverview::recheckAllDue()
{
    openOverview();
    auto *due = child<QPushButton>(m_overview, u"recheckDueButton"_s);
    auto *status = child<QLabel>(m_overview, u"recheckStatusLabel"_s);
    const qint64 carlCheckedAt = *Timestamp::parse(stored(m_carl).checkedAt);
    QTest::mouseClick(due, Qt::LeftButton);
    QVERIFY(!due->isEnabled()); // one run at a time
    QTRY_VERIFY(status->text().startsWith(u"Checked: 2."_s));
    QCOMPARE(status->text(), u"Checked: 2. Verified: 1. Lapsing: 1. Lapsed: 0."_s);
    QTRY_VERIFY(due->isEnabled());
    QVERIFY(child<QProgressBar>(m_overview, u"recheckProgress"_s)->isHidden());

    // Jane and Bob were due; Carl (lapsed) and Dora (never verified) are not re-checked.
    QCOMPARE(stored(m_jane).checkedAt, Timestamp::format(m_now));
    QCOMPARE(stored(m_jane).state(), DomainRecord::State::Verified);
    QCOMPARE(stored(m_bob).checkedAt, Timestamp::format(m_now));
    QCOMPARE(stored(m_bob).failedChecks, 2);
    QCOMPARE(stored(m_carl).checkedAt, Timestamp::format(carlCheckedAt));
    QCOMPARE(stored(m_dora).checkedAt, QString());
    QVERIFY(cell(u"bob-shop.example"_s, WebsiteListModel::LastFinding)
                .contains(u"http://bob-shop.example/: no partnerdesk-verification meta tag"_s));

    // Nothing is due any more.
    QTest::mouseClick(due, Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"No website is due for a re-check."_s);
}

void TestWebsitesOverview::recheckNowVerifiesALapsedSiteAgain()
{
    openOverview();
    QSignalSpy booksChanged(m_overview, &WebsitesOverviewWidget::booksChanged);
    serve(m_carl, true);
    auto *table = child<QTableView>(m_overview, u"websitesTable"_s);
    auto *now = child<QPushButton>(m_overview, u"recheckSelectedButton"_s);
    QVERIFY(!now->isEnabled()); // nothing selected
    table->selectRow(rowOf(u"carl-news.example"_s));
    QVERIFY(now->isEnabled());
    QTest::mouseClick(now, Qt::LeftButton);
    QTRY_COMPARE(cell(u"carl-news.example"_s, WebsiteListModel::Status), u"Verified"_s);
    QCOMPARE(stored(m_carl).state(), DomainRecord::State::Verified);
    QCOMPARE(stored(m_carl).lapsedAt, QString());
    QCOMPARE(booksChanged.size(), 1); // attribution credits the site again
    // The selection stays on the site that was re-checked.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().constFirst().row(), rowOf(u"carl-news.example"_s));
    QCOMPARE(stored(m_jane).checkedAt, Timestamp::format(m_now - 3 * day)); // only the selection
}

void TestWebsitesOverview::cancelLeavesNothingRecorded()
{
    serve(m_jane, true, 30000);
    serve(m_bob, false, 30000);
    openOverview();
    QTest::mouseClick(child<QPushButton>(m_overview, u"recheckDueButton"_s), Qt::LeftButton);
    auto *progress = child<QProgressBar>(m_overview, u"recheckProgress"_s);
    auto *cancel = child<QPushButton>(m_overview, u"recheckCancelButton"_s);
    QTRY_VERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 2);
    QTRY_COMPARE(m_server.requests() > 0, true);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(progress->isHidden());
    QVERIFY(cancel->isHidden());
    QVERIFY(child<QLabel>(m_overview, u"recheckStatusLabel"_s)->text().startsWith(u"Cancelled"_s));
    QVERIFY(child<QPushButton>(m_overview, u"recheckDueButton"_s)->isEnabled());
    QCOMPARE(stored(m_jane).checkedAt, Timestamp::format(m_now - 3 * day));
    QCOMPARE(stored(m_bob).checkedAt, Timestamp::format(m_now - 2 * day));
    QCOMPARE(stored(m_bob).failedChecks, 1);
}

void TestWebsitesOverview::partnerTabSaysWhatToDo()
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    auto *tab = child<DirectLinksWidget>(m_window.get(), u"DirectLinksWidget"_s);
    child<QTabWidget>(m_window.get(), u"packageTabs"_s)->setCurrentWidget(tab);
    auto *advice = child<QLabel>(tab, u"domainAdviceLabel"_s);
    auto *table = child<QTableView>(tab, u"directDomainsTable"_s);

    pane->setPartner(u"JANE"_s);
    QTRY_VERIFY(tab->isVisible());
    QVERIFY(advice->isHidden());

    pane->setPartner(u"BOB"_s);
    QTRY_VERIFY(!advice->isHidden());
    QVERIFY2(advice->text().startsWith(u"The re-check of bob-shop.example on "_s), qPrintable(advice->text()));
    QVERIFY(advice->text().contains(u"still credited"_s));
    QVERIFY(advice->text().contains(u"press Verify Now"_s));
    QVERIFY(table->model()->index(0, 5).data().toString().startsWith(u"Lapsing since"_s));
    QVERIFY(table->model()->index(0, 5).data(Qt::DecorationRole).isValid());

    pane->setPartner(u"CARL"_s);
    QTRY_VERIFY(advice->text().startsWith(u"carl-news.example lapsed on "_s));
    QVERIFY(advice->text().contains(u"not credited any more"_s));

    // Carl publishes the token again and presses Verify Now: verified, the sentence goes.
    serve(m_carl, true);
    tab->setVerifierSetup([](DomainVerifier &verifier) {
        verifier.setSchemes({u"http"_s});
        verifier.setDnsEnabled(false);
        verifier.setTimeout(std::chrono::milliseconds(5000));
    });
    QTest::mouseClick(child<QPushButton>(tab, u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(advice->isHidden());
    QVERIFY(child<QPlainTextEdit>(tab, u"findingsEdit"_s)->toPlainText().contains(u"carl-news.example is verified."_s));
    QCOMPARE(table->model()->index(0, 5).data().toString(), u"Verified"_s);
    QCOMPARE(stored(m_carl).state(), DomainRecord::State::Verified);
}

void TestWebsitesOverview::windowAnnouncesALapse()
{
    DomainRechecker *rechecker = m_window->domainRechecker();
    QVERIFY(rechecker);
    QVERIFY(rechecker->isScheduled()); // armed at open, not run at once
    QVERIFY(rechecker->scheduledInMs() > 30 * 1000);
    QCOMPARE(stored(m_jane).checkedAt, Timestamp::format(m_now - 3 * day));

    // Two days on, Bob's site still fails: past the grace period, it lapses, and the window says so.
    const qint64 later = m_now + 2 * day;
    rechecker->setClock([later] { return later; });
    rechecker->setVerifierSetup([](DomainVerifier &verifier) {
        verifier.setSchemes({u"http"_s});
        verifier.setDnsEnabled(false);
        verifier.setTimeout(std::chrono::milliseconds(5000));
    });
    QSignalSpy finished(rechecker, &DomainRechecker::finished);
    QVERIFY(rechecker->startDue());
    QVERIFY(finished.wait(10000));
    QCOMPARE(stored(m_bob).state(), DomainRecord::State::Lapsed);
    const QString notice = m_window->notifier()->currentMessage();
    QVERIFY2(notice.contains(u"bob-shop.example of Bob Blogger lapsed"_s), qPrintable(notice));
    QVERIFY(!notice.contains(u"jane-blog.example"_s));
    QVERIFY(!child<QWidget>(m_window.get(), u"noticeBar"_s)->isHidden());
    QVERIFY(rechecker->isScheduled()); // armed again for the next due site
}

QTEST_MAIN(TestWebsitesOverview)
#include "tst_websitesoverview.moc"
