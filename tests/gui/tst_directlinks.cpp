// The Direct Links tab of the Partner Package on the real MainWindow: register a website, read its
// token from the meta tag shown, serve it from a real HTTP server on 127.0.0.1 (the application's
// proxy, so the site keeps a real name: an IP literal is refused), press Verify Now, and check
// through a second connection what the store recorded.

#include "directlinkswidget.h"
#include "guitestkit.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "network/domainverifier.h"
#include "network/networkguard.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "storetestkit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

namespace {

const QString blog = QStringLiteral("jane-blog.example");

// The blog's home page served by the test's own HTTP server; every other path is a 404.
TestHttp::Routes homeRoute(const QByteArray &home)
{
    return {{QStringLiteral("http://%1/").arg(blog), {200, "text/html; charset=utf-8", home, 0, true, {}}}};
}

QByteArray homePage(const QString &metaTag)
{
    return "<!DOCTYPE html>\n<html><head><title>Blog</title>\n" + metaTag.toUtf8() +
           "\n</head><body>Hello</body></html>\n";
}

} // namespace

class TestDirectLinks : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void registerPublishAndVerify();
    void wrongTokenIsNotVerified();
    void refusedDomainShowsTheReason();
    void copyButtonsPutTheSnippetsOnTheClipboard();
    void noPartnerDisablesEverything();

private:
    // Inside the tab, so a name elsewhere in the window cannot be picked up by mistake.
    template<typename T>
    T *inTab(const QString &name) const
    {
        return child<T>(find<DirectLinksWidget>(u"DirectLinksWidget"_s), name);
    }
    void showPartner(const QString &code);
    void registerDomain(const QString &domain);

    TestHttp::LocalHttpServer m_server;
    Affiliate m_jane;
};

void TestDirectLinks::initTestCase()
{
    isolateSettings();
    QVERIFY(m_server.listen());
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.port()));
}

void TestDirectLinks::cleanupTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void TestDirectLinks::init()
{
    QVERIFY(newBook());
    // The setting Network/allowPrivateAddresses, as a manager turns it on: the site is served on 127.0.0.1.
    QSettings().setValue(NetworkGuard::settingKey, true);
    QVERIFY(openWindow());
    QVERIFY(openCheck());
    m_jane = *AffiliateStore(*m_check).add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    m_server.setRoutes(homeRoute(homePage({})));
}

void TestDirectLinks::cleanup()
{
    closeBook();
}

void TestDirectLinks::showPartner(const QString &code)
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(code);
    QTRY_VERIFY(find<QLabel>(u"packageHeading"_s)->text().contains(code));
    auto *widget = find<DirectLinksWidget>(u"DirectLinksWidget"_s);
    find<QTabWidget>(u"packageTabs"_s)->setCurrentWidget(widget);
    QTRY_VERIFY(widget->isVisible());
    widget->setVerifierSetup([](DomainVerifier &verifier) {
        verifier.setSchemes({u"http"_s});
        verifier.setDnsEnabled(false);
        verifier.setTimeout(std::chrono::milliseconds(3000));
    });
}

void TestDirectLinks::registerDomain(const QString &domain)
{
    auto *edit = inTab<QLineEdit>(u"domainEdit"_s);
    replaceText(edit, domain);
    QTest::mouseClick(inTab<QPushButton>(u"addDomainButton"_s), Qt::LeftButton);
}

void TestDirectLinks::registerPublishAndVerify()
{
    showPartner(u"JANE"_s);
    registerDomain(blog);
    QVERIFY(inTab<QLabel>(u"domainErrorLabel"_s)->isHidden());
    auto *table = inTab<QTableView>(u"directDomainsTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), blog);

    const QList<DirectDomain> stored = AffiliateStore(*m_check).domains(m_jane.id);
    QCOMPARE(stored.size(), 1);
    QVERIFY(!stored.first().verified);

    // The token as the partner reads it from the meta tag the tab shows.
    auto *metaTag = inTab<QLineEdit>(u"metaTagEdit"_s);
    QVERIFY(metaTag->isReadOnly());
    const QRegularExpressionMatch match =
        QRegularExpression(uR"re(^<meta name="partnerdesk-verification" content="([^"]+)">$)re"_s)
            .match(metaTag->text());
    QVERIFY2(match.hasMatch(), qPrintable(metaTag->text()));
    const QString token = match.captured(1);
    QCOMPARE(token, stored.first().token);
    QCOMPARE(inTab<QLineEdit>(u"dnsTxtEdit"_s)->text(), u"partnerdesk-verification="_s + token);
    QVERIFY(
        inTab<QLineEdit>(u"wellKnownEdit"_s)->text().endsWith(blog + u"/.well-known/partnerdesk-verification.txt"_s));

    m_server.setRoutes(homeRoute(homePage(metaTag->text())));
    auto *verify = inTab<QPushButton>(u"verifyButton"_s);
    QVERIFY(verify->isEnabled());
    auto *findings = inTab<QPlainTextEdit>(u"findingsEdit"_s);
    QVERIFY(findings->isReadOnly());
    QTest::mouseClick(verify, Qt::LeftButton);
    // The check runs asynchronously: the button waits, the busy label says so.
    QVERIFY(!verify->isEnabled());
    QVERIFY(!inTab<QLabel>(u"verifyBusyLabel"_s)->isHidden());
    QTRY_VERIFY(findings->toPlainText().contains(u"found"_s));
    QVERIFY2(findings->toPlainText().contains(u"meta tag found at http://%1/"_s.arg(blog)),
             qPrintable(findings->toPlainText()));
    QTRY_VERIFY(verify->isEnabled());
    QVERIFY(inTab<QLabel>(u"verifyBusyLabel"_s)->isHidden());

    const DirectDomain after = AffiliateStore(*m_check).domains(m_jane.id).first();
    QVERIFY(after.verified);
    QCOMPARE(after.method, u"meta"_s);
    QVERIFY(!after.verifiedAt.isEmpty());
    // The table shows it too (re-read after changed()).
    QTRY_COMPARE(table->model()->index(0, 1).data().toString(), u"Verified"_s);
}

void TestDirectLinks::wrongTokenIsNotVerified()
{
    showPartner(u"JANE"_s);
    registerDomain(blog);
    m_server.setRoutes(
        homeRoute(homePage(u"<meta name=\"partnerdesk-verification\" content=\"someone-elses-token\">"_s)));
    auto *findings = inTab<QPlainTextEdit>(u"findingsEdit"_s);
    QTest::mouseClick(inTab<QPushButton>(u"verifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY(findings->toPlainText().contains(u"token differs"_s));
    QVERIFY2(findings->toPlainText().contains(u"is not verified"_s), qPrintable(findings->toPlainText()));
    QVERIFY(!findings->toPlainText().contains(u"found at"_s));
    QTRY_VERIFY(inTab<QPushButton>(u"verifyButton"_s)->isEnabled());
    const DirectDomain after = AffiliateStore(*m_check).domains(m_jane.id).first();
    QVERIFY(!after.verified);
    QVERIFY(after.method.isEmpty());
}

void TestDirectLinks::refusedDomainShowsTheReason()
{
    showPartner(u"JANE"_s);
    registerDomain(u"not a domain!"_s);
    auto *error = inTab<QLabel>(u"domainErrorLabel"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"not a domain"_s), qPrintable(error->text()));
    QVERIFY(AffiliateStore(*m_check).domains(m_jane.id).isEmpty());
    // Sites that are not one owner's (WebsiteRules): an IP literal, a wildcard over a public suffix.
    registerDomain(u"127.0.0.1"_s);
    QVERIFY2(error->text().contains(u"IP address"_s), qPrintable(error->text()));
    registerDomain(u"*.co.uk"_s);
    QVERIFY2(error->text().contains(u"public suffix"_s), qPrintable(error->text()));
    QVERIFY(AffiliateStore(*m_check).domains(m_jane.id).isEmpty());

    registerDomain(u"myblog.example"_s);
    QVERIFY(error->isHidden());
    registerDomain(u"MyBlog.example"_s); // the same domain, lower-cased by the store
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"already registered"_s), qPrintable(error->text()));
    QCOMPARE(AffiliateStore(*m_check).domains(m_jane.id).size(), 1);
    QCOMPARE(inTab<QTableView>(u"directDomainsTable"_s)->model()->rowCount(), 1);
}

void TestDirectLinks::copyButtonsPutTheSnippetsOnTheClipboard()
{
    showPartner(u"JANE"_s);
    registerDomain(u"myblog.example"_s);
    const QString token = AffiliateStore(*m_check).domains(m_jane.id).first().token;
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(inTab<QPushButton>(u"copyMetaTagButton"_s), Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 u"<meta name=\"partnerdesk-verification\" content=\"%1\">"_s.arg(token));
    QTest::mouseClick(inTab<QPushButton>(u"copyDnsTxtButton"_s), Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"partnerdesk-verification="_s + token);
    QTest::mouseClick(inTab<QPushButton>(u"copyWellKnownButton"_s), Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 u"https://myblog.example/.well-known/partnerdesk-verification.txt"_s);
    QTest::mouseClick(inTab<QPushButton>(u"copyTokenButton"_s), Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), token);
}

void TestDirectLinks::noPartnerDisablesEverything()
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(u"NOBODY-AT-ALL"_s);
    auto *hint = inTab<QLabel>(u"directLinksPartnerHint"_s);
    QTRY_VERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(u"Choose a partner"_s));
    QVERIFY(!inTab<QLineEdit>(u"domainEdit"_s)->isEnabled());
    QVERIFY(!inTab<QPushButton>(u"addDomainButton"_s)->isEnabled());
    QVERIFY(!inTab<QPushButton>(u"verifyButton"_s)->isEnabled());
    QVERIFY(inTab<QLineEdit>(u"metaTagEdit"_s)->text().isEmpty());
}

QTEST_MAIN(TestDirectLinks)
#include "tst_directlinks.moc"
