#include "core/bannersnippet.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using PartnerDesk::BannerSnippet;

namespace {

struct ParsedSnippet
{
    QHash<QString, QString> anchor;
    QHash<QString, QString> image;
    QStringList elements;
    QString text;
    bool wellFormed = false;
};

// Reads the snippet back as XML (it is well-formed XHTML), so that an attribute value that broke
// out of its quotes shows up as a wrong value, an extra attribute or an extra element.
ParsedSnippet parse(const QString &snippet)
{
    ParsedSnippet parsed;
    QXmlStreamReader reader(u"<root>"_s + snippet + u"</root>"_s);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() != u"root") {
            parsed.elements.append(reader.name().toString());
            QHash<QString, QString> &target = reader.name() == u"a" ? parsed.anchor : parsed.image;
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                target.insert(attribute.name().toString(), attribute.value().toString());
        } else if (reader.isCharacters()) {
            parsed.text += reader.text();
        }
    }
    parsed.wellFormed = !reader.hasError();
    return parsed;
}

} // namespace

class TestBannerSnippet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactSnippet();
    void escapeAttribute_data();
    void escapeAttribute();
    void valuesSurviveEscaping_data();
    void valuesSurviveEscaping();
    void titleCannotBreakOut();
    void forPartnerWithACampaign_data();
    void forPartnerWithACampaign();
};

void TestBannerSnippet::exactSnippet()
{
    const QString snippet =
        BannerSnippet::render(u"https://store.example.com/?acc=JANE"_s, u"https://cdn.example.com/banners/468x60.png"_s,
                              u"Koongo Partner"_s, 468, 60);
    QCOMPARE(snippet, u"<a href=\"https://store.example.com/?acc=JANE\" target=\"_blank\" rel=\"sponsored noopener\">"
                      "<img src=\"https://cdn.example.com/banners/468x60.png\" title=\"Koongo Partner\" width=\"468\" "
                      "height=\"60\" /></a>"_s);
}

void TestBannerSnippet::escapeAttribute_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("escaped");

    QTest::addRow("plain") << u"Koongo"_s << u"Koongo"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("ampersand") << u"a&b"_s << u"a&amp;b"_s;
    QTest::addRow("less than") << u"a<b"_s << u"a&lt;b"_s;
    QTest::addRow("greater than") << u"a>b"_s << u"a&gt;b"_s;
    QTest::addRow("double quote") << u"a\"b"_s << u"a&quot;b"_s;
    QTest::addRow("single quote") << u"a'b"_s << u"a&#39;b"_s;
    QTest::addRow("all five") << u"&<>\"'"_s << u"&amp;&lt;&gt;&quot;&#39;"_s;
    QTest::addRow("an entity is escaped again") << u"&amp;"_s << u"&amp;amp;"_s;
    QTest::addRow("non-ASCII untouched") << u"Bücher – 10 €"_s << u"Bücher – 10 €"_s;
    QTest::addRow("percent-encoding untouched") << u"a%26b"_s << u"a%26b"_s;
}

void TestBannerSnippet::escapeAttribute()
{
    QFETCH(QString, value);
    QFETCH(QString, escaped);

    QCOMPARE(BannerSnippet::escapeAttribute(value), escaped);
}

void TestBannerSnippet::valuesSurviveEscaping_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("title");

    QTest::addRow("plain") << u"https://store.example.com/?acc=JANE"_s << u"https://cdn.example.com/b.png"_s
                           << u"Koongo"_s;
    QTest::addRow("ampersand in URL") << u"https://store.example.com/p?x=1&acc=4%267xx"_s
                                      << u"https://cdn.example.com/b.png?w=468&h=60"_s << u"Tom & Jerry"_s;
    QTest::addRow("quotes everywhere") << u"https://store.example.com/?q=\"x\"&acc=J"_s
                                       << u"https://cdn.example.com/it's.png"_s << u"The \"best\" shop's deals"_s;
    QTest::addRow("angle brackets") << u"https://store.example.com/?q=<b>&acc=J"_s
                                    << u"https://cdn.example.com/<x>.png"_s << u"<b>bold</b> 1 < 2 > 0"_s;
    QTest::addRow("non-ASCII title") << u"https://store.example.com/?acc=J"_s << u"https://cdn.example.com/b.png"_s
                                     << u"Bücher für alle"_s;
}

void TestBannerSnippet::valuesSurviveEscaping()
{
    QFETCH(QString, url);
    QFETCH(QString, image);
    QFETCH(QString, title);

    const QString snippet = BannerSnippet::render(url, image, title, 120, 600);
    const ParsedSnippet parsed = parse(snippet);
    QVERIFY2(parsed.wellFormed, qPrintable(snippet));
    QCOMPARE(parsed.elements, QStringList({u"a"_s, u"img"_s}));
    QCOMPARE(parsed.anchor.size(), 3);
    QCOMPARE(parsed.anchor.value(u"href"_s), url);
    QCOMPARE(parsed.anchor.value(u"target"_s), u"_blank"_s);
    QCOMPARE(parsed.anchor.value(u"rel"_s), u"sponsored noopener"_s);
    QCOMPARE(parsed.image.size(), 4);
    QCOMPARE(parsed.image.value(u"src"_s), image);
    QCOMPARE(parsed.image.value(u"title"_s), title);
    QCOMPARE(parsed.image.value(u"width"_s), u"120"_s);
    QCOMPARE(parsed.image.value(u"height"_s), u"600"_s);
    QVERIFY(parsed.text.trimmed().isEmpty());
    // Nothing raw from the values reaches the markup: seven attributes, fourteen quotes, three tags.
    QCOMPARE(snippet.count(u'"'), 14);
    QCOMPARE(snippet.count(u'<'), 3);
    QCOMPARE(snippet.count(u'>'), 3);
    QCOMPARE(snippet.count(u'\''), 0);
}

void TestBannerSnippet::titleCannotBreakOut()
{
    const QString title = u"\"><script>alert(1)</script><img src=\"x"_s;
    const QString snippet = BannerSnippet::render(u"https://store.example.com/?acc=J"_s,
                                                  u"https://cdn.example.com/b.png"_s, title, 468, 60);
    QVERIFY(!snippet.contains(u"<script"));
    QVERIFY(snippet.contains(
        u"title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=&quot;x\" width=\"468\""_s));
    const ParsedSnippet parsed = parse(snippet);
    QVERIFY(parsed.wellFormed);
    QCOMPARE(parsed.elements, QStringList({u"a"_s, u"img"_s}));
    QCOMPARE(parsed.image.value(u"title"_s), title);
    QCOMPARE(parsed.image.value(u"src"_s), u"https://cdn.example.com/b.png"_s);

    // A single-quoted breakout attempt, for pages that re-quote attributes.
    const QString single = BannerSnippet::render(u"https://store.example.com/?acc=J'onmouseover='x"_s,
                                                 u"https://cdn.example.com/b.png"_s, u"t"_s, 1, 1);
    QVERIFY(!single.contains(u'\''));
    QCOMPARE(parse(single).anchor.size(), 3);
}

void TestBannerSnippet::forPartnerWithACampaign_data()
{
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("href"); // as a browser reads the attribute
    QTest::addRow("no campaign") << QString() << u"https://koongo.com/pricing?acc=JANE"_s;
    QTest::addRow("campaign") << u"spring-post"_s << u"https://koongo.com/pricing?acc=JANE&acc_campaign=spring-post"_s;
    QTest::addRow("campaign to encode") << u"\"><script>"_s
                                        << u"https://koongo.com/pricing?acc=JANE&acc_campaign=%22%3E%3Cscript%3E"_s;
}

void TestBannerSnippet::forPartnerWithACampaign()
{
    QFETCH(QString, campaign);
    QFETCH(QString, href);
    PartnerDesk::Banner banner;
    banner.imageUrl = u"https://cdn.example.com/b.png"_s;
    banner.title = u"Koongo"_s;
    banner.width = 468;
    banner.height = 60;
    const PartnerDesk::Result<QString> snippet =
        BannerSnippet::forPartner(banner, u"https://koongo.com/pricing"_s, u"JANE"_s, {u"koongo.com"_s}, campaign);
    QVERIFY2(snippet, qPrintable(snippet.error()));
    const ParsedSnippet parsed = parse(*snippet);
    QVERIFY(parsed.wellFormed);
    QCOMPARE(parsed.elements, (QStringList{u"a"_s, u"img"_s}));
    QCOMPARE(parsed.anchor.value(u"href"_s), href);
    QCOMPARE(parsed.image.value(u"src"_s), banner.imageUrl);
    QVERIFY(!snippet->contains(u"&acc_campaign"_s)); // escaped as &amp;acc_campaign

    const PartnerDesk::Result<QString> refused =
        BannerSnippet::forPartner(banner, u"https://evil.com/"_s, u"JANE"_s, {u"koongo.com"_s}, campaign);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"not a store host"_s), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestBannerSnippet)
#include "tst_bannersnippet.moc"
