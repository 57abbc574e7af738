// BannerImageLoader against a real HTTP/1.1 server on 127.0.0.1 that the test runs itself: an
// image served, the disk cache serving it again offline, 404, oversized bodies (with and without
// Content-Length), a slow response past the timeout, a page that is not an image, a closed port,
// a URL that is not http(s). The server is on loopback, so those loads allow private addresses
// explicitly; by default (the setting Network/allowPrivateAddresses off) the same image is refused,
// a redirect to loopback is refused before it is followed, and file:, ftp:, data: never load.

#include "localhttpserver.h"
#include "network/bannerimageloader.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace TestHttp;

Q_DECLARE_METATYPE(TestHttp::Route)

namespace {

// A 1×1 PNG; the loader hands bytes on, it does not decode them.
QByteArray png()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c63f8cfc0f01f0005000201c6b5b7"
                               "760000000049454e44ae426082");
}

struct Outcome
{
    bool loaded = false;
    QByteArray bytes;
    QString reason;
};

Outcome run(BannerImageLoader &loader, const QUrl &url)
{
    QSignalSpy loaded(&loader, &BannerImageLoader::loaded);
    QSignalSpy failed(&loader, &BannerImageLoader::failed);
    loader.load(url);
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() + failed.size() == 1, 20000);
    }();
    QTest::qWait(50); // nothing more may follow
    Outcome outcome;
    if (loaded.size() + failed.size() != 1)
        return {false, {}, u"reported %1 times"_s.arg(loaded.size() + failed.size())};
    if (!loaded.isEmpty()) {
        outcome.loaded = true;
        outcome.bytes = loaded.first().at(1).toByteArray();
        if (loaded.first().at(0).toUrl() != url)
            outcome.reason = u"wrong URL reported"_s;
    } else {
        outcome.reason = failed.first().at(1).toString();
        if (failed.first().at(0).toUrl() != url)
            outcome.reason += u" (wrong URL reported)"_s;
    }
    return outcome;
}

} // namespace

class TestBannerImageLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void load_data();
    void load();
    void secondLoadIsServedFromTheCacheOffline();
    void redirects_data();
    void redirects();
    void defaults();
    void loopbackImageIsRefusedUnlessAllowed();
    void redirectTargetIsChecked_data();
    void redirectTargetIsChecked();
    void otherSchemesAreRefused_data();
    void otherSchemesAreRefused();

private:
    LocalHttpServer m_server;
};

void TestBannerImageLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_bannerimageloader"_s);
    QSettings().clear();
    QVERIFY(m_server.listen());
}

void TestBannerImageLoader::load_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<QString>("url");      // BASE stands for http://127.0.0.1:PORT, CLOSED for a closed port
    QTest::addColumn<QByteArray>("bytes"); // expected on success
    QTest::addColumn<QString>("reason");   // expected in the failure's reason; "" for success

    const QByteArray big(3 * 1024 * 1024, 'x');
    QTest::addRow("png") << Route{200, "image/png", png(), 0, true, {}} << u"BASE/b.png"_s << png() << QString();
    QTest::addRow("png with a query, no Content-Length")
        << Route{200, "image/png", png(), 0, false, {}} << u"BASE/b.png?a=1&b=2"_s << png() << QString();
    QTest::addRow("404") << Route{404, "text/html", "gone", 0, true, {}} << u"BASE/missing.png"_s << QByteArray()
                         << u"HTTP status 404 (Not Found)"_s;
    QTest::addRow("3 MB body with Content-Length")
        << Route{200, "image/png", big, 0, true, {}} << u"BASE/b.png"_s << QByteArray()
        << u"the image is too large: 3145728 bytes, over the limit of 2.0 MB"_s;
    QTest::addRow("3 MB body without Content-Length")
        << Route{200, "image/png", big, 0, false, {}} << u"BASE/b.png"_s << QByteArray()
        << u"the image is too large: more than 2.0 MB received"_s;
    QTest::addRow("slow response") << Route{200, "image/png", png(), 3000, true, {}} << u"BASE/b.png"_s << QByteArray()
                                   << u"timed out after 0.3 s"_s;
    QTest::addRow("text/html") << Route{200, "text/html; charset=utf-8", "<html></html>", 0, true, {}}
                               << u"BASE/b.png"_s << QByteArray()
                               << u"not an image: the Content-Type is text/html; charset=utf-8"_s;
    QTest::addRow("no Content-Type") << Route{200, {}, png(), 0, true, {}} << u"BASE/b.png"_s << QByteArray()
                                     << u"not an image: the server sent no Content-Type"_s;
    QTest::addRow("closed port") << Route{} << u"CLOSED/b.png"_s << QByteArray()
                                 << u"connection refused by 127.0.0.1"_s;
    QTest::addRow("ftp") << Route{} << u"ftp://127.0.0.1/b.png"_s << QByteArray()
                         << u"only http and https images are loaded, not ftp"_s;
    QTest::addRow("no host") << Route{} << u"https:///b.png"_s << QByteArray() << u"not a valid http(s) URL"_s;
}

void TestBannerImageLoader::load()
{
    QFETCH(Route, route);
    QFETCH(QString, url);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString closedBase = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close(); // nobody listens there any more
    url.replace(u"BASE"_s, m_server.base()).replace(u"CLOSED"_s, closedBase);
    m_server.setRoutes({{QUrl(url).path(), route}});

    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    BannerImageLoader loader;
    loader.setAllowPrivateAddresses(true);
    loader.setCacheDirectory(cache.path());
    loader.setTimeout(std::chrono::milliseconds(300));
    const Outcome outcome = run(loader, QUrl(url));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.loaded, reason.isEmpty());
    QCOMPARE(outcome.bytes, bytes);
    QCOMPARE(loader.pending(), 0);
}

void TestBannerImageLoader::secondLoadIsServedFromTheCacheOffline()
{
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoutes({{u"/cached.png"_s, Route{200, "image/png", png(), 0, true, {}}}});
    const QUrl url(server.base() + u"/cached.png"_s);
    {
        BannerImageLoader loader;
        loader.setAllowPrivateAddresses(true);
        loader.setCacheDirectory(cache.path());
        const Outcome first = run(loader, url);
        QVERIFY2(first.loaded, qPrintable(first.reason));
        QCOMPARE(first.bytes, png());
    }
    QCOMPARE(server.requests(), 1);
    server.close();

    // A new loader (as after a restart) on the same cache directory, the server gone.
    BannerImageLoader loader;
    loader.setAllowPrivateAddresses(true);
    loader.setCacheDirectory(cache.path());
    const Outcome second = run(loader, url);
    QVERIFY2(second.loaded, qPrintable(second.reason));
    QCOMPARE(second.bytes, png());
    QCOMPARE(server.requests(), 1);

    // and a URL that was never cached fails offline
    const Outcome other = run(loader, QUrl(server.base() + u"/other.png"_s));
    QVERIFY(!other.loaded);
    QVERIFY2(other.reason.startsWith(u"connection refused"_s), qPrintable(other.reason));
}

void TestBannerImageLoader::redirects_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("reason");
    QTest::addRow("1 redirect") << 1 << QString();
    QTest::addRow("2 redirects") << 2 << QString();
    QTest::addRow("3 redirects") << 3 << QString();
    QTest::addRow("4 redirects") << 4 << u"more than 3 redirects"_s;
}

// /r0 → /r1 → … → /rN, the last one the image; the loader follows at most 3 redirects.
void TestBannerImageLoader::redirects()
{
    QFETCH(int, hops);
    QFETCH(QString, reason);
    Routes routes;
    for (int hop = 0; hop < hops; ++hop)
        routes.insert(u"/r%1"_s.arg(hop), Route{302, {}, {}, 0, true, "/r" + QByteArray::number(hop + 1)});
    routes.insert(u"/r%1"_s.arg(hops), Route{200, "image/png", png(), 0, true, {}});
    m_server.setRoutes(routes);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    BannerImageLoader loader;
    loader.setAllowPrivateAddresses(true);
    loader.setCacheDirectory(cache.path());
    const Outcome outcome = run(loader, QUrl(m_server.base() + u"/r0"_s));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.loaded, reason.isEmpty());
    QCOMPARE(outcome.bytes, reason.isEmpty() ? png() : QByteArray());
}

void TestBannerImageLoader::defaults()
{
    BannerImageLoader loader;
    QCOMPARE(loader.timeout(), std::chrono::milliseconds(10000));
    QCOMPARE(loader.sizeLimit(), 2 * 1024 * 1024);
    QVERIFY(loader.cacheDirectory().endsWith(u"/banners/"_s));
    QCOMPARE(BannerImageLoader::maxRedirects, 3);
}

// The setting off (its default) an image on loopback is refused and never requested; on, it loads.
void TestBannerImageLoader::loopbackImageIsRefusedUnlessAllowed()
{
    m_server.setRoutes({{u"/b.png"_s, Route{200, "image/png", png(), 0, true, {}}}});
    const int requestsBefore = m_server.requests();
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    QSettings().remove(NetworkGuard::settingKey);
    BannerImageLoader loader; // no override: the setting decides at each load
    loader.setCacheDirectory(cache.path());
    const QString onlyPublic = u"; PartnerDesk only checks public internet addresses"_s;

    Outcome outcome = run(loader, QUrl(m_server.base() + u"/b.png"_s));
    QVERIFY(!outcome.loaded);
    QCOMPARE(outcome.reason, u"refused: 127.0.0.1 is a loopback address"_s + onlyPublic);
    outcome = run(loader, QUrl(u"http://localhost:%1/b.png"_s.arg(m_server.port())));
    QVERIFY(!outcome.loaded);
    QVERIFY2(outcome.reason.startsWith(u"refused: localhost resolves to "_s), qPrintable(outcome.reason));
    QVERIFY2(outcome.reason.endsWith(u", a loopback address"_s + onlyPublic), qPrintable(outcome.reason));
    QCOMPARE(m_server.requests(), requestsBefore);
    QCOMPARE(loader.pending(), 0);

    NetworkGuard::setPrivateAddressesAllowedBySettings(true);
    outcome = run(loader, QUrl(m_server.base() + u"/b.png"_s));
    QSettings().remove(NetworkGuard::settingKey);
    QVERIFY2(outcome.loaded, qPrintable(outcome.reason));
    QCOMPARE(outcome.bytes, png());
    QCOMPARE(m_server.requests(), requestsBefore + 1);
}

void TestBannerImageLoader::redirectTargetIsChecked_data()
{
    QTest::addColumn<QString>("exempt"); // the host let through, standing in for a public one
    QTest::addColumn<QString>("start");  // PORT stands for the server's port
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("reason"); // a prefix of the failure; "" for a load
    QTest::addColumn<int>("requests");   // requests the server saw

    const QString refused = u"redirect to http://%1:PORT/b.png refused: "_s;
    QTest::addRow("to a name that resolves to loopback")
        << u"127.0.0.1"_s << u"http://127.0.0.1:PORT/r0"_s << QByteArray("http://localhost:PORT/b.png")
        << refused.arg(u"localhost"_s) + u"localhost resolves to "_s << 1;
    QTest::addRow("to a loopback IP literal")
        << u"localhost"_s << u"http://localhost:PORT/r0"_s << QByteArray("http://127.0.0.1:PORT/b.png")
        << refused.arg(u"127.0.0.1"_s) + u"127.0.0.1 is a loopback address"_s << 1;
    QTest::addRow("to 127.1") << u"localhost"_s << u"http://localhost:PORT/r0"_s
                              << QByteArray("http://127.1:PORT/b.png")
                              << refused.arg(u"127.0.0.1"_s) + u"127.0.0.1 is a loopback address"_s << 1;
    QTest::addRow("to [::ffff:127.0.0.1]")
        << u"localhost"_s << u"http://localhost:PORT/r0"_s << QByteArray("http://[::ffff:127.0.0.1]:PORT/b.png")
        << u"redirect to http://[::ffff:127.0.0.1]:PORT/b.png refused: ::ffff:127.0.0.1 is a loopback address"_s << 1;
    QTest::addRow("to a .localhost name")
        << u"localhost"_s << u"http://localhost:PORT/r0"_s << QByteArray("http://cdn.localhost:PORT/b.png")
        << refused.arg(u"cdn.localhost"_s) + u"cdn.localhost is a loopback name"_s << 1;
    QTest::addRow("to a file") << u"localhost"_s << u"http://localhost:PORT/r0"_s << QByteArray("file:///etc/passwd")
                               << u"redirect to file:///etc/passwd refused: only http and https addresses are "
                                  "checked, not file"_s
                               << 1;
    QTest::addRow("within the same host: followed")
        << u"localhost"_s << u"http://localhost:PORT/r0"_s << QByteArray("/b.png") << QString() << 2;
}

// The first URL passes (its host exempt); where it redirects is checked like any URL before it is
// followed, with a real lookup for a name.
void TestBannerImageLoader::redirectTargetIsChecked()
{
    QFETCH(QString, exempt);
    QFETCH(QString, start);
    QFETCH(QByteArray, location);
    QFETCH(QString, reason);
    QFETCH(int, requests);
    const QString port = QString::number(m_server.port());
    m_server.setRoutes({{u"/r0"_s, Route{302, {}, {}, 0, true, location.replace("PORT", port.toLatin1())}},
                        {u"/b.png"_s, Route{200, "image/png", png(), 0, true, {}}}});
    const int requestsBefore = m_server.requests();
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    BannerImageLoader loader;
    loader.setAllowPrivateAddresses(false);
    loader.setExemptHosts({exempt});
    loader.setCacheDirectory(cache.path());
    const Outcome outcome = run(loader, QUrl(start.replace(u"PORT"_s, port)));
    reason.replace(u"PORT"_s, port);
    if (reason.isEmpty()) {
        QVERIFY2(outcome.loaded, qPrintable(outcome.reason));
        QCOMPARE(outcome.bytes, png());
    } else {
        QVERIFY(!outcome.loaded);
        QVERIFY2(outcome.reason.startsWith(reason), qPrintable(outcome.reason));
    }
    QCOMPARE(m_server.requests() - requestsBefore, requests);
    QCOMPARE(loader.pending(), 0);
}

void TestBannerImageLoader::otherSchemesAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::addRow("file") << u"file:///etc/passwd"_s << u"only http and https images are loaded, not file"_s;
    QTest::addRow("file with a host") << u"file://server/share/b.png"_s
                                      << u"only http and https images are loaded, not file"_s;
    QTest::addRow("ftp") << u"ftp://ftp.example.com/b.png"_s << u"only http and https images are loaded, not ftp"_s;
    QTest::addRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s
                          << u"only http and https images are loaded, not data"_s;
    QTest::addRow("qrc") << u"qrc:/icons/partnerdesk-16.png"_s << u"only http and https images are loaded, not qrc"_s;
    QTest::addRow("relative") << u"b.png"_s << u"not a valid http(s) URL"_s;
}

// Even with private addresses allowed, only http and https are fetched.
void TestBannerImageLoader::otherSchemesAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    BannerImageLoader loader;
    loader.setAllowPrivateAddresses(true);
    loader.setCacheDirectory(cache.path());
    const Outcome outcome = run(loader, QUrl(url));
    QVERIFY(!outcome.loaded);
    QCOMPARE(outcome.reason, reason);
}

QTEST_MAIN(TestBannerImageLoader)
#include "tst_bannerimageloader.moc"
