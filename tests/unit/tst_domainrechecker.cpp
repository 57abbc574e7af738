// Verified domains re-checked on a schedule (DomainStore's rule, DomainRechecker's runs) against a
// real HTTP server on 127.0.0.1 that the test runs itself, with a clock the test moves by hand.
// The server is the application's HTTP proxy, so every partner's site has a name of its own
// (http://jane-blog.example/ ...) and the requests still reach loopback: Qt sends the whole URL in
// the request line, and the server's routes are those URLs. The names resolve nowhere, so the
// checks allow private addresses explicitly (then NetworkGuard looks nothing up).

#include "import/orderimporter.h"
#include "localhttpserver.h"
#include "network/domainrechecker.h"
#include "network/domainverifier.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/domainstore.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

constexpr qint64 hour = 3600;
constexpr auto wellKnown = "/.well-known/partnerdesk-verification.txt"_L1;

TestHttp::Route html(const QByteArray &body, int delayMs = 0)
{
    return {200, "text/html; charset=utf-8", body, delayMs, true, {}};
}

QByteArray pageWithMeta(const QString &token)
{
    return "<!DOCTYPE html><html><head><meta name=\"partnerdesk-verification\" content=\"" + token.toUtf8() +
           "\"></head><body>Blog</body></html>";
}

QByteArray pageWithout()
{
    return "<!DOCTYPE html><html><head><title>Blog</title></head><body>Blog</body></html>";
}

} // namespace

class TestDomainRechecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void onlyVerifiedNetworkChecksAreDue();
    void proofStillThereStaysVerified();
    void proofRemovedLapsesAfterGraceAndAttributionStops();
    void lapsingNeedsTwoFailedChecks();
    void proofRestoredClearsLapsing();
    void lapsedDomainIsVerifiedAgainByVerifyNow();
    void manualApprovalIsNeverRechecked();
    void atMostTwoAtATimeAndCancel();
    void scheduleFiresWhenTheNextDomainFallsDue();

private:
    qint64 addVerified(const QString &code, const QString &domain, const QString &method = u"meta"_s);
    void publish(const QString &domain, const QByteArray &home, const QByteArray &file = {}, int delayMs = 0);
    DomainRecheckSummary runDue(QList<DomainRecheckResult> *results = nullptr);
    DomainRecord record(qint64 id) const;
    QString importReferred(const QString &orderId, const QString &referrer);
    int auditCount(const QString &action) const;

    TestHttp::LocalHttpServer m_server;
    TestHttp::Routes m_routes;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<DomainRechecker> m_rechecker;
    qint64 m_now = 0;
    QHash<QString, qint64> m_partners; // code -> id
    QHash<qint64, QString> m_tokens;   // domain id -> token
};

void TestDomainRechecker::initTestCase()
{
    pinNow();
    QVERIFY(m_server.listen());
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.port()));
}

void TestDomainRechecker::cleanupTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

// Koongo Partner (store host koongo.com); JANE, BOB and CARL are members.
void TestDomainRechecker::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_routes.clear();
    m_server.setRoutes(m_routes);
    m_partners.clear();
    m_tokens.clear();
    m_now = StoreTestKit::now();
    ProgramStore programs(m_store->database);
    Program program;
    program.name = u"Koongo Partner"_s;
    program.storeHosts = {u"koongo.com"_s};
    const Result<qint64> programId = programs.add(program);
    QVERIFY(programId);
    AffiliateStore affiliates(m_store->database);
    for (const QString &code : {u"JANE"_s, u"BOB"_s, u"CARL"_s}) {
        const Result<Affiliate> partner =
            affiliates.add(code + u" Blogger"_s, code.toLower() + u"@mail.example"_s, code);
        QVERIFY(partner);
        QVERIFY(programs.join(partner->id, *programId));
        m_partners.insert(code, partner->id);
    }
    m_rechecker = std::make_unique<DomainRechecker>(m_store->database);
    m_rechecker->setClock([this] { return m_now; });
    m_rechecker->setVerifierSetup([](DomainVerifier &verifier) {
        verifier.setAllowPrivateAddresses(true);
        verifier.setSchemes({u"http"_s});
        verifier.setDnsEnabled(false);
        verifier.setTimeout(std::chrono::milliseconds(5000));
    });
}

void TestDomainRechecker::cleanup()
{
    m_rechecker.reset();
    m_store.reset();
}

void TestDomainRechecker::publish(const QString &domain, const QByteArray &home, const QByteArray &file, int delayMs)
{
    const QString base = u"http://"_s + domain;
    m_routes.insert(base + u"/"_s, html(home, delayMs));
    if (file.isEmpty())
        m_routes.remove(base + wellKnown);
    else
        m_routes.insert(base + wellKnown, html(file, delayMs));
    m_server.setRoutes(m_routes);
}

// Registers the domain, publishes its proof and verifies it through the rechecker, as Verify now does.
qint64 TestDomainRechecker::addVerified(const QString &code, const QString &domain, const QString &method)
{
    const qint64 partner = m_partners.value(code);
    const Result<QString> token = AffiliateStore(m_store->database).addDomain(partner, domain);
    if (!token) {
        qWarning("%s", qPrintable(token.error()));
        return 0;
    }
    const DomainRecord added = DomainStore(m_store->database).domains(partner).constFirst();
    m_tokens.insert(added.id, *token);
    if (method == u"meta")
        publish(domain, pageWithMeta(*token));
    else
        publish(domain, pageWithout(), token->toUtf8() + "\n");
    QSignalSpy finished(m_rechecker.get(), &DomainRechecker::finished);
    m_rechecker->start({added.id});
    if (!finished.wait(10000))
        return 0;
    const DomainRecord verified = record(added.id);
    if (!verified.verified || verified.method != method) {
        qWarning("%s not verified: %s", qPrintable(domain), qPrintable(verified.lastFinding));
        return 0;
    }
    return added.id;
}

DomainRecheckSummary TestDomainRechecker::runDue(QList<DomainRecheckResult> *results)
{
    QSignalSpy finished(m_rechecker.get(), &DomainRechecker::finished);
    QSignalSpy checked(m_rechecker.get(), &DomainRechecker::domainChecked);
    if (!m_rechecker->startDue() || !finished.wait(15000)) {
        qWarning("the run did not finish");
        return {};
    }
    if (results) {
        for (const QList<QVariant> &arguments : std::as_const(checked))
            results->append(arguments.at(0).value<DomainRecheckResult>());
    }
    return finished.at(0).at(0).value<DomainRecheckSummary>();
}

DomainRecord TestDomainRechecker::record(qint64 id) const
{
    return DomainStore(m_store->database).byId(id).value_or(DomainRecord{});
}

// Imports one order referred from `referrer` and returns the code of the partner it was credited to.
QString TestDomainRechecker::importReferred(const QString &orderId, const QString &referrer)
{
    OrderLine line;
    line.orderId = orderId;
    line.referrerUrl = referrer;
    const QString path = m_store->path(orderId + u".csv"_s);
    if (!writeFile(path, ordersCsv({line})))
        return u"(not written)"_s;
    const ImportSummary summary = OrderImporter(m_store->database).importFile(path);
    if (summary.exitCode() != 0)
        return u"(not imported: %1)"_s.arg(summary.fatalError);
    const std::optional<TransactionRow> row = LedgerStore(m_store->database).liveTransactionOf(orderId);
    return row ? row->affiliateCode + u'/' + row->kind : QString();
}

int TestDomainRechecker::auditCount(const QString &action) const
{
    return static_cast<int>(count(m_store->database, u"audit_log"_s, u"action = '%1'"_s.arg(action)));
}

void TestDomainRechecker::onlyVerifiedNetworkChecksAreDue()
{
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    const qint64 carl = addVerified(u"CARL"_s, u"carl-shop.example"_s, u"file"_s);
    QVERIFY(jane && carl);
    AffiliateStore affiliates(m_store->database);
    QVERIFY(affiliates.addDomain(m_partners.value(u"BOB"_s), u"bob-manual.example"_s));
    QVERIFY(affiliates.approveDomain(m_partners.value(u"BOB"_s), u"bob-manual.example"_s, u"Known for years"_s));
    QVERIFY(affiliates.addDomain(m_partners.value(u"BOB"_s), u"bob-unverified.example"_s));

    DomainStore store(m_store->database);
    const DomainCheckPolicy policy;
    QVERIFY(store.due(m_now + 23 * hour, policy).isEmpty());
    const QList<DomainRecord> due = store.due(m_now + 24 * hour, policy);
    QStringList names;
    for (const DomainRecord &domain : due)
        names.append(domain.domain);
    names.sort();
    QCOMPARE(names, (QStringList{u"carl-shop.example"_s, u"jane-blog.example"_s}));
    QCOMPARE(store.nextDueAt(policy), std::optional<qint64>(m_now + 24 * hour));
    DomainCheckPolicy hourly;
    hourly.intervalSeconds = hour;
    QCOMPARE(store.due(m_now + hour, hourly).size(), 2);
}

void TestDomainRechecker::proofStillThereStaysVerified()
{
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    const DomainRecord before = record(jane);

    // Not due yet: the run checks nothing and sends no request.
    m_now += 23 * hour;
    const int requests = m_server.requests();
    DomainRecheckSummary summary = runDue();
    QCOMPARE(summary.checked, 0);
    QCOMPARE(m_server.requests(), requests);

    m_now += 2 * hour;
    QList<DomainRecheckResult> results;
    summary = runDue(&results);
    QCOMPARE(summary.checked, 1);
    QCOMPARE(summary.stillVerified, 1);
    QCOMPARE(summary.lapsing + summary.lapsed, 0);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.constFirst().outcome, DomainCheckOutcome::StillVerified);
    const DomainRecord after = record(jane);
    QCOMPARE(after.state(), DomainRecord::State::Verified);
    QCOMPARE(after.checkedAt, Timestamp::format(m_now));
    QCOMPARE(after.verifiedAt, before.verifiedAt); // verified since then, not again
    QVERIFY2(after.lastFinding.startsWith(u"meta tag found at http://jane-blog.example/"_s),
             qPrintable(after.lastFinding));
}

void TestDomainRechecker::proofRemovedLapsesAfterGraceAndAttributionStops()
{
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    QCOMPARE(importReferred(u"A-1"_s, u"https://www.jane-blog.example/reviews"_s), u"JANE/direct"_s);

    publish(u"jane-blog.example"_s, pageWithout());
    QSignalSpy lapsing(m_rechecker.get(), &DomainRechecker::domainLapsing);
    QSignalSpy lapsed(m_rechecker.get(), &DomainRechecker::domainLapsed);

    // First failed re-check: lapsing, still credited.
    m_now += 25 * hour;
    const qint64 firstFailure = m_now;
    DomainRecheckSummary summary = runDue();
    QCOMPARE(summary.lapsing, 1);
    QCOMPARE(lapsing.size(), 1);
    QCOMPARE(lapsing.at(0).at(0).value<DomainRecord>().domain, u"jane-blog.example"_s);
    DomainRecord domain = record(jane);
    QCOMPARE(domain.state(), DomainRecord::State::Lapsing);
    QVERIFY(domain.verified);
    QCOMPARE(domain.lapsingSince, Timestamp::format(firstFailure));
    QCOMPARE(domain.failedChecks, 1);
    QVERIFY2(domain.lastFinding.contains(u"http://jane-blog.example/: no partnerdesk-verification meta tag"_s),
             qPrintable(domain.lastFinding));
    QCOMPARE(importReferred(u"A-2"_s, u"https://jane-blog.example/"_s), u"JANE/direct"_s);

    // Second failure inside the grace period: still lapsing, no new signal.
    m_now += 24 * hour;
    summary = runDue();
    QCOMPARE(summary.lapsing, 1);
    QCOMPARE(lapsing.size(), 1);
    domain = record(jane);
    QCOMPARE(domain.state(), DomainRecord::State::Lapsing);
    QCOMPARE(domain.failedChecks, 2);
    QCOMPARE(domain.lapsingSince, Timestamp::format(firstFailure));

    // One second short of the grace period: not yet.
    m_now = firstFailure + DomainCheckPolicy::defaultGraceSeconds - 1;
    summary = runDue();
    QCOMPARE(summary.lapsed, 0);
    QCOMPARE(record(jane).state(), DomainRecord::State::Lapsing);

    // The grace period has passed: lapsed, and orders from the site are no longer credited.
    m_now = firstFailure + DomainCheckPolicy::defaultGraceSeconds + 24 * hour;
    summary = runDue();
    QCOMPARE(summary.lapsed, 1);
    QCOMPARE(lapsed.size(), 1);
    domain = record(jane);
    QCOMPARE(domain.state(), DomainRecord::State::Lapsed);
    QVERIFY(!domain.verified);
    QCOMPARE(domain.lapsedAt, Timestamp::format(m_now));
    QCOMPARE(auditCount(u"domain.lapsing"_s), 1);
    QCOMPARE(auditCount(u"domain.lapse"_s), 1);
    QCOMPARE(importReferred(u"A-3"_s, u"https://jane-blog.example/"_s), QString());
    // What was credited before the lapse stays credited.
    QCOMPARE(LedgerStore(m_store->database).liveTransactionOf(u"A-1"_s)->kind, u"direct"_s);

    // A lapsed domain is not re-checked by the schedule.
    m_now += 30 * 24 * hour;
    QVERIFY(DomainStore(m_store->database).due(m_now, {}).isEmpty());
    QCOMPARE(DomainStore(m_store->database).nextDueAt({}), std::nullopt);
}

void TestDomainRechecker::lapsingNeedsTwoFailedChecks()
{
    DomainCheckPolicy noGrace;
    noGrace.graceSeconds = 0;
    m_rechecker->setPolicy(noGrace);
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    publish(u"jane-blog.example"_s, pageWithout());
    m_now += 25 * hour;
    QCOMPARE(runDue().lapsing, 1); // the grace period is over at once, but one failure is not enough
    QCOMPARE(record(jane).state(), DomainRecord::State::Lapsing);
    m_now += 25 * hour;
    QCOMPARE(runDue().lapsed, 1);
    QCOMPARE(record(jane).state(), DomainRecord::State::Lapsed);
}

void TestDomainRechecker::proofRestoredClearsLapsing()
{
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    publish(u"jane-blog.example"_s, pageWithout());
    m_now += 25 * hour;
    QCOMPARE(runDue().lapsing, 1);

    // The partner now publishes the token as a file instead of the meta tag.
    publish(u"jane-blog.example"_s, pageWithout(), m_tokens.value(jane).toUtf8());
    m_now += 25 * hour;
    QList<DomainRecheckResult> results;
    const DomainRecheckSummary summary = runDue(&results);
    QCOMPARE(summary.stillVerified, 1);
    QCOMPARE(results.constFirst().outcome, DomainCheckOutcome::Recovered);
    const DomainRecord domain = record(jane);
    QCOMPARE(domain.state(), DomainRecord::State::Verified);
    QCOMPARE(domain.method, u"file"_s);
    QCOMPARE(domain.lapsingSince, QString());
    QCOMPARE(domain.failedChecks, 0);
    QCOMPARE(auditCount(u"domain.recover"_s), 1);

    // A new run of failures starts from scratch.
    publish(u"jane-blog.example"_s, pageWithout());
    m_now += 25 * hour;
    QCOMPARE(runDue().lapsing, 1);
    QCOMPARE(record(jane).failedChecks, 1);
    QCOMPARE(record(jane).lapsingSince, Timestamp::format(m_now));
}

void TestDomainRechecker::lapsedDomainIsVerifiedAgainByVerifyNow()
{
    DomainCheckPolicy quick;
    quick.graceSeconds = 0;
    m_rechecker->setPolicy(quick);
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    publish(u"jane-blog.example"_s, pageWithout());
    m_now += 25 * hour;
    runDue();
    m_now += 25 * hour;
    QCOMPARE(runDue().lapsed, 1);

    // Jane publishes the token again and presses Verify now (AffiliateStore's path of the partner tab).
    publish(u"jane-blog.example"_s, pageWithMeta(m_tokens.value(jane)));
    DomainVerifier verifier;
    verifier.setAllowPrivateAddresses(true);
    verifier.setSchemes({u"http"_s});
    verifier.setDnsEnabled(false);
    const DomainVerification result = verifier.verify(u"jane-blog.example"_s, m_tokens.value(jane));
    QVERIFY(result.verified);
    m_now += hour;
    const Status recorded =
        AffiliateStore(m_store->database)
            .recordVerification(m_partners.value(u"JANE"_s), u"jane-blog.example"_s,
                                DomainVerification::methodName(result.method), Timestamp::format(m_now));
    QVERIFY2(recorded, qPrintable(recorded.error()));
    const DomainRecord domain = record(jane);
    QCOMPARE(domain.state(), DomainRecord::State::Verified);
    QCOMPARE(domain.lapsedAt, QString());
    QCOMPARE(domain.verifiedAt, Timestamp::format(m_now));
    QCOMPARE(importReferred(u"B-1"_s, u"https://jane-blog.example/post"_s), u"JANE/direct"_s);
}

void TestDomainRechecker::manualApprovalIsNeverRechecked()
{
    AffiliateStore affiliates(m_store->database);
    const qint64 bob = m_partners.value(u"BOB"_s);
    QVERIFY(affiliates.addDomain(bob, u"bob-manual.example"_s));
    QVERIFY(affiliates.approveDomain(bob, u"bob-manual.example"_s, u"Checked by phone"_s));
    const DomainRecord approved = DomainStore(m_store->database).domains(bob).constFirst();
    publish(u"bob-manual.example"_s, pageWithout());

    m_now += 365 * 24 * hour;
    QVERIFY(DomainStore(m_store->database).due(m_now, {}).isEmpty());
    const int requests = m_server.requests();
    QCOMPARE(runDue().checked, 0);
    QCOMPARE(m_server.requests(), requests);
    QCOMPARE(record(approved.id).checkedAt, approved.checkedAt);

    // Checked on purpose (Re-check Now), it finds nothing, and the manager's approval stands.
    QSignalSpy finished(m_rechecker.get(), &DomainRechecker::finished);
    QSignalSpy checked(m_rechecker.get(), &DomainRechecker::domainChecked);
    m_rechecker->start({approved.id});
    QVERIFY(finished.wait(10000));
    QCOMPARE(checked.at(0).at(0).value<DomainRecheckResult>().outcome, DomainCheckOutcome::StillVerified);
    const DomainRecord after = record(approved.id);
    QCOMPARE(after.state(), DomainRecord::State::Verified);
    QCOMPARE(after.method, u"manual"_s);
    QCOMPARE(after.failedChecks, 0);
    QCOMPARE(importReferred(u"M-1"_s, u"https://bob-manual.example/"_s), u"BOB/direct"_s);
}

void TestDomainRechecker::atMostTwoAtATimeAndCancel()
{
    QList<qint64> ids;
    for (const QString &code : {u"JANE"_s, u"BOB"_s, u"CARL"_s}) {
        const qint64 id = addVerified(code, code.toLower() + u"-site.example"_s);
        QVERIFY(id);
        ids.append(id);
    }
    // Every site now answers after 30 s: the three checks cannot finish while the test looks.
    for (const QString &code : {u"JANE"_s, u"BOB"_s, u"CARL"_s})
        publish(code.toLower() + u"-site.example"_s, pageWithout(), {}, 30000);
    m_now += 25 * hour;
    const int requestsBefore = m_server.requests();
    QSignalSpy started(m_rechecker.get(), &DomainRechecker::started);
    QSignalSpy cancelled(m_rechecker.get(), &DomainRechecker::cancelled);
    QSignalSpy finished(m_rechecker.get(), &DomainRechecker::finished);
    QVERIFY(m_rechecker->startDue());
    QVERIFY(!m_rechecker->startDue()); // one run at a time
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toInt(), 3);
    QTRY_COMPARE(m_server.requests() - requestsBefore, 2);
    QTest::qWait(300); // the third request would need one of the first two to finish
    QCOMPARE(m_server.requests() - requestsBefore, 2);

    m_rechecker->cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.at(0).at(0).value<DomainRecheckSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.checked, 0);
    QVERIFY(!m_rechecker->isRunning());
    for (const qint64 id : ids) { // nothing recorded
        QCOMPARE(record(id).checkedAt, Timestamp::format(StoreTestKit::now()));
        QCOMPARE(record(id).state(), DomainRecord::State::Verified);
    }
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // the abandoned checks report nothing later
}

void TestDomainRechecker::scheduleFiresWhenTheNextDomainFallsDue()
{
    const qint64 jane = addVerified(u"JANE"_s, u"jane-blog.example"_s);
    QVERIFY(jane);
    // Due in 30 minutes: the timer is armed for that, not for the hourly look.
    m_now += 23 * hour + 30 * 60;
    m_rechecker->schedule(std::chrono::milliseconds(0));
    QVERIFY(m_rechecker->isScheduled());
    const int wait = m_rechecker->scheduledInMs();
    // A coarse timer at this length: within 5 %.
    QVERIFY2(wait > 28 * 60 * 1000 && wait < 32 * 60 * 1000, qPrintable(QString::number(wait)));

    // Due now: the timer fires (after the first delay) and the run checks the domain.
    m_now += hour;
    QSignalSpy finished(m_rechecker.get(), &DomainRechecker::finished);
    m_rechecker->schedule(std::chrono::milliseconds(20));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<DomainRecheckSummary>().checked, 1);
    QCOMPARE(record(jane).checkedAt, Timestamp::format(m_now));
    // Re-armed for the next due time (not less than the pause after a run).
    QVERIFY(m_rechecker->isScheduled());
    QVERIFY(m_rechecker->scheduledInMs() > 60 * 1000);
    m_rechecker->stopSchedule();
    QVERIFY(!m_rechecker->isScheduled());
}

QTEST_GUILESS_MAIN(TestDomainRechecker)
#include "tst_domainrechecker.moc"
