// The exported nginx rules, loaded into a real nginx on loopback, answer every vanity path (on its
// host and the www. twin, with and without the trailing slash) with a 302 whose Location is exactly
// the stored tracked URL. Skips when the nginx binary is missing (scripts/lib/common.sh installs it).

#include "core/rewriteexporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "storetestkit.h"
#include "webservertestkit.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using WebServerTestKit::HttpAnswer;
using WebServerTestKit::request;

class TestRewritesNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyVanityPathRedirects();
    void unknownPathsDoNotRedirect();

private:
    WebServerTestKit::WebServer m_nginx{WebServerTestKit::WebServer::Kind::Nginx};
    std::unique_ptr<StoreTestKit::StoreFixture> m_store;
    QList<Rewrite> m_rewrites;
    quint16 m_port = 0;
};

void TestRewritesNginx::initTestCase()
{
    StoreTestKit::pinNow();
    if (m_nginx.binary().isEmpty())
        QSKIP("nginx is not installed (Debian: apt-get install nginx-light); the exported rules cannot be loaded");

    // The rewrites come from the real store on a real SQLite file.
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
    for (const auto &[name, code] : {std::pair(u"Jane Doe"_s, u"JANE"_s), std::pair(u"Bob Roe"_s, u"BOB"_s),
                                     std::pair(u"Carol Poe"_s, u"CAROL"_s)}) {
        const Result<Affiliate> affiliate = affiliates.add(name, code.toLower() + u"@example.com"_s, code);
        QVERIFY2(affiliate, qPrintable(affiliate.error()));
        QVERIFY(programs.join(affiliate->id, *program));
        ids.append(affiliate->id);
    }
    struct Wanted
    {
        qint64 affiliate;
        QString host;
        QString path;
        QString target;
    };
    const QList<Wanted> wanted = {
        {ids[0], u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/"_s},
        {ids[1], u"koongo.com"_s, u"/partner/bob/"_s, u"https://koongo.com/a/b?x=1&y=2#top"_s},
        {ids[2], u"koongo.com"_s, u"/p/carol.poe_1~x-y"_s, u"https://shop.koongo.de/sale"_s},
        {ids[0], u"shop.koongo.de"_s, u"/deals"_s,
         u"https://shop.koongo.de/sale?price=$5&off=10%25&q=%22x%22&name=\u017Dlu\u0165ou\u010Dk\u00FD#fragment"_s},
        {ids[1], u"shop.koongo.de"_s, u"/jane"_s, u"https://koongo.com/$1/\u00FC?a=$b&c=$&d=%24#\u00E9"_s},
    };
    for (const Wanted &w : wanted) {
        const Result<qint64> id = affiliates.addRewrite(w.affiliate, w.host, w.path, w.target);
        QVERIFY2(id, qPrintable(id.error()));
    }
    m_rewrites = affiliates.rewrites();
    QCOMPARE(m_rewrites.size(), wanted.size());
    // The awkward characters survive into the stored tracked URLs (else the test proves less). The
    // store percent-encodes non-ASCII and refuses a raw '"', a stray '%', '{' and '\\' (QUrl strict mode).
    const QString all = [this] {
        QString text;
        for (const Rewrite &r : std::as_const(m_rewrites))
            text += r.targetUrl;
        return text;
    }();
    for (const QString &c : {u"$"_s, u"%"_s, u"%22"_s, u"&"_s, u"#fragment"_s, u"%C5%BD"_s})
        QVERIFY2(all.contains(c), qPrintable(c + u" is not in any stored URL: "_s + all));

    QString error;
    const bool started = m_nginx.start(
        [this](quint16 port) { return RewriteExporter::toNginx(m_rewrites, u"127.0.0.1:"_s + QString::number(port)); },
        &error);
    QVERIFY2(started, qPrintable(error));
    m_port = m_nginx.port();
}

void TestRewritesNginx::cleanupTestCase()
{
    m_nginx.stop();
}

void TestRewritesNginx::everyVanityPathRedirects()
{
    int checked = 0;
    for (const Rewrite &rewrite : std::as_const(m_rewrites)) {
        const QByteArray path = rewrite.path.toUtf8();
        QVERIFY(!path.endsWith('/'));
        for (const QByteArray &host : QList<QByteArray>{rewrite.host.toUtf8(), "www." + rewrite.host.toUtf8()}) {
            for (const QByteArray &variant : QList<QByteArray>{path, path + '/'}) {
                const HttpAnswer answer = request(m_port, host, variant);
                const QString where = QString::fromUtf8(host + variant);
                QVERIFY2(answer.status == 302, qPrintable(where + u" answered:\n"_s + QString::fromUtf8(answer.raw)));
                QVERIFY2(answer.location == rewrite.targetUrl.toUtf8(),
                         qPrintable(where + u"\n  Location: "_s + QString::fromUtf8(answer.location) +
                                    u"\n  stored:   "_s + rewrite.targetUrl));
                ++checked;
            }
        }
    }
    QCOMPARE(checked, m_rewrites.size() * 4);
    qInfo("%d vanity requests answered with the stored tracked URL", checked);
}

void TestRewritesNginx::unknownPathsDoNotRedirect()
{
    const QList<std::pair<QByteArray, QByteArray>> misses = {
        {"koongo.com", "/nope"},
        {"koongo.com", "/jane/x"},          // a path below a vanity path
        {"koongo.com", "/deals"},           // a vanity path of the other host
        {"shop.koongo.de", "/partner/bob"}, // likewise
        {"koongo.com", "/JANE"},            // exact, case-sensitive match
        {"evil.example", "/jane"},          // a host without rewrites falls to the default server
        {"wwwkoongo.com", "/jane"},         // not the www. twin
    };
    for (const auto &[host, path] : misses) {
        const HttpAnswer answer = request(m_port, host, path);
        QVERIFY2(answer.status != 0, qPrintable(QString::fromUtf8(host + path) + u": no HTTP answer"_s));
        QVERIFY2(answer.status != 302 && answer.location.isEmpty(),
                 qPrintable(QString::fromUtf8(host + path) + u" answered:\n"_s + QString::fromUtf8(answer.raw)));
    }
}

QTEST_GUILESS_MAIN(TestRewritesNginx)
#include "tst_rewritesnginx.moc"
