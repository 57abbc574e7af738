// RewriteChecker against a real nginx on loopback loaded with exported rules: a right rule is OK,
// a rule whose target differs from the store is a mismatch naming both URLs, a path without a rule
// is the 404 it gets, a closed port is a network error, a server that does not answer in time is a
// timeout. Skips when nginx is missing (scripts/lib/common.sh installs it).

#include "core/rewriteexporter.h"
#include "localhttpserver.h"
#include "network/rewritechecker.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"
#include "webservertestkit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using WebServerTestKit::WebServer;

class TestRewriteChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseCheckThrough_data();
    void parseCheckThrough();
    void rightRuleIsOk();
    void differentTargetIsAMismatch();
    void pathWithoutRuleIs404();
    void closedPortIsANetworkError();
    void slowServerTimesOut();
    void signalsOncePerRewrite();
    void cancelStopsQuietly();

private:
    const Rewrite &rewrite(const QString &path) const;

    std::unique_ptr<StoreTestKit::StoreFixture> m_store;
    std::unique_ptr<WebServer> m_nginx;
    QList<Rewrite> m_rewrites; // as the store holds them
};

void TestRewriteChecker::initTestCase()
{
    StoreTestKit::pinNow();
    m_store = StoreTestKit::openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s};
    const Result<qint64> program = programs.add(partner);
    QVERIFY2(program, qPrintable(program.error()));
    const Result<Affiliate> jane = affiliates.add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = affiliates.add(u"Bob Roe"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY(jane && bob);
    QVERIFY(programs.join(jane->id, *program));
    QVERIFY(programs.join(bob->id, *program));
    RewriteStore rewrites(m_store->database);
    QVERIFY(rewrites.add({jane->id, u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/pricing?x=$1#plans"_s}));
    QVERIFY(rewrites.add({bob->id, u"shop.koongo.de"_s, u"/partner/bob"_s, u"https://shop.koongo.de/sale"_s}));
    QVERIFY(rewrites.add({bob->id, u"koongo.com"_s, u"/later"_s, u"https://koongo.com/"_s}));
    m_rewrites = affiliates.rewrites();
    QCOMPARE(m_rewrites.size(), 3);

    m_nginx = std::make_unique<WebServer>(WebServer::Kind::Nginx);
    if (m_nginx->binary().isEmpty())
        QSKIP("nginx is not installed (Debian: apt-get install nginx-light); the checker has nothing to check");
    // The server runs an older export: Bob's target has changed in the store since, and /later
    // was added after it.
    QList<Rewrite> exported;
    for (Rewrite r : std::as_const(m_rewrites)) {
        if (r.path == u"/later")
            continue;
        if (r.path == u"/partner/bob")
            r.targetUrl = u"https://shop.koongo.de/old?acc=BOB"_s;
        exported.append(r);
    }
    QString error;
    QVERIFY2(m_nginx->start(
                 [&exported](quint16 port) {
                     return RewriteExporter::toNginx(exported, u"127.0.0.1:"_s + QString::number(port));
                 },
                 &error),
             qPrintable(error));
}

const Rewrite &TestRewriteChecker::rewrite(const QString &path) const
{
    for (const Rewrite &r : m_rewrites) {
        if (r.path == path)
            return r;
    }
    qFatal("no rewrite %s", qPrintable(path));
}

void TestRewriteChecker::parseCheckThrough_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // "" when refused
    QTest::addRow("empty: the live site") << u"  "_s << QString();
    QTest::addRow("loopback with port") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::addRow("trailing slash") << u"https://Staging.Example/"_s << u"https://staging.example"_s;
    QTest::addRow("IPv6") << u"http://[::1]:81"_s << u"http://[::1]:81"_s;
    QTest::addRow("no scheme") << u"127.0.0.1:8080"_s << QString();
    QTest::addRow("ftp") << u"ftp://example.com"_s << QString();
    QTest::addRow("a path") << u"http://example.com/staging"_s << QString();
    QTest::addRow("a query") << u"http://example.com/?x=1"_s << QString();
    QTest::addRow("user info") << u"http://user@example.com"_s << QString();
}

void TestRewriteChecker::parseCheckThrough()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const Result<QUrl> parsed = RewriteChecker::parseCheckThrough(text);
    if (url.isEmpty() && !text.trimmed().isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().startsWith(u"Check through: \""_s + text.trimmed()), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), url);
}

void TestRewriteChecker::rightRuleIsOk()
{
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(m_nginx->base()));
    const Rewrite &jane = rewrite(u"/jane"_s);
    const QList<RewriteCheck> results = checker.check({jane});
    QCOMPARE(results.size(), 1);
    const RewriteCheck &check = results.first();
    QVERIFY2(check.isOk(), qPrintable(check.details()));
    // The host and its www. twin, with and without the trailing slash, each a real request.
    QStringList vanity;
    for (const RewriteProbe &probe : check.probes) {
        vanity.append(probe.vanityUrl);
        QCOMPARE(probe.status, 302);
        QCOMPARE(probe.location, jane.targetUrl);
        QCOMPARE(probe.requested.port(), int(m_nginx->port()));
        QCOMPARE(probe.outcome, RewriteProbe::Outcome::Ok);
    }
    QCOMPARE(vanity, (QStringList{u"http://koongo.com/jane"_s, u"http://koongo.com/jane/"_s,
                                  u"http://www.koongo.com/jane"_s, u"http://www.koongo.com/jane/"_s}));
    QCOMPARE(check.summary(), u"OK: 4 address(es) answered 302 with the tracked URL."_s);
    QVERIFY(check.details().contains(u"http://www.koongo.com/jane/ (through 127.0.0.1:%1): 302 to %2"_s.arg(
        QString::number(m_nginx->port()), jane.targetUrl)));
}

void TestRewriteChecker::differentTargetIsAMismatch()
{
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(m_nginx->base()));
    checker.setTwins(false);
    const Rewrite &bob = rewrite(u"/partner/bob"_s);
    const RewriteCheck check = checker.check({bob}).value(0);
    QVERIFY(!check.isOk());
    QCOMPARE(check.outcome(), RewriteProbe::Outcome::WrongLocation);
    QCOMPARE(check.probes.size(), 1);
    QCOMPARE(check.probes.first().status, 302);
    QCOMPARE(check.probes.first().location, u"https://shop.koongo.de/old?acc=BOB"_s);
    QCOMPARE(check.summary(),
             u"http://shop.koongo.de/partner/bob (through 127.0.0.1:%1): 302 to https://shop.koongo.de/old?acc=BOB, "
             u"but the tracked URL is https://shop.koongo.de/sale?acc=BOB"_s.arg(m_nginx->port()));
}

void TestRewriteChecker::pathWithoutRuleIs404()
{
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(m_nginx->base()));
    const Rewrite &later = rewrite(u"/later"_s);
    const RewriteCheck check = checker.check({later}).value(0);
    QCOMPARE(check.outcome(), RewriteProbe::Outcome::WrongStatus);
    for (const RewriteProbe &probe : check.probes) {
        QCOMPARE(probe.status, 404);
        QVERIFY(probe.location.isEmpty());
    }
    QCOMPARE(check.summary(), u"http://koongo.com/later (through 127.0.0.1:%1): HTTP 404 instead of a 302 to "
                              u"https://koongo.com/?acc=BOB (and 3 more address(es))"_s.arg(m_nginx->port()));
}

void TestRewriteChecker::closedPortIsANetworkError()
{
    const quint16 closed = WebServerTestKit::freePort();
    QVERIFY(closed != 0);
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(u"http://127.0.0.1:%1"_s.arg(closed)));
    checker.setTwins(false);
    const RewriteCheck check = checker.check({rewrite(u"/jane"_s)}).value(0);
    QCOMPARE(check.outcome(), RewriteProbe::Outcome::NetworkError);
    QCOMPARE(check.probes.first().status, 0);
    QVERIFY(!check.probes.first().error.isEmpty());
    QCOMPARE(check.summary(), u"http://koongo.com/jane (through 127.0.0.1:%1): %2"_s.arg(QString::number(closed),
                                                                                         check.probes.first().error));
    QVERIFY2(check.summary().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(check.summary()));
}

void TestRewriteChecker::slowServerTimesOut()
{
    TestHttp::LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoutes({{u"/jane"_s, {302, {}, {}, 5000, true, "https://koongo.com/pricing"}}});
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(server.base()));
    checker.setTwins(false);
    checker.setTimeout(std::chrono::milliseconds(300));
    const RewriteCheck check = checker.check({rewrite(u"/jane"_s)}).value(0);
    QCOMPARE(check.outcome(), RewriteProbe::Outcome::TimedOut);
    QVERIFY(check.probes.first().timedOut);
    QCOMPARE(check.summary(),
             u"http://koongo.com/jane (through 127.0.0.1:%1): no answer within 0.3 s"_s.arg(server.port()));
}

void TestRewriteChecker::signalsOncePerRewrite()
{
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(m_nginx->base()));
    QSignalSpy checked(&checker, &RewriteChecker::checked);
    QSignalSpy finished(&checker, &RewriteChecker::finished);
    checker.start(m_rewrites);
    QVERIFY(checker.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!checker.isRunning());
    QCOMPARE(checked.size(), m_rewrites.size());
    QHash<QString, RewriteProbe::Outcome> outcomes;
    for (const QList<QVariant> &arguments : std::as_const(checked)) {
        const auto check = arguments.first().value<RewriteCheck>();
        QCOMPARE(check.probes.size(), 4);
        outcomes.insert(check.rewrite.path, check.outcome());
    }
    QCOMPARE(outcomes.value(u"/jane"_s), RewriteProbe::Outcome::Ok);
    QCOMPARE(outcomes.value(u"/partner/bob"_s), RewriteProbe::Outcome::WrongLocation);
    QCOMPARE(outcomes.value(u"/later"_s), RewriteProbe::Outcome::WrongStatus);
    // Nothing to check finishes at once.
    checker.start({});
    QVERIFY(finished.wait(5000));
    QCOMPARE(checked.size(), m_rewrites.size());
}

void TestRewriteChecker::cancelStopsQuietly()
{
    TestHttp::LocalHttpServer server;
    QVERIFY(server.listen());
    server.setRoutes({{u"/jane"_s, {302, {}, {}, 2000, true, "https://koongo.com/pricing"}}});
    RewriteChecker checker;
    checker.setCheckThrough(QUrl(server.base()));
    QSignalSpy checked(&checker, &RewriteChecker::checked);
    QSignalSpy finished(&checker, &RewriteChecker::finished);
    checker.start({rewrite(u"/jane"_s)});
    QTRY_VERIFY(server.requests() > 0);
    checker.cancel();
    QVERIFY(!checker.isRunning());
    QTest::qWait(300);
    QCOMPARE(checked.size(), 0);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestRewriteChecker)
#include "tst_rewritechecker.moc"
