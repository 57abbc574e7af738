// NetworkGuard, the gate between a partner's URL and the network (DESIGN.md, the trust model):
// every address range it refuses and public addresses it allows, IP literals in the forms QUrl
// normalises, schemes, a real lookup of "localhost", and the setting Network/allowPrivateAddresses
// read from a real QSettings file.

#include "network/networkguard.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

Q_DECLARE_METATYPE(PartnerDesk::AddressPolicy::Range)

namespace {

const QString onlyPublic = u"; PartnerDesk only checks public internet addresses"_s;

NetworkGuard::Result checkAndWait(NetworkGuard &guard, const QUrl &url, bool *answeredInside = nullptr)
{
    std::optional<NetworkGuard::Result> answer;
    guard.check(url, [&answer](const NetworkGuard::Result &result) { answer = result; });
    if (answeredInside)
        *answeredInside = answer.has_value();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    }();
    return answer.value_or(NetworkGuard::Result{NetworkGuard::Verdict::Unresolved, u"no answer"_s});
}

} // namespace

class TestNetworkGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void classify_data();
    void classify();
    void withoutLookup_data();
    void withoutLookup();
    void decide_data();
    void decide();
    void localhostIsLookedUpAndRefused();
    void settingAllowsPrivateAddresses();
    void cancelledCheckNeverAnswers();
};

void TestNetworkGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_networkguard"_s);
}

void TestNetworkGuard::init()
{
    QSettings().clear();
}

void TestNetworkGuard::classify_data()
{
    using Range = AddressPolicy::Range;
    QTest::addColumn<QString>("address");
    QTest::addColumn<Range>("range");

    const QList<std::pair<const char *, Range>> rows{
        // IPv4, each range at its edges
        {"127.0.0.1", Range::Loopback},
        {"127.255.255.254", Range::Loopback},
        {"10.0.0.0", Range::Private},
        {"10.0.0.5", Range::Private},
        {"10.255.255.255", Range::Private},
        {"172.16.0.1", Range::Private},
        {"172.31.255.255", Range::Private},
        {"192.168.0.1", Range::Private},
        {"192.168.255.255", Range::Private},
        {"169.254.0.1", Range::LinkLocal},
        {"169.254.169.254", Range::LinkLocal}, // cloud metadata services
        {"100.64.0.1", Range::SharedNat},
        {"100.127.255.255", Range::SharedNat},
        {"224.0.0.1", Range::Multicast},
        {"239.255.255.250", Range::Multicast},
        {"0.0.0.0", Range::Unspecified},
        {"0.1.2.3", Range::Reserved},
        {"240.0.0.1", Range::Reserved},
        {"255.255.255.255", Range::Reserved},
        // IPv4 just outside them: public
        {"8.8.8.8", Range::Public},
        {"93.184.216.34", Range::Public},
        {"9.255.255.255", Range::Public},
        {"11.0.0.0", Range::Public},
        {"172.15.255.255", Range::Public},
        {"172.32.0.0", Range::Public},
        {"192.167.255.255", Range::Public},
        {"192.169.0.0", Range::Public},
        {"169.253.255.255", Range::Public},
        {"100.63.255.255", Range::Public},
        {"100.128.0.0", Range::Public},
        {"126.255.255.255", Range::Public},
        {"128.0.0.0", Range::Public},
        {"223.255.255.255", Range::Public},
        // IPv6
        {"::1", Range::Loopback},
        {"::", Range::Unspecified},
        {"fe80::1", Range::LinkLocal},
        {"fe80::1%1", Range::LinkLocal},
        {"febf:ffff::1", Range::LinkLocal},
        {"fec0::1", Range::Private},
        {"fc00::1", Range::UniqueLocal},
        {"fd12:3456:789a::1", Range::UniqueLocal},
        {"ff02::1", Range::Multicast},
        {"2001:4860:4860::8888", Range::Public},
        {"2606:4700:4700::1111", Range::Public},
        {"fbff:ffff::1", Range::Public},
        // IPv6 carrying an IPv4 address: classified by what it carries
        {"::ffff:127.0.0.1", Range::Loopback},
        {"::ffff:7f00:1", Range::Loopback},
        {"::ffff:10.0.0.5", Range::Private},
        {"::ffff:192.168.1.1", Range::Private},
        {"::ffff:169.254.169.254", Range::LinkLocal},
        {"::ffff:100.64.0.1", Range::SharedNat},
        {"::ffff:0.0.0.0", Range::Unspecified},
        {"::ffff:8.8.8.8", Range::Public},
        {"64:ff9b::10.0.0.5", Range::Private},
        {"64:ff9b::8.8.8.8", Range::Public},
        {"::127.0.0.1", Range::Loopback},
        {"::8.8.8.8", Range::Reserved}, // the deprecated v4-compatible form is never public
    };
    for (const auto &[address, range] : rows)
        QTest::newRow(address) << QString::fromLatin1(address) << range;
}

void TestNetworkGuard::classify()
{
    QFETCH(QString, address);
    QFETCH(AddressPolicy::Range, range);
    const QHostAddress parsed(address);
    QVERIFY2(!parsed.isNull(), qPrintable(address));
    QCOMPARE(AddressPolicy::classify(parsed), range);
    QCOMPARE(AddressPolicy::isPublic(parsed), range == AddressPolicy::Range::Public);
}

// What the URL alone decides, the setting off: "" in `reason` means a lookup is needed.
void TestNetworkGuard::withoutLookup_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");

    QTest::addRow("private literal") << u"http://10.0.0.5/"_s << u"10.0.0.5 is a private address"_s + onlyPublic;
    QTest::addRow("loopback") << u"https://127.0.0.1:8443/x"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("127.1") << u"http://127.1/"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("0x7f.0.0.1") << u"http://0x7f.0.0.1/"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("octal 0177.0.0.1") << u"http://0177.0.0.1/"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("one number 2130706433")
        << u"http://2130706433/"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("percent-encoded") << u"http://%31%32%37.0.0.1/"_s
                                     << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("trailing dot") << u"http://127.0.0.1./"_s << u"127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("0") << u"http://0/"_s << u"0.0.0.0 is the unspecified address"_s + onlyPublic;
    QTest::addRow("metadata service") << u"http://169.254.169.254/latest/meta-data/"_s
                                      << u"169.254.169.254 is a link-local address"_s + onlyPublic;
    QTest::addRow("CGNAT") << u"http://100.64.1.2/"_s << u"100.64.1.2 is a carrier-grade NAT address"_s + onlyPublic;
    QTest::addRow("[::1]") << u"http://[::1]/"_s << u"::1 is a loopback address"_s + onlyPublic;
    QTest::addRow("[::ffff:127.0.0.1]") << u"http://[::ffff:127.0.0.1]/"_s
                                        << u"::ffff:127.0.0.1 is a loopback address"_s + onlyPublic;
    QTest::addRow("[::ffff:a00:5]") << u"http://[::ffff:a00:5]/"_s
                                    << u"::ffff:10.0.0.5 is a private address"_s + onlyPublic;
    QTest::addRow("[fd00::1]") << u"http://[fd00::1]/"_s
                               << u"fd00::1 is a unique-local (private) address"_s + onlyPublic;
    QTest::newRow("[fe80::1%eth0]") << u"http://[fe80::1%25eth0]/"_s
                                    << u"fe80::1%eth0 is a link-local address"_s + onlyPublic;
    QTest::addRow("public literal") << u"http://93.184.216.34/"_s
                                    << u"93.184.216.34 is an IP address, not a name"_s + onlyPublic;
    QTest::addRow("public IPv6 literal") << u"http://[2606:4700:4700::1111]/"_s
                                         << u"2606:4700:4700::1111 is an IP address, not a name"_s + onlyPublic;
    QTest::addRow(".localhost name") << u"http://intranet.localhost/"_s
                                     << u"intranet.localhost is a loopback name"_s + onlyPublic;
    QTest::addRow("file") << u"file:///etc/passwd"_s << u"only http and https addresses are checked, not file"_s;
    QTest::addRow("ftp") << u"ftp://example.com/b.png"_s << u"only http and https addresses are checked, not ftp"_s;
    QTest::addRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s
                          << u"only http and https addresses are checked, not data"_s;
    QTest::addRow("no host") << u"https:///b.png"_s << u"https:///b.png is not a valid http(s) address"_s;
    QTest::addRow("a name: looked up") << u"https://www.example.com/"_s << QString();
    QTest::addRow("localhost: looked up") << u"http://localhost:8080/"_s << QString();
}

void TestNetworkGuard::withoutLookup()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    NetworkGuard guard;
    const std::optional<NetworkGuard::Result> decided = guard.decideWithoutLookup(QUrl(url));
    if (reason.isEmpty()) {
        QVERIFY2(!decided, qPrintable(decided ? decided->reason : QString()));
        return;
    }
    QVERIFY(decided);
    QCOMPARE(decided->verdict, NetworkGuard::Verdict::Refused);
    QCOMPARE(decided->reason, reason);
}

// A name's answers: one non-public address among them refuses it.
void TestNetworkGuard::decide_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    const auto allowed = int(NetworkGuard::Verdict::Allowed);
    const auto refused = int(NetworkGuard::Verdict::Refused);
    QTest::addRow("public v4") << QStringList{u"93.184.216.34"_s} << allowed << QString();
    QTest::addRow("public v4 and v6") << QStringList{u"93.184.216.34"_s, u"2606:2800:220:1::1"_s} << allowed
                                      << QString();
    QTest::addRow("private") << QStringList{u"10.0.0.5"_s} << refused
                             << u"site.example resolves to 10.0.0.5, a private address"_s + onlyPublic;
    QTest::addRow("public then private") << QStringList{u"93.184.216.34"_s, u"192.168.1.10"_s} << refused
                                         << u"site.example resolves to 192.168.1.10, a private address"_s + onlyPublic;
    QTest::addRow("public then v4-mapped loopback")
        << QStringList{u"2606:2800:220:1::1"_s, u"::ffff:127.0.0.1"_s} << refused
        << u"site.example resolves to ::ffff:127.0.0.1, a loopback address"_s + onlyPublic;
    QTest::addRow("unique-local") << QStringList{u"fd00::5"_s} << refused
                                  << u"site.example resolves to fd00::5, a unique-local (private) address"_s +
                                         onlyPublic;
    QTest::addRow("no address") << QStringList{} << int(NetworkGuard::Verdict::Unresolved)
                                << u"host site.example not found"_s;
}

void TestNetworkGuard::decide()
{
    QFETCH(QStringList, addresses);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    QList<QHostAddress> parsed;
    for (const QString &address : addresses)
        parsed.append(QHostAddress(address));
    const NetworkGuard::Result result = NetworkGuard::decide(u"site.example"_s, parsed);
    QCOMPARE(int(result.verdict), verdict);
    QCOMPARE(result.reason, reason);
}

// A real lookup (QHostInfo, asynchronous): "localhost" resolves to loopback on every machine.
void TestNetworkGuard::localhostIsLookedUpAndRefused()
{
    NetworkGuard guard;
    QVERIFY(!guard.decideWithoutLookup(QUrl(u"http://localhost/"_s)));
    bool answeredInside = true;
    const NetworkGuard::Result result =
        checkAndWait(guard, QUrl(u"http://localhost:8080/banner.png"_s), &answeredInside);
    QVERIFY(!answeredInside); // always from the event loop
    QCOMPARE(result.verdict, NetworkGuard::Verdict::Refused);
    QVERIFY2(result.reason.startsWith(u"localhost resolves to "_s), qPrintable(result.reason));
    QVERIFY2(result.reason.endsWith(u", a loopback address"_s + onlyPublic), qPrintable(result.reason));
    QCOMPARE(guard.pending(), 0);
}

void TestNetworkGuard::settingAllowsPrivateAddresses()
{
    NetworkGuard guard;
    QVERIFY(!NetworkGuard::privateAddressesAllowedBySettings()); // off by default
    QCOMPARE(checkAndWait(guard, QUrl(u"http://127.0.0.1/"_s)).verdict, NetworkGuard::Verdict::Refused);

    NetworkGuard::setPrivateAddressesAllowedBySettings(true);
    QCOMPARE(QSettings().value(u"Network/allowPrivateAddresses"_s).toBool(), true);
    QCOMPARE(checkAndWait(guard, QUrl(u"http://127.0.0.1/"_s)).verdict, NetworkGuard::Verdict::Allowed);
    QCOMPARE(checkAndWait(guard, QUrl(u"http://10.0.0.5/"_s)).verdict, NetworkGuard::Verdict::Allowed);
    QCOMPARE(checkAndWait(guard, QUrl(u"http://localhost/"_s)).verdict, NetworkGuard::Verdict::Allowed);
    // The scheme is still checked.
    const NetworkGuard::Result file = checkAndWait(guard, QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(file.verdict, NetworkGuard::Verdict::Refused);
    QCOMPARE(file.reason, u"only http and https addresses are checked, not file"_s);

    // A guard's own choice overrides the setting, both ways.
    guard.setAllowPrivateAddresses(false);
    QCOMPARE(checkAndWait(guard, QUrl(u"http://127.0.0.1/"_s)).verdict, NetworkGuard::Verdict::Refused);
    NetworkGuard::setPrivateAddressesAllowedBySettings(false);
    NetworkGuard allowing;
    allowing.setAllowPrivateAddresses(true);
    QCOMPARE(checkAndWait(allowing, QUrl(u"http://127.0.0.1/"_s)).verdict, NetworkGuard::Verdict::Allowed);

    // Exempt hosts (tests) pass without a check; other hosts are still checked.
    NetworkGuard exempting;
    exempting.setExemptHosts({u"LocalHost"_s});
    QCOMPARE(checkAndWait(exempting, QUrl(u"http://localhost:8080/"_s)).verdict, NetworkGuard::Verdict::Allowed);
    QCOMPARE(checkAndWait(exempting, QUrl(u"http://127.0.0.1:8080/"_s)).verdict, NetworkGuard::Verdict::Refused);
}

void TestNetworkGuard::cancelledCheckNeverAnswers()
{
    NetworkGuard guard;
    int answers = 0;
    const int literal =
        guard.check(QUrl(u"http://127.0.0.1/"_s), [&answers](const NetworkGuard::Result &) { ++answers; });
    const int lookup =
        guard.check(QUrl(u"http://localhost/"_s), [&answers](const NetworkGuard::Result &) { ++answers; });
    QCOMPARE(guard.pending(), 2);
    guard.cancel(literal);
    guard.cancel(lookup);
    QCOMPARE(guard.pending(), 0);
    // A third check answers; the two cancelled ones never do.
    QCOMPARE(checkAndWait(guard, QUrl(u"http://10.0.0.1/"_s)).verdict, NetworkGuard::Verdict::Refused);
    QTest::qWait(100);
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(TestNetworkGuard)
#include "tst_networkguard.moc"
