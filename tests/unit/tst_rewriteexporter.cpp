#include "core/rewriteexporter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using PartnerDesk::Rewrite;
using PartnerDesk::RewriteExporter;

namespace {

Rewrite rewrite(const QString &code, const QString &host, const QString &path, const QString &target)
{
    Rewrite r;
    r.affiliateCode = code;
    r.host = host;
    r.path = path;
    r.targetUrl = target;
    return r;
}

// What nginx makes of a double-quoted argument of `return`: the tokenizer turns \" and \\ into
// the character (other backslashes stay), then the script compiler expands variables; the only
// variable the export may use is the dollar one. Returns nullopt where nginx would refuse.
std::optional<QString> nginxEvaluate(const QString &quoted)
{
    QString token;
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == u'"')
            return std::nullopt; // an unescaped quote ends the string early
        if (c == u'\\' && i + 1 < quoted.size() && (quoted.at(i + 1) == u'"' || quoted.at(i + 1) == u'\\')) {
            token += quoted.at(++i);
            continue;
        }
        token += c;
    }
    static const QString variable = u"${partnerdesk_dollar}"_s;
    QString value;
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token.at(i) != u'$') {
            value += token.at(i);
            continue;
        }
        if (QStringView(token).mid(i).startsWith(variable)) {
            value += u'$';
            i += variable.size() - 1;
            continue;
        }
        return std::nullopt; // any other '$' is a variable reference
    }
    return value;
}

// What mod_rewrite makes of a double-quoted substitution: the argument ends at the next '"',
// then '\X' is X, '$N'/'%N' are back-references and '${'/'%{' lookups. nullopt where the text
// would not come out literally.
std::optional<QString> apacheEvaluate(const QString &quoted)
{
    QString value;
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == u'"')
            return std::nullopt;
        if (c == u'\\' && i + 1 < quoted.size()) {
            value += quoted.at(++i);
            continue;
        }
        if ((c == u'$' || c == u'%') && i + 1 < quoted.size() &&
            (quoted.at(i + 1).isDigit() || quoted.at(i + 1) == u'{'))
            return std::nullopt;
        value += c;
    }
    return value;
}

QString percentDecoded(const QString &text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

} // namespace

class TestRewriteExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nginxExact();
    void apacheExact();
    void nginxDefinesDollarOnlyWhenNeeded();
    void groupsByHostSorted();
    void trickyUrls_data();
    void trickyUrls();
    void regexLiteral_data();
    void regexLiteral();
    void quotedLocation();
    void emptyList();
    void hostThatIsNotAHostNameLeftOut_data();
    void hostThatIsNotAHostNameLeftOut();
};

void TestRewriteExporter::nginxExact()
{
    const QString config = RewriteExporter::toNginx(
        {rewrite(u"JANE"_s, u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/?acc=JANE"_s)});
    QCOMPARE(config, u"# PartnerDesk vanity links: a 302 to each partner's tracked URL.\n"
                     u"# Include inside http { }; if the store already has a server block for a host,\n"
                     u"# move that host's location blocks into it instead.\n"
                     u"\n"
                     u"server {\n"
                     u"    server_name koongo.com www.koongo.com;\n"
                     u"    # JANE\n"
                     u"    location = /partner/jane { return 302 \"https://koongo.com/?acc=JANE\"; }\n"
                     u"    location = /partner/jane/ { return 302 \"https://koongo.com/?acc=JANE\"; }\n"
                     u"}\n"_s);
}

void TestRewriteExporter::apacheExact()
{
    const QString config = RewriteExporter::toApache(
        {rewrite(u"JANE"_s, u"koongo.com"_s, u"/partner/jane.doe"_s, u"https://koongo.com/a%20b?acc=JANE"_s)});
    QCOMPARE(config,
             u"# PartnerDesk vanity links: a 302 to each partner's tracked URL (mod_rewrite).\n"
             u"RewriteEngine On\n"
             u"\n"
             u"# koongo.com\n"
             u"# JANE\n"
             u"RewriteCond %{HTTP_HOST} ^(www\\.)?koongo\\.com(:[0-9]+)?$ [NC]\n"
             u"RewriteRule \"^/?partner/jane\\.doe/?$\" \"https://koongo.com/a\\%20b?acc=JANE\" [R=302,L,NE]\n"_s);
}

void TestRewriteExporter::nginxDefinesDollarOnlyWhenNeeded()
{
    const QString plain =
        RewriteExporter::toNginx({rewrite(u"A"_s, u"koongo.com"_s, u"/a"_s, u"https://koongo.com/?acc=A"_s)});
    QVERIFY(!plain.contains(u"geo "_s));
    const QString dollar =
        RewriteExporter::toNginx({rewrite(u"A$"_s, u"koongo.com"_s, u"/a"_s, u"https://koongo.com/?acc=A$"_s)});
    QVERIFY(dollar.contains(u"geo $partnerdesk_dollar { default \"$\"; }\n"_s));
    QVERIFY(dollar.contains(u"return 302 \"https://koongo.com/?acc=A${partnerdesk_dollar}\";"_s));
}

void TestRewriteExporter::groupsByHostSorted()
{
    const QList<Rewrite> rewrites = {
        rewrite(u"B"_s, u"shop.koongo.com"_s, u"/b"_s, u"https://shop.koongo.com/?acc=B"_s),
        rewrite(u"Z"_s, u"koongo.com"_s, u"/z"_s, u"https://koongo.com/?acc=Z"_s),
        rewrite(u"A"_s, u"koongo.com"_s, u"/a"_s, u"https://koongo.com/?acc=A"_s),
    };
    const QString nginx = RewriteExporter::toNginx(rewrites);
    QCOMPARE(nginx.count(u"server {"_s), 2);
    const qsizetype first = nginx.indexOf(u"server_name koongo.com "_s);
    const qsizetype second = nginx.indexOf(u"server_name shop.koongo.com "_s);
    QVERIFY(first > 0 && second > first);
    QVERIFY(nginx.indexOf(u"location = /a "_s) < nginx.indexOf(u"location = /z "_s));
    QVERIFY(nginx.indexOf(u"location = /z "_s) < second);
    QVERIFY(nginx.indexOf(u"location = /b "_s) > second);

    const QString apache = RewriteExporter::toApache(rewrites);
    QCOMPARE(apache.count(u"RewriteCond "_s), 3); // a condition applies to the next rule only
    QCOMPARE(apache.count(u"RewriteRule "_s), 3);
    QCOMPARE(apache.count(u"RewriteEngine On"_s), 1);
}

void TestRewriteExporter::trickyUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("plain") << u"https://koongo.com/?acc=JANE"_s;
    QTest::addRow("dollar") << u"https://koongo.com/?acc=J$1&x=$"_s;
    QTest::addRow("dollar brace") << u"https://koongo.com/?acc=${HOME}"_s;
    QTest::addRow("percent") << u"https://koongo.com/a%20b?acc=A%26B%3D"_s;
    QTest::addRow("percent back-reference") << u"https://koongo.com/?acc=%1%{HTTP_HOST}"_s;
    QTest::addRow("ampersand") << u"https://koongo.com/?q=a&b=c&acc=J%26J"_s;
    QTest::addRow("double quote") << u"https://koongo.com/?acc=say\"hi\""_s;
    QTest::addRow("single quote") << u"https://koongo.com/?acc=o'brien"_s;
    QTest::addRow("backslash") << u"https://koongo.com/?acc=a\\b\\"_s;
    QTest::addRow("semicolon braces") << u"https://koongo.com/?acc=a;}{b#frag"_s;
    QTest::addRow("everything") << u"https://koongo.com/p%2F$?acc=\"$\\%&'#x"_s;
}

void TestRewriteExporter::trickyUrls()
{
    QFETCH(QString, url);

    const std::optional<QString> nginx = nginxEvaluate(RewriteExporter::nginxQuoted(url));
    QVERIFY(nginx);
    QCOMPARE(*nginx, url);

    const std::optional<QString> apache = apacheEvaluate(RewriteExporter::apacheSubstitution(url));
    QVERIFY(apache);
    // Apache cannot carry a literal '"' inside a quoted argument, so it goes percent-encoded,
    // which a browser treats the same; everything else comes out byte for byte.
    if (url.contains(u'"'))
        QCOMPARE(percentDecoded(*apache), percentDecoded(url));
    else
        QCOMPARE(*apache, url);

    // And the whole configuration carries the URL the same way.
    const QList<Rewrite> rewrites = {rewrite(u"J"_s, u"koongo.com"_s, u"/p/j"_s, url)};
    QVERIFY(RewriteExporter::toNginx(rewrites).contains(u"return 302 \""_s + RewriteExporter::nginxQuoted(url) +
                                                        u"\"; }"_s));
    QVERIFY(RewriteExporter::toApache(rewrites).contains(u"\" \""_s + RewriteExporter::apacheSubstitution(url) +
                                                         u"\" [R=302,L,NE]"_s));
}

void TestRewriteExporter::regexLiteral_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("lookalike");
    QTest::addRow("dot") << u"partner/jane.doe"_s << u"partner/janeXdoe"_s;
    QTest::addRow("plus") << u"a+b"_s << u"aab"_s;
    QTest::addRow("metacharacters") << u"a(b)[c]{2}|d^e$f?g*h"_s << u"a"_s;
    QTest::addRow("backslash") << u"a\\d"_s << u"a1"_s;
    QTest::addRow("quote and space") << u"say \"hi\""_s << u"say hi"_s;
}

void TestRewriteExporter::regexLiteral()
{
    QFETCH(QString, path);
    QFETCH(QString, lookalike);
    const QString literal = RewriteExporter::regexLiteral(path);
    QVERIFY(!literal.contains(u'"'));
    const QRegularExpression pattern(u"^/?"_s + literal + u"/?$"_s);
    QVERIFY2(pattern.isValid(), qPrintable(pattern.errorString()));
    QVERIFY(pattern.match(u'/' + path).hasMatch());
    QVERIFY(pattern.match(path + u'/').hasMatch());
    QVERIFY(!pattern.match(u'/' + lookalike).hasMatch());
}

void TestRewriteExporter::quotedLocation()
{
    const QString config =
        RewriteExporter::toNginx({rewrite(u"Q"_s, u"koongo.com"_s, u"/a b\"c"_s, u"https://koongo.com/?acc=Q"_s)});
    QVERIFY(config.contains(u"location = \"/a b\\\"c\" { return 302"_s));
}

void TestRewriteExporter::emptyList()
{
    QVERIFY(!RewriteExporter::toNginx({}).contains(u"server {"_s));
    QVERIFY(RewriteExporter::toApache({}).endsWith(u"RewriteEngine On\n"_s));
}

void TestRewriteExporter::hostThatIsNotAHostNameLeftOut_data()
{
    // A central row may hold any single-line host; these became nginx and Apache configuration.
    QTest::addColumn<QString>("host");
    QTest::addRow("directives") << u"koongo.com; } server { listen 81"_s;
    QTest::addRow("nginx regex") << u"~.*"_s;
    QTest::addRow("nginx wildcard") << u"*.koongo.com"_s;
    QTest::addRow("quotes and spaces") << u"a \"b\" c"_s;
    QTest::addRow("upper case") << u"Koongo.com"_s;
}

void TestRewriteExporter::hostThatIsNotAHostNameLeftOut()
{
    QFETCH(QString, host);
    const QList<Rewrite> rewrites = {rewrite(u"X"_s, host, u"/x"_s, u"https://koongo.com/?acc=X"_s),
                                     rewrite(u"Y"_s, u"koongo.com"_s, u"/y"_s, u"https://koongo.com/?acc=Y"_s)};
    const QString nginx = RewriteExporter::toNginx(rewrites);
    QCOMPARE(nginx.count(u"\nserver {\n"_s), 1);
    QCOMPARE(nginx.count(u"location = "_s), 2);
    QVERIFY2(nginx.contains(u"# Left out (1 rewrite(s)): \""_s), qPrintable(nginx));
    const QString apache = RewriteExporter::toApache(rewrites);
    QCOMPARE(apache.count(u"RewriteRule "_s), 1);
    QVERIFY2(apache.contains(u"# Left out (1 rewrite(s)): \""_s), qPrintable(apache));
}

QTEST_GUILESS_MAIN(TestRewriteExporter)
#include "tst_rewriteexporter.moc"
