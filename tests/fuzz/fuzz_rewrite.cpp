// Vanity paths and the nginx / Apache export. RewriteStore::normalisePath: an accepted path is
// "/" + segments of [A-Za-z0-9._~-], no "//", "." or "..", no trailing slash, and normalising it
// again changes nothing. The exporters, fed rewrites whose values the value rules accept (what a
// central row may hold): the output has exactly the lines it should (no input character adds a line
// break), nginx's tokens are exactly `server { server_name H www.H; location = P { return 302 "T";
// } ... }` with P and T what was stored, and each Apache RewriteRule has exactly its two quoted
// arguments and flags, the pattern matching the path (with and without slashes) and the host
// condition matching the host and its www. twin.
// Input: up to three rewrites, each code 0xFF host 0xFF path 0xFF target.

#include "core/rewriteexporter.h"
#include "core/valuerules.h"
#include "fuzzsupport.h"
#include "store/rewritestore.h"

#include <QRegularExpression>
#include <map>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;

namespace {

void checkPath(const QString &input)
{
    const Result<QString> path = RewriteStore::normalisePath(input);
    if (!path) {
        FUZZ_CHECK(!path.error().isEmpty(), "\"%s\" refused without a reason", text(input).constData());
        return;
    }
    const QString &p = *path;
    FUZZ_CHECK(p.startsWith(u'/') && p.size() > 1 && !p.endsWith(u'/') && p.size() <= RewriteStore::maxPathLength,
               "\"%s\" -> \"%s\"", text(input).constData(), text(p).constData());
    for (const QString &segment : p.mid(1).split(u'/')) {
        FUZZ_CHECK(!segment.isEmpty() && segment != u"." && segment != u"..", "\"%s\" -> \"%s\" has segment \"%s\"",
                   text(input).constData(), text(p).constData(), text(segment).constData());
        for (const QChar c : segment) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                            u"._~-"_s.contains(c);
            FUZZ_CHECK(ok, "\"%s\" -> \"%s\" holds U+%04X", text(input).constData(), text(p).constData(),
                       unsigned(c.unicode()));
        }
    }
    const Result<QString> again = RewriteStore::normalisePath(p);
    FUZZ_CHECK(again && *again == p, "\"%s\" -> \"%s\", normalised again: %s", text(input).constData(),
               text(p).constData(), text(again ? *again : again.error()).constData());
}

// nginx's configuration tokens (ngx_conf_read_token): words, "..." and '...' strings with \" \\ \'
// \t \r \n escapes, ';' '{' '}', '#' comments to the line end.
struct Token
{
    QString text;
    int line;
    bool quoted;
};

QList<Token> nginxTokens(const QString &conf)
{
    QList<Token> tokens;
    int line = 1;
    for (qsizetype i = 0; i < conf.size();) {
        const QChar c = conf.at(i);
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c == u' ' || c == u'\t' || c == u'\r') {
            ++i;
        } else if (c == u'#') {
            while (i < conf.size() && conf.at(i) != u'\n')
                ++i;
        } else if (c == u';' || c == u'{' || c == u'}') {
            tokens.append({QString(c), line, false});
            ++i;
        } else if (c == u'"' || c == u'\'') {
            QString value;
            const int start = line;
            for (++i; i < conf.size() && conf.at(i) != c; ++i) {
                QChar d = conf.at(i);
                if (d == u'\n')
                    ++line;
                if (d == u'\\' && i + 1 < conf.size()) {
                    const QChar e = conf.at(i + 1);
                    if (e == u'"' || e == u'\'' || e == u'\\') {
                        d = e;
                        ++i;
                    } else if (e == u't' || e == u'r' || e == u'n') {
                        d = e == u't' ? u'\t' : e == u'r' ? u'\r' : u'\n';
                        ++i;
                    }
                }
                value += d;
            }
            FUZZ_CHECK(i < conf.size(), "an unclosed nginx string from line %d", start);
            ++i;
            FUZZ_CHECK(i == conf.size() || u" \t\r\n;{}"_s.contains(conf.at(i)),
                       "nginx wants a space after a quoted string on line %d", line);
            tokens.append({value, start, true});
        } else {
            QString value;
            while (i < conf.size() && !u" \t\r\n;{}"_s.contains(conf.at(i))) {
                FUZZ_CHECK(conf.at(i) != u'"' && conf.at(i) != u'\'', "a quote inside an nginx word on line %d", line);
                value += conf.at(i++);
            }
            tokens.append({value, line, false});
        }
    }
    return tokens;
}

QStringList pathVariants(const QString &path)
{
    QString bare = path;
    while (bare.size() > 1 && bare.endsWith(u'/'))
        bare.chop(1);
    return bare == u"/" ? QStringList{bare} : QStringList{bare, bare + u'/'};
}

using Groups = std::map<QString, QList<Rewrite>>;

// The exports leave out the rewrites of a host that is not a host name, with one comment line each.
bool isHostName(const QString &host)
{
    static const QRegularExpression name(u"^[a-z0-9_-]+(\\.[a-z0-9_-]+)*$"_s);
    return name.match(host).hasMatch();
}

// The location argument nginx gets: bare when plain, else quoted with '"' and '\' escaped.
QString nginxLocation(const QString &path)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9/._~-]*$"_s);
    if (plain.match(path).hasMatch())
        return path;
    QString quoted;
    for (const QChar c : path) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

// nginx refuses a token over its 4 kB buffer: the export leaves such a location out, saying so.
bool tooLongForNginx(const QString &path, const QString &target)
{
    return nginxLocation(path).toUtf8().size() > 4000 || RewriteExporter::nginxQuoted(target).toUtf8().size() > 4000;
}

void checkNginx(const QList<Rewrite> &rewrites, const Groups &groups, const QString &conf)
{
    bool dollar = false;
    qsizetype lines = 3; // the header comment
    for (const auto &[host, group] : groups) {
        for (const Rewrite &r : group)
            dollar = dollar || r.targetUrl.contains(u'$');
        if (!isHostName(host)) {
            lines += 1; // "# Left out ..."
            continue;
        }
        lines += 4; // blank, server {, server_name, }
        for (const Rewrite &r : group) {
            lines += 1 + pathVariants(r.path).size();
        }
    }
    lines += dollar ? 1 : 0;
    FUZZ_CHECK(conf.count(u'\n') == lines, "the nginx export has %lld lines, not %lld:\n%s", qint64(conf.count(u'\n')),
               qint64(lines), text(conf).constData());

    const QList<Token> tokens = nginxTokens(conf);
    qsizetype t = 0;
    auto expect = [&](const QString &want, bool quoted = false) {
        FUZZ_CHECK(t < tokens.size() && tokens.at(t).text == want && (!quoted || tokens.at(t).quoted),
                   "nginx token %lld is \"%s\", not \"%s\", in:\n%s", qint64(t),
                   t < tokens.size() ? text(tokens.at(t).text).constData() : "(end)", text(want).constData(),
                   text(conf).constData());
        return tokens.at(t++).line;
    };
    if (dollar) {
        for (const QString &word : {u"geo"_s, u"$partnerdesk_dollar"_s, u"{"_s, u"default"_s, u"$"_s, u";"_s, u"}"_s})
            expect(word);
    }
    for (const auto &[host, group] : groups) {
        if (!isHostName(host))
            continue;
        expect(u"server"_s);
        expect(u"{"_s);
        expect(u"server_name"_s);
        expect(host);
        expect(u"www."_s + host);
        expect(u";"_s);
        for (const Rewrite &r : group) {
            QString target = r.targetUrl;
            for (const QString &path : pathVariants(r.path)) {
                if (tooLongForNginx(path, target)) {
                    FUZZ_CHECK(conf.contains(u"too long for nginx"_s), "a long location is left out silently");
                    continue;
                }
                const int line = expect(u"location"_s);
                expect(u"="_s);
                expect(path);
                expect(u"{"_s);
                expect(u"return"_s);
                expect(u"302"_s);
                FUZZ_CHECK(t < tokens.size() && tokens.at(t).quoted, "the target is not quoted:\n%s",
                           text(conf).constData());
                const QString evaluated = QString(tokens.at(t++).text).replace(u"${partnerdesk_dollar}"_s, u"$"_s);
                FUZZ_CHECK(!evaluated.contains(u'$') || evaluated.count(u'$') == target.count(u'$'),
                           "an nginx variable in the target: %s", text(evaluated).constData());
                FUZZ_CHECK(evaluated == target, "nginx redirects to \"%s\", not \"%s\"", text(evaluated).constData(),
                           text(target).constData());
                expect(u";"_s);
                const int end = expect(u"}"_s);
                FUZZ_CHECK(end == line, "a location spans lines %d to %d:\n%s", line, end, text(conf).constData());
            }
        }
        expect(u"}"_s);
    }
    FUZZ_CHECK(t == tokens.size(), "%lld nginx tokens after the last server block:\n%s", qint64(tokens.size() - t),
               text(conf).constData());
    (void)rewrites;
}

// mod_rewrite's reading of "RewriteRule "A" "B" [flags]" (parseargline): a quoted argument ends at
// the next quote, there is no escaping it; the argument is the text as it stands.
QStringList apacheArguments(QStringView line)
{
    QStringList args;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        if (i == line.size())
            break;
        const QChar quote = line.at(i) == u'"' || line.at(i) == u'\'' ? line.at(i) : QChar();
        if (!quote.isNull())
            ++i;
        QString arg;
        for (; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if ((quote.isNull() && c.isSpace()) || (!quote.isNull() && c == quote))
                break;
            // A backslash before a blank keeps the blank in the argument (and stays itself).
            if (c == u'\\' && i + 1 < line.size() && line.at(i + 1).isSpace())
                arg += line.at(i++);
            arg += line.at(i);
        }
        if (!quote.isNull())
            ++i;
        args.append(arg);
    }
    return args;
}

// What mod_rewrite makes of a substitution: '\' takes the next character literally.
QString apacheUnescape(const QString &substitution)
{
    QString result;
    for (qsizetype i = 0; i < substitution.size(); ++i) {
        if (substitution.at(i) == u'\\' && i + 1 < substitution.size())
            ++i;
        result += substitution.at(i);
    }
    return result;
}

void checkApache(const Groups &groups, const QString &conf)
{
    QStringList lines = conf.split(u'\n');
    FUZZ_CHECK(lines.last().isEmpty(), "the Apache export does not end with a line end");
    lines.removeLast();
    qsizetype want = 2;
    for (const auto &[host, group] : groups)
        want += isHostName(host) ? 2 + 3 * group.size() : 1;
    FUZZ_CHECK(lines.size() == want, "the Apache export has %lld lines, not %lld:\n%s", qint64(lines.size()),
               qint64(want), text(conf).constData());
    qsizetype l = 2;
    for (const auto &[host, group] : groups) {
        if (!isHostName(host)) {
            FUZZ_CHECK(lines.at(l).startsWith(u"# Left out"), "no comment for the host left out at line %lld:\n%s",
                       qint64(l + 1), text(conf).constData());
            ++l;
        }
    }
    for (const auto &[host, group] : groups) {
        if (!isHostName(host))
            continue;
        FUZZ_CHECK(lines.at(l).isEmpty() && lines.at(l + 1).startsWith(u"# "), "no host comment at line %lld:\n%s",
                   qint64(l + 1), text(conf).constData());
        l += 2;
        for (const Rewrite &r : group) {
            FUZZ_CHECK(lines.at(l).startsWith(u"# "), "no code comment at line %lld", qint64(l + 1));
            const QStringList cond = apacheArguments(lines.at(l + 1));
            FUZZ_CHECK(cond.size() == 4 && cond.at(0) == u"RewriteCond" && cond.at(1) == u"%{HTTP_HOST}" &&
                           cond.at(3) == u"[NC]",
                       "line %lld is %lld arguments: %s", qint64(l + 2), qint64(cond.size()),
                       text(lines.at(l + 1)).constData());
            const QRegularExpression hostPattern(cond.at(2), QRegularExpression::CaseInsensitiveOption);
            FUZZ_CHECK(hostPattern.isValid(), "bad host pattern %s", text(cond.at(2)).constData());
            for (const QString &h : QStringList{host, u"www."_s + host, host + u":8080"_s})
                FUZZ_CHECK(hostPattern.match(h).hasMatch(), "%s does not match host %s", text(cond.at(2)).constData(),
                           text(h).constData());
            FUZZ_CHECK(!hostPattern.match(u"x"_s + host).hasMatch(), "%s matches x%s", text(cond.at(2)).constData(),
                       text(host).constData());

            const QStringList rule = apacheArguments(lines.at(l + 2));
            FUZZ_CHECK(rule.size() == 4 && rule.at(0) == u"RewriteRule" && rule.at(3) == u"[R=302,L,NE]",
                       "line %lld is %lld arguments: %s", qint64(l + 3), qint64(rule.size()),
                       text(lines.at(l + 2)).constData());
            const QRegularExpression pathPattern(rule.at(1));
            FUZZ_CHECK(pathPattern.isValid(), "bad path pattern %s", text(rule.at(1)).constData());
            QString bare = r.path;
            while (bare.startsWith(u'/'))
                bare.remove(0, 1);
            while (bare.endsWith(u'/'))
                bare.chop(1);
            const QStringList requested =
                bare.isEmpty() ? QStringList{bare, u"/"_s} : QStringList{bare, u"/"_s + bare, u"/"_s + bare + u"/"_s};
            for (const QString &p : requested)
                FUZZ_CHECK(pathPattern.match(p).hasMatch(), "%s does not match path %s", text(rule.at(1)).constData(),
                           text(p).constData());
            FUZZ_CHECK(!pathPattern.match(u"/x"_s + bare).hasMatch() || bare.isEmpty(), "%s matches /x%s",
                       text(rule.at(1)).constData(), text(bare).constData());
            QString target;
            for (const QChar c : r.targetUrl) {
                if (c == u'"' || c == u' ' || c.unicode() < 0x20 || c.unicode() == 0x7f)
                    target += u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
                else
                    target += c;
            }
            const QString location = apacheUnescape(rule.at(2));
            FUZZ_CHECK(location == target, "Apache redirects to \"%s\", not \"%s\"", text(location).constData(),
                       text(target).constData());
            l += 3;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzSupport::split(data, size, 4);
    for (const QByteArray &part : parts)
        checkPath(QString::fromUtf8(part));

    // Rewrites as a central row may hold them: whatever the value rules let through.
    QList<Rewrite> rewrites;
    for (qsizetype i = 0; i + 3 < parts.size() && rewrites.size() < 3; i += 4) {
        Rewrite r;
        r.id = i + 1;
        r.affiliateCode = QString::fromUtf8(parts.at(i));
        r.host = QString::fromUtf8(parts.at(i + 1));
        r.path = QString::fromUtf8(parts.at(i + 2));
        r.targetUrl = QString::fromUtf8(parts.at(i + 3));
        if (!ValueRules::checkText(u"code"_s, r.affiliateCode, ValueRules::code).isEmpty() ||
            !ValueRules::checkText(u"host"_s, r.host, ValueRules::host).isEmpty() ||
            !ValueRules::checkText(u"path"_s, r.path, ValueRules::path).isEmpty() ||
            !ValueRules::checkText(u"url"_s, r.targetUrl, ValueRules::url).isEmpty())
            continue;
        rewrites.append(r);
    }
    if (rewrites.isEmpty())
        return 0;
    Groups groups;
    for (const Rewrite &r : std::as_const(rewrites))
        groups[r.host].append(r);
    for (auto &[host, group] : groups)
        std::stable_sort(group.begin(), group.end(),
                         [](const Rewrite &a, const Rewrite &b) { return a.path < b.path; });
    checkNginx(rewrites, groups, RewriteExporter::toNginx(rewrites));
    checkApache(groups, RewriteExporter::toApache(rewrites));
    return 0;
}
