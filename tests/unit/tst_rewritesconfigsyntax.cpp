// The nginx and Apache exports of hostile rewrites still parse: each sample, made of values a
// central row may hold (single-line text the value rules accept; RewriteStore refuses most of them
// locally, but a pulled row is outside input), is exported and checked by the real server's own
// configuration test (nginx -t, apache2 -t, as server config and as .htaccess). A vanity path the
// export keeps still has its location / RewriteRule. Skips with the reason when a server is missing.

#include "core/rewriteexporter.h"
#include "core/valuerules.h"
#include "webservertestkit.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using PartnerDesk::Rewrite;
using PartnerDesk::RewriteExporter;
using PartnerDesk::ValueRules;

class TestRewritesConfigSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void nginxParses_data() { hostile_data(); }
    void nginxParses();
    void apacheParses_data() { hostile_data(); }
    void apacheParses();
};

namespace {

QList<Rewrite> rewritesOf(const QStringList &values)
{
    QList<Rewrite> rewrites;
    for (qsizetype i = 0; i + 3 < values.size(); i += 4) {
        Rewrite r;
        r.id = i / 4 + 1;
        r.affiliateCode = values.at(i);
        r.host = values.at(i + 1);
        r.path = values.at(i + 2);
        r.targetUrl = values.at(i + 3);
        rewrites.append(r);
    }
    return rewrites;
}

} // namespace

void TestRewritesConfigSyntax::hostile_data()
{
    // code, host, path, target per rewrite
    QTest::addColumn<QStringList>("values");
    const QString host = u"koongo.com"_s;
    QTest::addRow("quotes, braces, semicolons")
        << QStringList{u"A"_s, host, u"/a\"b{c};d"_s, u"https://koongo.com/?q=\"x\"{y};z&acc=A"_s};
    QTest::addRow("backslashes") << QStringList{u"B\\"_s, host, u"/a\\b\\"_s, u"https://koongo.com/\\\"\\$\\"_s};
    QTest::addRow("variables") << QStringList{u"$C"_s, host, u"/$host/${uri}"_s,
                                              u"https://koongo.com/$host${request_uri}$1%{HTTP_HOST}%1&acc=$C"_s};
    QTest::addRow("comments") << QStringList{u"D # } server {"_s, host, u"/#x"_s, u"https://koongo.com/#frag;}"_s};
    QTest::addRow("spaces") << QStringList{u"E E"_s, host, u"/a b  c "_s, u"https://koongo.com/a b?c= d"_s};
    QTest::addRow("single quotes") << QStringList{u"F'"_s, host, u"/a'b"_s, u"https://koongo.com/'x'"_s};
    QTest::addRow("unicode") << QStringList{u"\u017dlu\u0165ou\u010dk\u00fd"_s, host,
                                            u"/\u017elu\u0165ou\u010dk\u00fd k\u016f\u0148\u2028x\u0085y"_s,
                                            u"https://koongo.com/\u00e9\u2029?\u00fc=1"_s};
    QTest::addRow("regex characters") << QStringList{u"G"_s, host, u"/^a.*b+c?(d)[e]|f$"_s,
                                                     u"https://koongo.com/(x)[y]|z^"_s};
    QTest::addRow("host with a directive")
        << QStringList{u"H"_s,  u"koongo.com; } server { listen 81; location / { return 302 https://evil.example"_s,
                       u"/h"_s, u"https://koongo.com/?acc=H"_s,
                       u"I"_s,  host,
                       u"/i"_s, u"https://koongo.com/?acc=I"_s};
    QTest::addRow("host as a regex") << QStringList{u"J"_s, u"~.*"_s,          u"/j"_s, u"https://koongo.com/?acc=J"_s,
                                                    u"K"_s, u"*.koongo.com"_s, u"/k"_s, u"https://koongo.com/"_s};
    QTest::addRow("host with quotes and spaces") << QStringList{
        u"L"_s, u"a \"b\" c"_s, u"/l"_s, u"https://koongo.com/"_s, u"M"_s, host, u"/m"_s, u"https://koongo.com/"_s};
    QTest::addRow("long path") << QStringList{u"N"_s, host, u'/' + QString(ValueRules::maxPath - 1, u'"'),
                                              u"https://koongo.com/?acc=N"_s};
    QTest::addRow("long values") << QStringList{QString(ValueRules::maxCode, u'}'), host,
                                                u'/' + QString(ValueRules::maxPath - 1, u'"'),
                                                u"https://koongo.com/"_s + QString(ValueRules::maxUrl - 19, u'$')};
}

namespace {

// Every sample holds only what the value rules accept: what a central row may hold.
void verifyFitsValueRules(const QList<Rewrite> &rewrites)
{
    for (const Rewrite &r : rewrites) {
        for (const auto &[value, rule] :
             {std::pair(r.affiliateCode, ValueRules::code), std::pair(r.host, ValueRules::host),
              std::pair(r.path, ValueRules::path), std::pair(r.targetUrl, ValueRules::url)}) {
            const QString problem = ValueRules::checkText(u"value"_s, value, rule);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

} // namespace

// Every line of an export is one of the shapes it should have: an input character that ends a
// string or a line early shows up as a line of another shape, even where the server accepts it.
void verifyLineShapes(const QString &rules, const QStringList &shapes)
{
    QList<QRegularExpression> patterns;
    for (const QString &shape : shapes)
        patterns.append(QRegularExpression(u'^' + shape + u'$'));
    const QStringList lines = rules.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool known = std::any_of(patterns.cbegin(), patterns.cend(),
                                       [&](const QRegularExpression &p) { return p.match(lines.at(i)).hasMatch(); });
        QVERIFY2(known,
                 qPrintable(u"line %1 has no expected shape: %2\n--- export\n%3"_s.arg(i + 1).arg(lines.at(i), rules)));
    }
}

void TestRewritesConfigSyntax::nginxParses()
{
    QFETCH(QStringList, values);
    const QList<Rewrite> rewrites = rewritesOf(values);
    verifyFitsValueRules(rewrites);
    WebServerTestKit::WebServer nginx(WebServerTestKit::WebServer::Kind::Nginx);
    if (nginx.binary().isEmpty())
        QSKIP("nginx is not installed (Debian: apt-get install nginx-light); the export cannot be checked");
    const QString rules = RewriteExporter::toNginx(rewrites);
    QString error;
    QVERIFY2(nginx.checkSyntax(rules, &error), qPrintable(error));
    const QString quoted = uR"("(?:[^"\\]|\\.)*")"_s;
    verifyLineShapes(rules, {u""_s, u"#.*"_s, u"    #.*"_s, u"server \\{"_s, u"\\}"_s,
                             uR"(geo \$partnerdesk_dollar \{ default "\$"; \})"_s,
                             uR"(    server_name ([a-z0-9_.-]+) www\.\1;)"_s,
                             u"    location = (%1|[A-Za-z0-9/._~-]+) \\{ return 302 %1; \\}"_s.arg(quoted)});
    // Each rewrite on the store host keeps its locations (the bare path and its slash twin), or says
    // why not (a target of 2000 '$' is 40 kB quoted: more than nginx reads in one token).
    for (const Rewrite &r : rewrites) {
        if (r.host == u"koongo.com")
            QVERIFY2(rules.count(u"location = "_s) + rules.count(u"too long for nginx"_s) >= 2, qPrintable(rules));
    }
}

void TestRewritesConfigSyntax::apacheParses()
{
    QFETCH(QStringList, values);
    const QList<Rewrite> rewrites = rewritesOf(values);
    verifyFitsValueRules(rewrites);
    WebServerTestKit::WebServer apache(WebServerTestKit::WebServer::Kind::Apache);
    if (apache.binary().isEmpty())
        QSKIP("apache2 is not installed (Debian: apt-get install apache2); the export cannot be checked");
    const QString rules = RewriteExporter::toApache(rewrites);
    QString error;
    QVERIFY2(apache.checkSyntax(rules, &error), qPrintable(error));
    // mod_rewrite ends a quoted argument at the next '"' whatever precedes it (parseargline), and
    // an unquoted one at a blank.
    verifyLineShapes(rules, {u""_s, u"#.*"_s, u"RewriteEngine On"_s,
                             uR"(RewriteCond %\{HTTP_HOST\} \^\(www\\\.\)\?\S+\(:\[0-9\]\+\)\?\$ \[NC\])"_s,
                             uR"(RewriteRule "[^"]*" "[^"]*" \[R=302,L,NE\])"_s});
    QCOMPARE(rules.count(u"RewriteRule "_s), rules.count(u"RewriteCond "_s));
    for (const Rewrite &r : rewrites) {
        if (r.host == u"koongo.com")
            QVERIFY2(rules.contains(u"RewriteRule "_s), qPrintable(rules));
    }
}

QTEST_GUILESS_MAIN(TestRewritesConfigSyntax)
#include "tst_rewritesconfigsyntax.moc"
