// The exported Apache rules, loaded into a real apache2 on loopback -- in the server configuration
// and, as on shared hosting, in DocumentRoot/.htaccess -- answer every vanity path (on its host and
// the www. twin, with and without the trailing slash, with a port in the Host header) with a 302
// whose Location is exactly the stored tracked URL, and leave near misses alone. Mirrors
// tst_rewritesnginx. Skips when the apache2 binary is missing.

#include "core/rewriteexporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"
#include "webservertestkit.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using WebServerTestKit::WebServer;

class TestRewritesApache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyVanityPathRedirects_data();
    void everyVanityPathRedirects();
    void nearMissesDoNotRedirect_data();
    void nearMissesDoNotRedirect();

private:
    void addServers();

    std::unique_ptr<StoreTestKit::StoreFixture> m_store;
    QList<Rewrite> m_rewrites;
    std::unique_ptr<WebServer> m_config;   // rules in the server configuration
    std::unique_ptr<WebServer> m_htaccess; // rules in DocumentRoot/.htaccess
};

void TestRewritesApache::initTestCase()
{
    StoreTestKit::pinNow();
    m_config = std::make_unique<WebServer>(WebServer::Kind::Apache);
    m_htaccess = std::make_unique<WebServer>(WebServer::Kind::Apache);
    m_htaccess->setHtaccess(true);
    if (m_config->binary().isEmpty())
        QSKIP("apache2 is not installed (Debian: apt-get install apache2); the exported rules cannot be loaded");

    // The rewrites come from the real store on a real SQLite file, with the awkward characters a
    // tracked URL may hold: '$', '%', '&', '#', percent-encoded non-ASCII, a quote.
    m_store = StoreTestKit::openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s};
    const Result<qint64> program = programs.add(partner);
    QVERIFY2(program, qPrintable(program.error()));
    QList<qint64> ids;
    for (const auto &[name, code] : {std::pair(u"Jane Doe"_s, u"JANE"_s), std::pair(u"Bob Roe"_s, u"B&B 1"_s),
                                     std::pair(u"Carol Poe"_s, u"CAROL"_s)}) {
        const Result<Affiliate> affiliate = affiliates.add(name, name.left(3).toLower() + u"@example.com"_s, code);
        QVERIFY2(affiliate, qPrintable(affiliate.error()));
        QVERIFY(programs.join(affiliate->id, *program));
        ids.append(affiliate->id);
    }
    RewriteStore rewrites(m_store->database);
    const QList<RewriteDraft> wanted = {
        {ids[0], u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/"_s},
        {ids[1], u"koongo.com"_s, u"/partner/bob/"_s, u"https://koongo.com/a/b?x=1&y=2#top"_s},
        {ids[2], u"koongo.com"_s, u"/p/carol.poe_1~x-y"_s, u"https://shop.koongo.de/sale"_s},
        {ids[0], u"shop.koongo.de"_s, u"/deals"_s,
         u"https://shop.koongo.de/sale?price=$5&off=10%25&q=%22x%22&name=\u017Dlu\u0165ou\u010Dk\u00FD#fragment"_s},
        {ids[1], u"shop.koongo.de"_s, u"/jane"_s, u"https://koongo.com/$1/\u00FC?a=$b&c=$&d=%24#\u00E9"_s},
    };
    for (const RewriteDraft &draft : wanted) {
        const Result<RewriteRow> row = rewrites.add(draft);
        QVERIFY2(row, qPrintable(row.error()));
    }
    m_rewrites = affiliates.rewrites();
    QCOMPARE(m_rewrites.size(), wanted.size());
    QString all;
    for (const Rewrite &r : std::as_const(m_rewrites))
        all += r.targetUrl;
    // Without these the test would prove less than it claims.
    for (const QString &c : {u"$"_s, u"%25"_s, u"%22"_s, u"&"_s, u"#fragment"_s, u"%C5%BD"_s, u"acc=B%26B%201"_s})
        QVERIFY2(all.contains(c), qPrintable(c + u" is not in any stored URL: "_s + all));
    addServers();
}

void TestRewritesApache::addServers()
{
    const QString rules = RewriteExporter::toApache(m_rewrites);
    QString error;
    QVERIFY2(m_config->start(rules, &error), qPrintable(error));
    QVERIFY2(m_htaccess->start(rules, &error), qPrintable(error));
}

void TestRewritesApache::everyVanityPathRedirects_data()
{
    QTest::addColumn<bool>("htaccess");
    QTest::addRow("server config") << false;
    QTest::addRow(".htaccess") << true;
}

void TestRewritesApache::everyVanityPathRedirects()
{
    QFETCH(bool, htaccess);
    const quint16 port = (htaccess ? m_htaccess : m_config)->port();
    int checked = 0;
    for (const Rewrite &rewrite : std::as_const(m_rewrites)) {
        const QByteArray path = rewrite.path.toUtf8();
        QVERIFY(!path.endsWith('/'));
        const QByteArray host = rewrite.host.toUtf8();
        for (const QByteArray &hostHeader :
             QList<QByteArray>{host, "www." + host, "WWW." + host.toUpper(), host + ":" + QByteArray::number(port)}) {
            for (const QByteArray &variant : QList<QByteArray>{path, path + '/'}) {
                const WebServerTestKit::HttpAnswer answer = WebServerTestKit::request(port, hostHeader, variant);
                const QString where = QString::fromUtf8(hostHeader + variant);
                QVERIFY2(answer.status == 302, qPrintable(where + u" answered:\n"_s + QString::fromUtf8(answer.raw)));
                QVERIFY2(answer.location == rewrite.targetUrl.toUtf8(),
                         qPrintable(where + u"\n  Location: "_s + QString::fromUtf8(answer.location) +
                                    u"\n  stored:   "_s + rewrite.targetUrl));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, m_rewrites.size() * 8);
    qInfo("%d vanity requests answered with the stored tracked URL", checked);
}

void TestRewritesApache::nearMissesDoNotRedirect_data()
{
    everyVanityPathRedirects_data();
}

void TestRewritesApache::nearMissesDoNotRedirect()
{
    QFETCH(bool, htaccess);
    const quint16 port = (htaccess ? m_htaccess : m_config)->port();
    // ("/jane//" does redirect: Apache merges slashes before matching, and attribution drops every
    // trailing slash as well, so the visit is Jane's either way.)
    const QList<std::pair<QByteArray, QByteArray>> misses = {
        {"koongo.com", "/nope"},
        {"koongo.com", "/jane/x"},            // a path below a vanity path
        {"koongo.com", "/janex"},             // a longer segment
        {"koongo.com", "/x/jane"},            // a vanity path below another segment
        {"koongo.com", "/deals"},             // a vanity path of the other host
        {"shop.koongo.de", "/partner/bob"},   // likewise
        {"koongo.com", "/JANE"},              // exact, case-sensitive match
        {"koongo.com", "/p/carolXpoe_1~x-y"}, // '.' is literal, not "any character"
        {"evil.example", "/jane"},            // a host without rewrites
        {"wwwkoongo.com", "/jane"},           // not the www. twin
        {"koongo.com.evil.example", "/jane"}, // the store host as a prefix
        {"www.www.koongo.com", "/jane"},      // only one www.
    };
    for (const auto &[host, path] : misses) {
        const WebServerTestKit::HttpAnswer answer = WebServerTestKit::request(port, host, path);
        QVERIFY2(answer.status != 0, qPrintable(QString::fromUtf8(host + path) + u": no HTTP answer"_s));
        QVERIFY2(answer.status != 302 && answer.location.isEmpty(),
                 qPrintable(QString::fromUtf8(host + path) + u" answered:\n"_s + QString::fromUtf8(answer.raw)));
    }
}

QTEST_GUILESS_MAIN(TestRewritesApache)
#include "tst_rewritesapache.moc"
