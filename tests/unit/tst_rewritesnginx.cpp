// The exported nginx rules, loaded into a real nginx on loopback, answer every vanity path (on its
// host and the www. twin, with and without the trailing slash) with a 302 whose Location is exactly
// the stored tracked URL. Skips when the nginx binary is missing (scripts/lib/common.sh installs it).

#include "core/rewriteexporter.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray location;
    QByteArray raw;
};

// One HTTP/1.1 request on a fresh connection, read until the server closes it.
HttpAnswer request(quint16 port, const QByteArray &host, const QByteArray &path)
{
    HttpAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return answer;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        answer.raw += socket.readAll();
    answer.raw += socket.readAll();
    const qsizetype headerEnd = answer.raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = answer.raw.left(headerEnd).split('\n');
    if (lines.isEmpty())
        return answer;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/1."))
        answer.status = statusLine.at(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "location")
            answer.location = line.mid(colon + 1).trimmed();
    }
    return answer;
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRewritesNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyVanityPathRedirects();
    void unknownPathsDoNotRedirect();

private:
    bool startNginx(const QString &rules, QString *error);
    void stopNginx();

    QString m_nginx;
    std::unique_ptr<StoreTestKit::StoreFixture> m_store;
    QList<Rewrite> m_rewrites;
    QTemporaryDir m_prefix;
    QProcess m_process;
    quint16 m_port = 0;
};

void TestRewritesNginx::initTestCase()
{
    StoreTestKit::pinNow();
    m_nginx = QStandardPaths::findExecutable(u"nginx"_s);
    if (m_nginx.isEmpty())
        m_nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    if (m_nginx.isEmpty())
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

    QVERIFY(m_prefix.isValid());
    QString error;
    // The free port may be taken between picking and binding: pick again a few times.
    bool started = false;
    for (int attempt = 0; attempt < 5 && !started; ++attempt) {
        m_port = freePort();
        QVERIFY(m_port != 0);
        started = startNginx(RewriteExporter::toNginx(m_rewrites, u"127.0.0.1:"_s + QString::number(m_port)), &error);
    }
    QVERIFY2(started, qPrintable(error));
}

bool TestRewritesNginx::startNginx(const QString &rules, QString *error)
{
    const QString prefix = m_prefix.path();
    const QString errorLog = m_prefix.filePath(u"error.log"_s);
    QFile::remove(errorLog);
    if (!writeFile(m_prefix.filePath(u"rewrites.conf"_s), rules.toUtf8())) {
        *error = u"cannot write rewrites.conf"_s;
        return false;
    }
    const QString port = QString::number(m_port);
    QString conf = u"daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                   u"error_log %1/error.log info;\n"
                   u"events { worker_connections 64; }\n"
                   u"http {\n"
                   u"    access_log %1/access.log;\n"
                   u"    client_body_temp_path %1/client_body;\n"
                   u"    proxy_temp_path %1/proxy;\n"
                   u"    fastcgi_temp_path %1/fastcgi;\n"
                   u"    uwsgi_temp_path %1/uwsgi;\n"
                   u"    scgi_temp_path %1/scgi;\n"
                   u"    server { listen 127.0.0.1:%2 default_server; return 404; }\n"
                   u"    include %1/rewrites.conf;\n"
                   u"}\n"_s.arg(prefix, port);
    const QString confPath = m_prefix.filePath(u"nginx.conf"_s);
    if (!writeFile(confPath, conf.toUtf8())) {
        *error = u"cannot write nginx.conf"_s;
        return false;
    }
    m_process.setProgram(m_nginx);
    m_process.setArguments({u"-p"_s, prefix + u'/', u"-c"_s, confPath, u"-e"_s, errorLog});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = u"cannot start "_s + m_nginx + u": "_s + m_process.errorString();
        return false;
    }
    // Ready when it accepts a connection; a bad config or a taken port ends the process instead.
    const bool ready = QTest::qWaitFor(
        [this] {
            if (m_process.state() != QProcess::Running)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            return probe.waitForConnected(200);
        },
        30000);
    if (ready && m_process.state() == QProcess::Running)
        return true;
    *error = u"nginx did not come up on port %1:\n%2\n%3\n--- rewrites.conf\n%4"_s.arg(port).arg(
        QString::fromUtf8(m_process.readAll()), QString::fromUtf8(readFile(errorLog)), rules);
    stopNginx();
    return false;
}

void TestRewritesNginx::stopNginx()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void TestRewritesNginx::cleanupTestCase()
{
    stopNginx();
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
