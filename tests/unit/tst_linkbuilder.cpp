#include "core/linkbuilder.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using PartnerDesk::LinkBuilder;
using PartnerDesk::TrackedLink;

namespace {

// The code from the store's own partner page (seed): it holds an '&'.
const QString seedCode = u"4&7xx89048e885asd0243be8079a5c74d079"_s;
const QString seedCodeEncoded = u"4%267xx89048e885asd0243be8079a5c74d079"_s;

// The acc value as a server would read it, decoded by QUrlQuery rather than by the code under test.
QString accOf(const QString &url)
{
    return QUrlQuery(QUrl(url, QUrl::StrictMode)).queryItemValue(u"acc"_s, QUrl::FullyDecoded);
}

} // namespace

class TestLinkBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data();
    void build();
    void buildOnKoongo_data();
    void buildOnKoongo();
    void refused_data();
    void refused();
    void refusedOnKoongo_data();
    void refusedOnKoongo();
    void codeRoundTrip_data();
    void codeRoundTrip();
    void idnStoreHost();
    void refusalIsOneLineWithoutTheInput();
    void severalStoreHosts();
    void affiliateCodeOf_data();
    void affiliateCodeOf();
    void campaign_data();
    void campaign();
    void campaignRefused_data();
    void campaignRefused();

private:
    static void addAcceptedColumns();
    static void addRefusedColumns();
    static void checkAccepted(const QStringList &storeHosts);
    static void checkRefused(const QStringList &storeHosts);
};

void TestLinkBuilder::addAcceptedColumns()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("tracked");
}

void TestLinkBuilder::addRefusedColumns()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
}

void TestLinkBuilder::checkAccepted(const QStringList &storeHosts)
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QFETCH(QString, tracked);

    const TrackedLink link = LinkBuilder::build(url, code, storeHosts);
    QVERIFY2(link.error.isEmpty(), qPrintable(link.error));
    QVERIFY(link.isValid());
    QCOMPARE(link.url, tracked);
    QCOMPARE(LinkBuilder::affiliateCodeOf(link.url), code);
    QCOMPARE(accOf(link.url), code);
    // Building again from the tracked link replaces the code instead of adding a second one.
    const TrackedLink again = LinkBuilder::build(link.url, code, storeHosts);
    QCOMPARE(again.url, tracked);
}

void TestLinkBuilder::checkRefused(const QStringList &storeHosts)
{
    QFETCH(QString, url);
    QFETCH(QString, code);

    const TrackedLink link = LinkBuilder::build(url, code, storeHosts);
    QVERIFY2(link.url.isEmpty(), qPrintable(link.url));
    QVERIFY(!link.error.isEmpty());
    QVERIFY(!link.isValid());
}

void TestLinkBuilder::build_data()
{
    addAcceptedColumns();

    QTest::addRow("plain URL") << u"https://store.example.com/product/1"_s << u"JANE"_s
                               << u"https://store.example.com/product/1?acc=JANE"_s;
    QTest::addRow("http") << u"http://store.example.com/a"_s << u"JANE"_s << u"http://store.example.com/a?acc=JANE"_s;
    QTest::addRow("no path gets /") << u"https://store.example.com"_s << u"JANE"_s
                                    << u"https://store.example.com/?acc=JANE"_s;
    QTest::addRow("surrounding spaces") << u"  https://store.example.com/a  "_s << u"JANE"_s
                                        << u"https://store.example.com/a?acc=JANE"_s;
    QTest::addRow("existing parameters kept in order")
        << u"https://store.example.com/a?x=1&y=2"_s << u"JANE"_s << u"https://store.example.com/a?x=1&y=2&acc=JANE"_s;
    QTest::addRow("encoded parameters kept as they were")
        << u"https://store.example.com/a?q=a%20b&r=c+d&s=%26"_s << u"JANE"_s
        << u"https://store.example.com/a?q=a%20b&r=c+d&s=%26&acc=JANE"_s;
    QTest::addRow("parameter without value kept")
        << u"https://store.example.com/a?flag"_s << u"JANE"_s << u"https://store.example.com/a?flag&acc=JANE"_s;
    QTest::addRow("empty query") << u"https://store.example.com/a?"_s << u"JANE"_s
                                 << u"https://store.example.com/a?acc=JANE"_s;
    QTest::addRow("fragment stays last") << u"https://store.example.com/a#reviews"_s << u"JANE"_s
                                         << u"https://store.example.com/a?acc=JANE#reviews"_s;
    QTest::addRow("fragment after parameters") << u"https://store.example.com/a?x=1#reviews"_s << u"JANE"_s
                                               << u"https://store.example.com/a?x=1&acc=JANE#reviews"_s;
    QTest::addRow("fragment that looks like a query") << u"https://store.example.com/a#tab?acc=OLD"_s << u"JANE"_s
                                                      << u"https://store.example.com/a?acc=JANE#tab?acc=OLD"_s;
    QTest::addRow("existing acc replaced")
        << u"https://store.example.com/a?acc=OLD"_s << u"JANE"_s << u"https://store.example.com/a?acc=JANE"_s;
    QTest::addRow("existing acc first") << u"https://store.example.com/a?acc=OLD&x=1"_s << u"JANE"_s
                                        << u"https://store.example.com/a?x=1&acc=JANE"_s;
    QTest::addRow("acc several times") << u"https://store.example.com/a?acc=OLD&x=1&acc=OLDER"_s << u"JANE"_s
                                       << u"https://store.example.com/a?x=1&acc=JANE"_s;
    QTest::addRow("acc without value") << u"https://store.example.com/a?acc&x=1"_s << u"JANE"_s
                                       << u"https://store.example.com/a?x=1&acc=JANE"_s;
    QTest::addRow("empty acc") << u"https://store.example.com/a?acc=&x=1"_s << u"JANE"_s
                               << u"https://store.example.com/a?x=1&acc=JANE"_s;
    // A server decodes the name too, so a percent-encoded "acc" is the same parameter and goes.
    QTest::addRow("percent-encoded acc name")
        << u"https://store.example.com/a?%61cc=OLD&x=1"_s << u"JANE"_s << u"https://store.example.com/a?x=1&acc=JANE"_s;
    // Parameter names are case-sensitive on the server: ACC and accx are other parameters.
    QTest::addRow("ACC is another parameter")
        << u"https://store.example.com/a?ACC=X"_s << u"JANE"_s << u"https://store.example.com/a?ACC=X&acc=JANE"_s;
    QTest::addRow("accx is another parameter") << u"https://store.example.com/a?accx=1&xacc=2"_s << u"JANE"_s
                                               << u"https://store.example.com/a?accx=1&xacc=2&acc=JANE"_s;
    QTest::addRow("seed code") << u"https://store.example.com/"_s << seedCode
                               << QString(u"https://store.example.com/?acc="_s + seedCodeEncoded);
    QTest::addRow("ampersand") << u"https://store.example.com/"_s << u"a&b"_s
                               << u"https://store.example.com/?acc=a%26b"_s;
    QTest::addRow("equals") << u"https://store.example.com/"_s << u"a=b"_s << u"https://store.example.com/?acc=a%3Db"_s;
    QTest::addRow("hash") << u"https://store.example.com/"_s << u"a#b"_s << u"https://store.example.com/?acc=a%23b"_s;
    QTest::addRow("plus") << u"https://store.example.com/"_s << u"a+b"_s << u"https://store.example.com/?acc=a%2Bb"_s;
    QTest::addRow("space") << u"https://store.example.com/"_s << u"a b"_s << u"https://store.example.com/?acc=a%20b"_s;
    QTest::addRow("percent") << u"https://store.example.com/"_s << u"50%off"_s
                             << u"https://store.example.com/?acc=50%25off"_s;
    QTest::addRow("question mark and slash")
        << u"https://store.example.com/"_s << u"a?b/c"_s << u"https://store.example.com/?acc=a%3Fb%2Fc"_s;
    QTest::addRow("non-ASCII") << u"https://store.example.com/"_s << u"jürgen"_s
                               << u"https://store.example.com/?acc=j%C3%BCrgen"_s;
    QTest::addRow("unreserved characters stay")
        << u"https://store.example.com/"_s << u"A-z_0.9~"_s << u"https://store.example.com/?acc=A-z_0.9~"_s;
    QTest::addRow("encoded code with fragment")
        << u"https://store.example.com/p?x=1#top"_s << seedCode
        << QString(u"https://store.example.com/p?x=1&acc="_s + seedCodeEncoded + u"#top"_s);
    QTest::addRow("subdomain") << u"https://shop.store.example.com/x"_s << u"JANE"_s
                               << u"https://shop.store.example.com/x?acc=JANE"_s;
    QTest::addRow("www host") << u"https://www.store.example.com/x"_s << u"JANE"_s
                              << u"https://www.store.example.com/x?acc=JANE"_s;
    QTest::addRow("upper-case host and scheme")
        << u"HTTPS://STORE.Example.COM/Path"_s << u"JANE"_s << u"https://store.example.com/Path?acc=JANE"_s;
    QTest::addRow("port kept") << u"https://store.example.com:8443/x"_s << u"JANE"_s
                               << u"https://store.example.com:8443/x?acc=JANE"_s;
    QTest::addRow("path kept as it was") << u"https://store.example.com/a%20b/c/"_s << u"JANE"_s
                                         << u"https://store.example.com/a%20b/c/?acc=JANE"_s;
    // The longest tracked URL a landing_url may hold (ValueRules::maxUrl, 2048 characters).
    const QString longest = u"https://store.example.com/"_s + QString(2048 - 35, u'p');
    QTest::addRow("tracked URL of 2048") << longest << u"JANE"_s << QString(longest + u"?acc=JANE"_s);
}

void TestLinkBuilder::build()
{
    checkAccepted({u"store.example.com"_s});
}

void TestLinkBuilder::buildOnKoongo_data()
{
    addAcceptedColumns();

    QTest::addRow("home") << u"https://koongo.com"_s << seedCode
                          << QString(u"https://koongo.com/?acc="_s + seedCodeEncoded);
    QTest::addRow("www with parameters and fragment")
        << u"https://www.koongo.com/en/pricing?plan=pro#faq"_s << seedCode
        << QString(u"https://www.koongo.com/en/pricing?plan=pro&acc="_s + seedCodeEncoded + u"#faq"_s);
    QTest::addRow("subdomain") << u"https://docs.koongo.com/setup"_s << u"JANE"_s
                               << u"https://docs.koongo.com/setup?acc=JANE"_s;
    QTest::addRow("old code replaced") << u"https://koongo.com/?acc=4%267xx&utm_source=blog"_s << u"JANE"_s
                                       << u"https://koongo.com/?utm_source=blog&acc=JANE"_s;
}

void TestLinkBuilder::buildOnKoongo()
{
    checkAccepted({u"koongo.com"_s});
}

void TestLinkBuilder::refused_data()
{
    addRefusedColumns();

    QTest::addRow("store host as a prefix of another host") << u"https://store.example.com.evil.com/"_s << u"JANE"_s;
    QTest::addRow("store host as user info") << u"https://store.example.com@evil.com/"_s << u"JANE"_s;
    QTest::addRow("user and password on the store") << u"https://user:pass@store.example.com/"_s << u"JANE"_s;
    QTest::addRow("store host in the path") << u"https://evil.com/store.example.com"_s << u"JANE"_s;
    QTest::addRow("tracked URL of 2049") << u"https://store.example.com/"_s + QString(2048 - 34, u'p') << u"JANE"_s;
    QTest::addRow("encoded code makes it too long")
        << u"https://store.example.com/"_s + QString(2048 - 35, u'p') << u"JANE&"_s;
    QTest::addRow("store host in a parameter") << u"https://evil.com/?next=https://store.example.com/"_s << u"JANE"_s;
    QTest::addRow("store host in the fragment") << u"http://evil.com#@store.example.com"_s << u"JANE"_s;
    QTest::addRow("same suffix, not a subdomain") << u"https://evilstore.example.com/"_s << u"JANE"_s;
    QTest::addRow("parent domain") << u"https://example.com/"_s << u"JANE"_s;
    QTest::addRow("ftp") << u"ftp://store.example.com/file"_s << u"JANE"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << u"JANE"_s;
    QTest::addRow("javascript with store host") << u"javascript://store.example.com/%0Aalert(1)"_s << u"JANE"_s;
    QTest::addRow("mailto") << u"mailto:shop@store.example.com"_s << u"JANE"_s;
    QTest::addRow("data") << u"data:text/html,<script>alert(1)</script>"_s << u"JANE"_s;
    QTest::addRow("file") << u"file:///etc/passwd"_s << u"JANE"_s;
    QTest::addRow("empty URL") << QString() << u"JANE"_s;
    QTest::addRow("blank URL") << u"   "_s << u"JANE"_s;
    QTest::addRow("relative path") << u"/product/1"_s << u"JANE"_s;
    QTest::addRow("no scheme") << u"store.example.com/product/1"_s << u"JANE"_s;
    QTest::addRow("scheme-relative") << u"//store.example.com/product/1"_s << u"JANE"_s;
    QTest::addRow("no host") << u"https:///product/1"_s << u"JANE"_s;
    QTest::addRow("invalid host") << u"https://store..example.com/"_s << u"JANE"_s;
    QTest::addRow("space in host") << u"https://store example.com/"_s << u"JANE"_s;
    QTest::addRow("backslash before @") << u"https://store.example.com\\@evil.com/"_s << u"JANE"_s;
    QTest::addRow("encoded slash before @") << u"https://store.example.com%2F@evil.com/"_s << u"JANE"_s;
    QTest::addRow("encoded hash in host") << u"https://evil.com%23.store.example.com/"_s << u"JANE"_s;
    QTest::addRow("newline in scheme") << u"java\nscript:alert(1)"_s << u"JANE"_s;
    QTest::addRow("empty code") << u"https://store.example.com/"_s << QString();
}

void TestLinkBuilder::refused()
{
    checkRefused({u"store.example.com"_s});
}

void TestLinkBuilder::refusedOnKoongo_data()
{
    addRefusedColumns();

    QTest::addRow("lookalike") << u"https://notkoongo.com/"_s << seedCode;
    QTest::addRow("prefix") << u"https://koongo.com.evil.com/"_s << seedCode;
    QTest::addRow("other top-level domain") << u"https://koongo.co/"_s << seedCode;
    QTest::addRow("user info") << u"https://koongo.com@evil.com/"_s << seedCode;
    QTest::addRow("other store") << u"https://store.example.com/"_s << seedCode;
}

void TestLinkBuilder::refusedOnKoongo()
{
    checkRefused({u"koongo.com"_s});
}

void TestLinkBuilder::codeRoundTrip_data()
{
    QTest::addColumn<QString>("code");

    QTest::addRow("seed code") << seedCode;
    QTest::addRow("all delimiters") << u"a&b=c#d+e f?g/h;i"_s;
    QTest::addRow("percent signs") << u"100%25%"_s;
    QTest::addRow("leading and trailing spaces") << u" x "_s;
    QTest::addRow("German") << u"jürgen-straße"_s;
    QTest::addRow("Japanese") << u"パートナー"_s;
    QTest::addRow("emoji") << u"🚀rocket"_s;
    QTest::addRow("quotes and brackets") << u"\"<'>[]{}|\\^`"_s;
}

void TestLinkBuilder::codeRoundTrip()
{
    QFETCH(QString, code);

    for (const QString &url : {u"https://store.example.com/"_s, u"https://store.example.com/p?x=1&acc=OLD#frag"_s}) {
        const TrackedLink link = LinkBuilder::build(url, code, {u"store.example.com"_s});
        QVERIFY2(link.isValid(), qPrintable(link.error));
        QCOMPARE(LinkBuilder::affiliateCodeOf(link.url), code);
        QCOMPARE(accOf(link.url), code);
        // Only unreserved characters and escapes in the query: nothing a browser could reinterpret.
        const QString query = QUrl(link.url).query(QUrl::FullyEncoded);
        const QString accItem = query.mid(query.lastIndexOf(u"acc="));
        for (const QChar c : accItem.mid(4))
            QVERIFY2((c.unicode() < 128 && c.isLetterOrNumber()) || QStringView(u"-._~%").contains(c),
                     qPrintable(accItem));
    }
    const TrackedLink withFragment =
        LinkBuilder::build(u"https://store.example.com/p?x=1#frag"_s, code, {u"store.example.com"_s});
    QVERIFY(withFragment.url.endsWith(u"#frag"));
    QCOMPARE(QUrlQuery(QUrl(withFragment.url)).queryItemValue(u"x"_s), u"1"_s);
}

void TestLinkBuilder::idnStoreHost()
{
    const QStringList storeHosts{u"xn--bcher-kva.example"_s};
    const TrackedLink link = LinkBuilder::build(u"https://bücher.example/regal?x=1"_s, u"JANE"_s, storeHosts);
    QVERIFY2(link.isValid(), qPrintable(link.error));
    // The tracked link carries the host in its ASCII (punycode) form, which every browser accepts.
    QCOMPARE(link.url, u"https://xn--bcher-kva.example/regal?x=1&acc=JANE"_s);
    QCOMPARE(QUrl(link.url).host(QUrl::FullyDecoded), QUrl(u"https://bücher.example/"_s).host(QUrl::FullyDecoded));

    const TrackedLink ascii = LinkBuilder::build(u"https://xn--bcher-kva.example/"_s, u"JANE"_s, storeHosts);
    QVERIFY2(ascii.isValid(), qPrintable(ascii.error));

    const TrackedLink other = LinkBuilder::build(u"https://bucher.example/"_s, u"JANE"_s, storeHosts);
    QVERIFY(!other.isValid());
    QVERIFY(!other.error.isEmpty());
}

void TestLinkBuilder::severalStoreHosts()
{
    const QStringList storeHosts{u"store.example.com"_s, u"koongo.com"_s};
    QVERIFY(LinkBuilder::build(u"https://store.example.com/"_s, u"J"_s, storeHosts).isValid());
    QVERIFY(LinkBuilder::build(u"https://www.koongo.com/"_s, u"J"_s, storeHosts).isValid());
    QVERIFY(!LinkBuilder::build(u"https://evil.com/"_s, u"J"_s, storeHosts).isValid());
    QVERIFY(!LinkBuilder::build(u"https://store.example.com/"_s, u"J"_s, {}).isValid());
}

void TestLinkBuilder::affiliateCodeOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");

    QTest::addRow("simple") << u"https://store.example.com/?acc=JANE"_s << u"JANE"_s;
    QTest::addRow("among parameters") << u"https://store.example.com/p?x=1&acc=JANE&y=2"_s << u"JANE"_s;
    QTest::addRow("before a fragment") << u"https://store.example.com/p?acc=JANE#top"_s << u"JANE"_s;
    QTest::addRow("percent-decoded") << QString(u"https://store.example.com/?acc="_s + seedCodeEncoded) << seedCode;
    QTest::addRow("UTF-8 decoded") << u"https://store.example.com/?acc=j%C3%BCrgen"_s << u"jürgen"_s;
    QTest::addRow("plus stays plus") << u"https://store.example.com/?acc=a+b"_s << u"a+b"_s;
    QTest::addRow("last acc wins") << u"https://store.example.com/?acc=A&acc=B"_s << u"B"_s;
    QTest::addRow("no query") << u"https://store.example.com/p"_s << QString();
    QTest::addRow("no acc") << u"https://store.example.com/p?x=1"_s << QString();
    QTest::addRow("empty acc") << u"https://store.example.com/p?acc="_s << QString();
    QTest::addRow("similar names") << u"https://store.example.com/p?xacc=1&accx=2&ACC=3"_s << QString();
    QTest::addRow("acc only in the fragment") << u"https://store.example.com/p#tab?acc=JANE"_s << QString();
    QTest::addRow("acc only in the fragment after a query")
        << u"https://store.example.com/p?x=1#acc=JANE"_s << QString();
    QTest::addRow("empty URL") << QString() << QString();
}

void TestLinkBuilder::affiliateCodeOf()
{
    QFETCH(QString, url);
    QFETCH(QString, code);

    QCOMPARE(LinkBuilder::affiliateCodeOf(url), code);
}

void TestLinkBuilder::refusalIsOneLineWithoutTheInput()
{
    // The CLI prints one line per error, and the app shows the same words under the field.
    const TrackedLink link =
        LinkBuilder::build(u"https://store.example.com/a\r\nSet-Cookie: x"_s, u"JANE"_s, {u"store.example.com"_s});
    QVERIFY(!link.isValid());
    QCOMPARE(link.error, u"This is not a valid URL: Invalid path (character 'U+000D' not permitted)"_s);
}

void TestLinkBuilder::campaign_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("tracked");
    QTest::addRow("beside acc") << u"https://koongo.com/pricing"_s << u"spring-post"_s
                                << u"https://koongo.com/pricing?acc=JANE&acc_campaign=spring-post"_s;
    QTest::addRow("none: no parameter") << u"https://koongo.com/pricing"_s << QString()
                                        << u"https://koongo.com/pricing?acc=JANE"_s;
    QTest::addRow("blank: no parameter") << u"https://koongo.com/pricing"_s << u"   "_s
                                         << u"https://koongo.com/pricing?acc=JANE"_s;
    QTest::addRow("trimmed") << u"https://koongo.com/"_s << u" spring "_s
                             << u"https://koongo.com/?acc=JANE&acc_campaign=spring"_s;
    QTest::addRow("fragment stays last") << u"https://koongo.com/a?x=1#faq"_s << u"spring"_s
                                         << u"https://koongo.com/a?x=1&acc=JANE&acc_campaign=spring#faq"_s;
    QTest::addRow("existing campaign replaced") << u"https://koongo.com/a?acc_campaign=old&x=1&acc_campaign=older"_s
                                                << u"new"_s << u"https://koongo.com/a?x=1&acc=JANE&acc_campaign=new"_s;
    QTest::addRow("existing campaign kept without a new one")
        << u"https://koongo.com/a?acc_campaign=old&x=1"_s << QString()
        << u"https://koongo.com/a?acc_campaign=old&x=1&acc=JANE"_s;
    QTest::addRow("encoded like the code")
        << u"https://koongo.com/"_s << u"a&b=c#d+e f/ü"_s
        << u"https://koongo.com/?acc=JANE&acc_campaign=a%26b%3Dc%23d%2Be%20f%2F%C3%BC"_s;
    QTest::addRow("100 characters") << u"https://koongo.com/"_s << QString(100, u'c')
                                    << QString(u"https://koongo.com/?acc=JANE&acc_campaign="_s + QString(100, u'c'));
}

void TestLinkBuilder::campaign()
{
    QFETCH(QString, url);
    QFETCH(QString, campaign);
    QFETCH(QString, tracked);
    const TrackedLink link = LinkBuilder::build(url, u"JANE"_s, {u"koongo.com"_s}, campaign);
    QVERIFY2(link.isValid(), qPrintable(link.error));
    QCOMPARE(link.url, tracked);
    // What the import reads back is the campaign as given (trimmed), and the code unchanged.
    if (!campaign.trimmed().isEmpty())
        QCOMPARE(LinkBuilder::campaignOf(link.url), campaign.trimmed());
    QCOMPARE(LinkBuilder::affiliateCodeOf(link.url), u"JANE"_s);
}

void TestLinkBuilder::campaignRefused_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("error");
    QTest::addRow("101 characters") << QString(101, u'c') << u"The campaign"_s;
    QTest::addRow("line break") << u"spring\npost"_s << u"The campaign"_s;
    QTest::addRow("control character") << u"spring\u0007"_s << u"The campaign"_s;
}

void TestLinkBuilder::campaignRefused()
{
    QFETCH(QString, campaign);
    QFETCH(QString, error);
    const TrackedLink link = LinkBuilder::build(u"https://koongo.com/"_s, u"JANE"_s, {u"koongo.com"_s}, campaign);
    QVERIFY(!link.isValid());
    QVERIFY(link.url.isEmpty());
    QVERIFY2(link.error.startsWith(error), qPrintable(link.error));
    QVERIFY(!link.error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestLinkBuilder)
#include "tst_linkbuilder.moc"
