// The DNS TXT way of proving a domain, for real: the test starts dnsmasq on a loopback address
// (port 53, since Qt 6.4's QDnsLookup::setNameserver takes no port) with the TXT records of a few
// partners' domains, and DomainVerifier asks it through QDnsLookup. Then a DNS-verified domain is
// re-checked against a second dnsmasq whose zone no longer has the record, and starts lapsing.
// Skipped, saying why, only when dnsmasq is not installed or port 53 cannot be bound.

#include "network/domainrechecker.h"
#include "network/domainverifier.h"
#include "store/affiliatestore.h"
#include "store/domainstore.h"
#include "storetestkit.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

constexpr auto token = "0f3c9a7d55e14b2c8e6a1d4b7c9e2f10"_L1;

// One dnsmasq answering only from its command line: no upstream, no /etc/hosts, no config file.
class DnsServer final
{
public:
    ~DnsServer() { stop(); }

    // Starts it on `address`:53 with `records` ("name,text" as --txt-record takes them); an empty
    // result means it answers, otherwise the reason it does not.
    QString start(const QString &program, const QHostAddress &address, const QStringList &records)
    {
        m_address = address;
        QStringList arguments{u"--keep-in-foreground"_s,
                              u"--log-facility=-"_s,
                              u"--conf-file=/dev/null"_s,
                              u"--no-resolv"_s,
                              u"--no-hosts"_s,
                              u"--bind-interfaces"_s,
                              u"--listen-address="_s + address.toString(),
                              u"--port=53"_s,
                              u"--pid-file="_s + m_dir.filePath(u"dnsmasq.pid"_s),
                              u"--local=/example/"_s}; // names it does not know are NXDOMAIN at once
        for (const QString &record : records)
            arguments.append(u"--txt-record="_s + record);
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return u"dnsmasq did not start: "_s + m_process.errorString();
        // Ready when it answers a question; gone when it could not bind the port.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (m_process.state() != QProcess::Running)
                break;
            if (answers())
                return {};
            m_process.waitForFinished(100);
        }
        const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed();
        stop();
        return u"dnsmasq does not answer on %1:53: %2"_s.arg(address.toString(), output);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }

    QHostAddress address() const { return m_address; }

private:
    bool answers()
    {
        QDnsLookup lookup(QDnsLookup::TXT, u"probe.example"_s, m_address);
        QEventLoop loop;
        QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        lookup.lookup();
        loop.exec();
        // "No such name" is an answer too: the probe's name is in no zone.
        return lookup.isFinished() &&
               (lookup.error() == QDnsLookup::NoError || lookup.error() == QDnsLookup::NotFoundError);
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QHostAddress m_address;
};

// A loopback address of its own (127.53.x.y), so that a second run or another test's server
// cannot be in the way.
QHostAddress freshLoopback(int last)
{
    const quint32 middle = QRandomGenerator::global()->bounded(1, 250);
    return QHostAddress((127u << 24) | (53u << 16) | (middle << 8) | quint32(last));
}

QString record(const QString &name, const QString &text)
{
    return name + u',' + text;
}

} // namespace

class TestDomainDns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void txtRecord_data();
    void txtRecord();
    void dnsVerifiedDomainLapsesWhenTheRecordGoes();

private:
    DomainVerification verify(const QHostAddress &nameserver, const QString &domain);

    QString m_program;
    std::unique_ptr<DnsServer> m_dns;
};

void TestDomainDns::initTestCase()
{
    StoreTestKit::pinNow();
    m_program = QStandardPaths::findExecutable(u"dnsmasq"_s);
    if (m_program.isEmpty())
        m_program = QStandardPaths::findExecutable(u"dnsmasq"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (m_program.isEmpty())
        QSKIP("dnsmasq is not installed (Debian package dnsmasq-base)");
    m_dns = std::make_unique<DnsServer>();
    const QString why = m_dns->start(m_program, freshLoopback(1),
                                     {record(u"jane-blog.example"_s, u"partnerdesk-verification="_s + token),
                                      record(u"wrong.example"_s, u"partnerdesk-verification=someone-elses-token"_s),
                                      record(u"other.example"_s, u"v=spf1 -all"_s),
                                      record(u"several.example"_s, u"google-site-verification=abc"_s),
                                      record(u"several.example"_s, u"partnerdesk-verification=nobody"_s),
                                      record(u"several.example"_s, u"partnerdesk-verification="_s + token)});
    if (!why.isEmpty()) {
        m_dns.reset();
        QSKIP(qPrintable(why)); // port 53 needs root or CAP_NET_BIND_SERVICE
    }
}

DomainVerification TestDomainDns::verify(const QHostAddress &nameserver, const QString &domain)
{
    DomainVerifier verifier;
    verifier.setSchemes({}); // DNS only: no web server has these names
    verifier.setNameserver(nameserver);
    verifier.setTimeout(std::chrono::milliseconds(5000));
    return verifier.verify(domain, QString(token));
}

void TestDomainDns::txtRecord_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("finding"); // exact, or a prefix when it ends with "…"

    QTest::addRow("right token") << u"jane-blog.example"_s << true << u"TXT record found at jane-blog.example"_s;
    QTest::addRow("*.domain: the record of the domain itself")
        << u"*.jane-blog.example"_s << true << u"TXT record found at jane-blog.example"_s;
    QTest::addRow("right token among other records")
        << u"several.example"_s << true << u"TXT record found at several.example"_s;
    QTest::addRow("wrong token") << u"wrong.example"_s << false << u"DNS TXT of wrong.example: token differs"_s;
    QTest::addRow("other TXT records only")
        << u"other.example"_s << false << u"DNS TXT of other.example: no partnerdesk-verification record"_s;
    QTest::addRow("no such name") << u"missing.example"_s << false << u"DNS TXT of missing.example: …"_s;
}

void TestDomainDns::txtRecord()
{
    QFETCH(QString, domain);
    QFETCH(bool, verified);
    QFETCH(QString, finding);

    const DomainVerification result = verify(m_dns->address(), domain);
    QCOMPARE(result.findings.size(), 1);
    const DomainVerification::Finding &found = result.findings.constFirst();
    QCOMPARE(found.method, DomainVerification::Method::Dns);
    if (finding.endsWith(u'…')) {
        QVERIFY2(found.text.startsWith(finding.chopped(1)), qPrintable(found.text));
        QVERIFY2(!found.text.contains(u"timed out"_s), qPrintable(found.text));
    } else {
        QCOMPARE(found.text, finding);
    }
    QCOMPARE(found.found, verified);
    QCOMPARE(result.verified, verified);
    QCOMPARE(DomainVerification::methodName(result.method), verified ? u"dns"_s : QString());
}

void TestDomainDns::dnsVerifiedDomainLapsesWhenTheRecordGoes()
{
    const auto store = StoreTestKit::openFixture();
    QVERIFY(store);
    AffiliateStore affiliates(store->database);
    const Result<Affiliate> jane = affiliates.add(u"Jane"_s, u"jane@mail.example"_s, u"JANE"_s);
    QVERIFY(jane);
    const Result<QString> issued = affiliates.addDomain(jane->id, u"jane-blog.example"_s);
    QVERIFY(issued);
    // The token the DNS server publishes is the one the store issued.
    QSqlQuery query(store->database.connection());
    QVERIFY(query.exec(u"UPDATE domains SET token = '%1'"_s.arg(token)));
    const qint64 id = DomainStore(store->database).domains(jane->id).constFirst().id;

    // A second server: the same zone after the partner deleted the record.
    DnsServer after;
    const QString why = after.start(m_program, freshLoopback(2), {record(u"jane-blog.example"_s, u"v=spf1 -all"_s)});
    QVERIFY2(why.isEmpty(), qPrintable(why));

    qint64 now = StoreTestKit::now();
    QHostAddress nameserver = m_dns->address();
    DomainRechecker rechecker(store->database);
    rechecker.setClock([&now] { return now; });
    rechecker.setVerifierSetup([&nameserver](DomainVerifier &verifier) {
        verifier.setSchemes({});
        verifier.setNameserver(nameserver);
        verifier.setTimeout(std::chrono::milliseconds(5000));
    });
    QSignalSpy finished(&rechecker, &DomainRechecker::finished);
    QVERIFY(rechecker.start({id}));
    QVERIFY(finished.wait(10000));
    DomainRecord domain = *DomainStore(store->database).byId(id);
    QCOMPARE(domain.state(), DomainRecord::State::Verified);
    QCOMPARE(domain.method, u"dns"_s);

    nameserver = after.address();
    now += 25 * 3600;
    QSignalSpy lapsing(&rechecker, &DomainRechecker::domainLapsing);
    QVERIFY(rechecker.startDue());
    QVERIFY(finished.wait(10000));
    QCOMPARE(lapsing.size(), 1);
    domain = *DomainStore(store->database).byId(id);
    QCOMPARE(domain.state(), DomainRecord::State::Lapsing);
    QVERIFY(domain.verified); // still credited during the grace period
    QCOMPARE(domain.lastFinding, u"DNS TXT of jane-blog.example: no partnerdesk-verification record"_s);
}

QTEST_GUILESS_MAIN(TestDomainDns)
#include "tst_domaindns.moc"
