// DomainVerifier against a real HTTP/1.1 server on 127.0.0.1 that the test runs itself
// (DESIGN.md, "Direct link"): meta tag, token file, wrong token, redirects, another domain, a slow
// response, an oversized body, a closed port; and a verified check recorded in a real SQLite file.
// The server is on loopback, so these checks allow private addresses explicitly; by default (the
// setting Network/allowPrivateAddresses off) the same site is refused, and so is a redirect to a
// loopback name.

#include "localhttpserver.h"
#include "network/domainverifier.h"
#include "store/affiliatestore.h"
#include "storetestkit.h"

#include <QHash>
#include <QNetworkProxy>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

constexpr auto token = "d41d8cd98f00b204e9800998ecf8427e"_L1;
constexpr auto filePath = "/.well-known/partnerdesk-verification.txt"_L1;

using TestHttp::Route;
using Routes = TestHttp::Routes;

// An HTML answer (the verifier reads pages and the token file as text).
Route html(int status, const QByteArray &body, const QByteArray &location = {}, int delayMs = 0)
{
    return {status, "text/html; charset=utf-8", body, delayMs, true, location};
}

Route page(const QByteArray &head)
{
    return html(200,
                "<!DOCTYPE html>\n<html><head><title>Blog</title>\n" + head + "\n</head><body>Hello</body></html>\n");
}

Route redirect(const QByteArray &location)
{
    return html(302, {}, location);
}

} // namespace

Q_DECLARE_METATYPE(Routes)

class TestDomainVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void httpsFirstThenHttp();
    void successIsRecordedInTheStore();
    void loopbackSiteIsRefusedUnlessAllowed_data();
    void loopbackSiteIsRefusedUnlessAllowed();
    void redirectTargetIsCheckedBeforeItIsFollowed();

private:
    TestHttp::LocalHttpServer m_server;
};

void TestDomainVerifier::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_domainverifier"_s);
    QSettings().clear();
    StoreTestKit::pinNow();
    QVERIFY(m_server.listen());
}

void TestDomainVerifier::check_data()
{
    QTest::addColumn<Routes>("routes");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("findings"); // BASE stands for http://127.0.0.1:PORT

    const QByteArray meta = "<meta name=\"partnerdesk-verification\" content=\"" + QByteArray(token.data()) + "\">";
    const QString file = u"BASE"_s + filePath;

    QTest::addRow("meta tag") << Routes{{u"/"_s, page(meta)}} << false << true << u"meta"_s
                              << QStringList{u"meta tag found at BASE/"_s};
    QTest::addRow("meta tag, single quotes, other attribute order")
        << Routes{{u"/"_s, page("<META content='" + QByteArray(token.data()) + "' NAME='partnerdesk-verification' />")}}
        << false << true << u"meta"_s << QStringList{u"meta tag found at BASE/"_s};
    QTest::addRow("token file") << Routes{{u"/"_s, page({})},
                                          {filePath, html(200, "  " + QByteArray(token.data()) + "\n")}}
                                << false << true << u"file"_s
                                << QStringList{u"BASE/: no partnerdesk-verification meta tag"_s,
                                               u"token file found at "_s + file};
    QTest::addRow("wrong token") << Routes{{u"/"_s,
                                            page("<meta name=\"partnerdesk-verification\" content=\"someone-else\">")},
                                           {filePath, html(200, "someone-else\n")}}
                                 << false << false << QString()
                                 << QStringList{u"BASE/: meta tag token differs"_s, file + u": token differs"_s};
    QTest::addRow("3 redirects on the same host")
        << Routes{{u"/"_s, redirect("/a")},
                  {u"/a"_s, redirect("b")},
                  {u"/b"_s, redirect("http://127.0.0.1:PORT/c")},
                  {u"/c"_s, page(meta)}}
        << false << true << u"meta"_s << QStringList{u"meta tag found at BASE/c"_s};
    QTest::addRow("6 redirects: too many")
        << Routes{{u"/"_s, redirect("/1")},  {u"/1"_s, redirect("/2")}, {u"/2"_s, redirect("/3")},
                  {u"/3"_s, redirect("/4")}, {u"/4"_s, redirect("/5")}, {u"/5"_s, redirect("/6")},
                  {u"/6"_s, page(meta)}}
        << false << false << QString()
        << QStringList{u"BASE/5: more than 5 redirects"_s, file + u": HTTP status 404"_s};
    QTest::addRow("redirect to another domain")
        << Routes{{u"/"_s, redirect("http://localhost:PORT/")}} << false << false << QString()
        << QStringList{u"BASE/: redirect to localhost leaves the domain"_s, file + u": HTTP status 404"_s};
    QTest::addRow("slow response") << Routes{{u"/"_s, html(200, page(meta).body, {}, 3000)}} << false << false
                                   << QString()
                                   << QStringList{u"BASE/: timed out after 0.5 s"_s, file + u": HTTP status 404"_s};
    QTest::addRow("2 MB body") << Routes{{u"/"_s, html(200, meta + QByteArray(2 * 1024 * 1024, 'x'))}} << false << false
                               << QString() << QStringList{u"BASE/: body over 1 MB"_s, file + u": HTTP status 404"_s};
    QTest::addRow("connection refused") << Routes{} << true << false << QString()
                                        << QStringList{u"BASE/: connection refused"_s,
                                                       file + u": connection refused"_s};
}

void TestDomainVerifier::check()
{
    QFETCH(Routes, routes);
    QFETCH(bool, closedPort);
    QFETCH(bool, verified);
    QFETCH(QString, method);
    QFETCH(QStringList, findings);

    quint16 port = m_server.port();
    if (closedPort) { // a port nobody listens on any more
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const QByteArray portText = QByteArray::number(m_server.port());
    for (Route &route : routes)
        route.location.replace("PORT", portText);
    m_server.setRoutes(routes);

    DomainVerifier verifier;
    verifier.setAllowPrivateAddresses(true);
    verifier.setSchemes({u"http"_s});
    verifier.setPort(port);
    verifier.setDnsEnabled(false);
    verifier.setTimeout(std::chrono::milliseconds(500));
    QSignalSpy finished(&verifier, &DomainVerifier::finished);
    const DomainVerification result = verifier.verify(u"127.0.0.1"_s, QString(token));

    QStringList texts;
    for (const DomainVerification::Finding &finding : result.findings)
        texts.append(finding.text);
    const QString base = u"http://127.0.0.1:"_s + QString::number(port);
    for (QString &expected : findings)
        expected.replace(u"BASE"_s, base);
    QCOMPARE(texts, findings);
    QCOMPARE(result.verified, verified);
    QCOMPARE(DomainVerification::methodName(result.method), method);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!verifier.isRunning());
}

// The default order is https, then http: a server without TLS fails the https requests and the
// http fallback finds the tag.
void TestDomainVerifier::httpsFirstThenHttp()
{
    const QByteArray meta = "<meta name=\"partnerdesk-verification\" content=\"" + QByteArray(token.data()) + "\">";
    m_server.setRoutes({{u"/"_s, page(meta)}});
    DomainVerifier verifier;
    verifier.setAllowPrivateAddresses(true);
    verifier.setPort(m_server.port());
    verifier.setDnsEnabled(false);
    verifier.setTimeout(std::chrono::milliseconds(2000));
    const DomainVerification result = verifier.verify(u"127.0.0.1"_s, QString(token));
    QStringList texts;
    for (const DomainVerification::Finding &finding : result.findings)
        texts.append(finding.text);
    const QString port = QString::number(m_server.port());
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.at(0).startsWith(u"https://127.0.0.1:%1/: "_s.arg(port)), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).startsWith(u"https://127.0.0.1:%1/.well-known/partnerdesk-verification.txt: "_s.arg(port)),
             qPrintable(texts.at(1)));
    QVERIFY(!texts.at(0).contains(u"timed out"_s));
    QCOMPARE(texts.at(2), u"meta tag found at http://127.0.0.1:%1/"_s.arg(port));
    QVERIFY(result.verified);
    QCOMPARE(result.method, DomainVerification::Method::Meta);
}

void TestDomainVerifier::successIsRecordedInTheStore()
{
    const auto store = StoreTestKit::openFixture();
    QVERIFY(store);
    AffiliateStore affiliates(store->database);
    const Result<Affiliate> jane = affiliates.add(u"Jane"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = affiliates.add(u"Bob"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY(jane && bob);
    // An IP literal cannot be registered: the site has a name, served through the application's proxy.
    const QString site = u"shared.example"_s;
    const Result<QString> janeToken = affiliates.addDomain(jane->id, site);
    const Result<QString> bobToken = affiliates.addDomain(bob->id, site);
    QVERIFY(janeToken && bobToken);

    m_server.setRoutes({{u"http://shared.example/"_s,
                         page("<meta name=\"partnerdesk-verification\" content=\"" + janeToken->toUtf8() + "\">")}});
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.port()));
    const auto noProxy = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
    DomainVerifier verifier;
    verifier.setAllowPrivateAddresses(true);
    verifier.setSchemes({u"http"_s});
    verifier.setDnsEnabled(false);

    // Bob's token is not on the page: a check that finds nothing verifies nothing.
    const DomainVerification bobResult = verifier.verify(site, *bobToken);
    QVERIFY(!bobResult.verified);
    const QString checkedAt = u"2026-06-01T10:00:00Z"_s;
    QVERIFY(affiliates.recordVerification(bob->id, site, DomainVerification::methodName(bobResult.method), checkedAt));

    const DomainVerification janeResult = verifier.verify(site, *janeToken);
    QVERIFY(janeResult.verified);
    QVERIFY(
        affiliates.recordVerification(jane->id, site, DomainVerification::methodName(janeResult.method), checkedAt));
    // Now that Jane owns it verified, Bob cannot have it verified too.
    const Status refused = affiliates.recordVerification(bob->id, site, u"file"_s, checkedAt);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"JANE"_s));

    // Read back through a second connection to the same file.
    {
        QSqlDatabase second = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"second"_s);
        second.setDatabaseName(store->path(u"store.sqlite"_s));
        QVERIFY(second.open());
        QSqlQuery query(second);
        QVERIFY(
            query.exec(u"SELECT a.code, d.verified, coalesce(d.method, ''), coalesce(d.verified_at, ''), d.checked_at "
                       "FROM domains d JOIN affiliates a ON a.id = d.affiliate_id ORDER BY a.code"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"BOB"_s);
        QCOMPARE(query.value(1).toInt(), 0);
        QCOMPARE(query.value(2).toString(), QString());
        QCOMPARE(query.value(4).toString(), checkedAt);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"JANE"_s);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toString(), u"meta"_s);
        QCOMPARE(query.value(3).toString(), checkedAt);
        QCOMPARE(query.value(4).toString(), checkedAt);
        QVERIFY(query.exec(u"SELECT entity_id, after_json FROM audit_log WHERE action = 'domain.verify'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QString::number(jane->id));
        QVERIFY(query.value(1).toString().contains(u"\"meta\""_s));
        QVERIFY(!query.next()); // the refused one left no trace
        QVERIFY(query.exec(u"SELECT count(*) FROM audit_log WHERE action = 'domain.check'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"second"_s);
}

void TestDomainVerifier::loopbackSiteIsRefusedUnlessAllowed_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("refusal"); // a prefix of the finding; PORT stands for the server's port
    const QString onlyPublic = u"; PartnerDesk only checks public internet addresses"_s;
    QTest::addRow("IP literal") << u"127.0.0.1"_s << u"refused: 127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("a name that resolves to loopback") << u"localhost"_s << u"refused: localhost resolves to "_s;
}

// The setting off (its default), a site on loopback is refused with one finding and not requested
// at all; the setting on, the same check verifies it.
void TestDomainVerifier::loopbackSiteIsRefusedUnlessAllowed()
{
    QFETCH(QString, domain);
    QFETCH(QString, refusal);
    const QByteArray meta = "<meta name=\"partnerdesk-verification\" content=\"" + QByteArray(token.data()) + "\">";
    m_server.setRoutes({{u"/"_s, page(meta)}});
    const int requestsBefore = m_server.requests();

    QSettings().remove(NetworkGuard::settingKey);
    DomainVerifier verifier; // no override: the setting decides
    verifier.setSchemes({u"https"_s, u"http"_s});
    verifier.setPort(m_server.port());
    verifier.setDnsEnabled(false);
    const DomainVerification refused = verifier.verify(domain, QString(token));
    QVERIFY(!refused.verified);
    QCOMPARE(refused.findings.size(), 1); // one finding for all four requests, none of them made
    QVERIFY2(refused.findings.constFirst().text.startsWith(refusal), qPrintable(refused.findings.constFirst().text));
    QVERIFY2(refused.findings.constFirst().text.endsWith(u"PartnerDesk only checks public internet addresses"_s),
             qPrintable(refused.findings.constFirst().text));
    QCOMPARE(m_server.requests(), requestsBefore);

    NetworkGuard::setPrivateAddressesAllowedBySettings(true);
    verifier.setSchemes({u"http"_s});
    const DomainVerification allowed = verifier.verify(domain, QString(token));
    QSettings().remove(NetworkGuard::settingKey);
    QVERIFY(allowed.verified);
    QCOMPARE(allowed.findings.constLast().text, u"meta tag found at http://%1:%2/"_s.arg(domain).arg(m_server.port()));
    QCOMPARE(m_server.requests(), requestsBefore + 1);
}

// A site passes the guard (its host exempt, standing in for a public one) and redirects to another
// host of the same domain that is loopback: the redirect is checked before it is followed, and the
// page there, which holds the token, is never read. The test's server is the application's HTTP
// proxy so that the names need no resolver.
void TestDomainVerifier::redirectTargetIsCheckedBeforeItIsFollowed()
{
    const QByteArray meta = "<meta name=\"partnerdesk-verification\" content=\"" + QByteArray(token.data()) + "\">";
    m_server.setRoutes({{u"http://blog.localhost/"_s, redirect("http://www.blog.localhost/")},
                        {u"http://www.blog.localhost/"_s, page(meta)},
                        {u"http://blog.localhost/.well-known/partnerdesk-verification.txt"_s,
                         redirect("http://www.blog.localhost/.well-known/partnerdesk-verification.txt")},
                        {u"http://www.blog.localhost/.well-known/partnerdesk-verification.txt"_s,
                         html(200, QByteArray(token.data()))}});
    const int requestsBefore = m_server.requests();
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.port()));
    DomainVerifier verifier;
    verifier.setAllowPrivateAddresses(false);
    verifier.setExemptHosts({u"blog.localhost"_s});
    verifier.setSchemes({u"http"_s});
    verifier.setDnsEnabled(false);
    const DomainVerification result = verifier.verify(u"*.blog.localhost"_s, QString(token));
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    QStringList texts;
    for (const DomainVerification::Finding &finding : result.findings)
        texts.append(finding.text);
    const QString refused = u" refused: www.blog.localhost is a loopback name; PartnerDesk only checks public internet "
                            "addresses"_s;
    QCOMPARE(texts, (QStringList{u"http://blog.localhost/: redirect to http://www.blog.localhost/"_s + refused,
                                 u"http://blog.localhost/.well-known/partnerdesk-verification.txt: redirect to "
                                 "http://www.blog.localhost/.well-known/partnerdesk-verification.txt"_s +
                                     refused}));
    QVERIFY(!result.verified);
    QCOMPARE(m_server.requests(), requestsBefore + 2); // the two redirects, never their targets
}

QTEST_GUILESS_MAIN(TestDomainVerifier)
#include "tst_domainverifier.moc"
