#include "rewriteexporter.h"

#include <QMap>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

constexpr auto dollarVariable = "partnerdesk_dollar"_L1;

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

QString percentEncoded(QChar c)
{
    return u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
}

// Comments end at the line end, so a code with a line break must not start a directive.
QString commentText(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (isControl(c))
            c = u' ';
    }
    return result;
}

// Rewrites grouped by host, hosts and paths sorted, so the output is stable between runs.
QMap<QString, QList<Rewrite>> byHost(const QList<Rewrite> &rewrites)
{
    QMap<QString, QList<Rewrite>> groups;
    for (const Rewrite &rewrite : rewrites)
        groups[rewrite.host].append(rewrite);
    for (QList<Rewrite> &group : groups) {
        std::stable_sort(group.begin(), group.end(),
                         [](const Rewrite &a, const Rewrite &b) { return a.path < b.path; });
    }
    return groups;
}

// The path and, when it is not the root, its trailing-slash twin.
QStringList pathVariants(const QString &path)
{
    QString bare = path;
    while (bare.size() > 1 && bare.endsWith(u'/'))
        bare.chop(1);
    if (bare == u"/")
        return {bare};
    return {bare, bare + u'/'};
}

// A location argument: bare when it is plainly safe, otherwise double-quoted. Not a script, so
// '$' needs no care here.
QString nginxLocation(const QString &path)
{
    const bool plain = std::all_of(path.cbegin(), path.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               u"/._~-"_s.contains(c);
    });
    if (plain)
        return path;
    QString quoted;
    for (QChar c : path) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    return u'"' + quoted + u'"';
}

// The stored host is a normalised host name; a central row may hold any single-line text there,
// which server_name (nginx reads "~..." as a regex, "*" as a wildcard, ';' '{' as syntax) and an
// unquoted RewriteCond would take as configuration. Such rewrites are left out, with a comment.
bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'.') || host.endsWith(u'.') || host.contains(u".."_s))
        return false;
    return std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
    });
}

QString leftOutComment(const QString &host, qsizetype count)
{
    return u"# Left out (%1 rewrite(s)): \""_s.arg(count) + commentText(host) + u"\" is not a host name.\n"_s;
}

// nginx reads a configuration token into a buffer of 4096 bytes (NGX_CONF_BUFFER) and refuses a
// longer one ("too long parameter"); a target of many '$' grows 21-fold when quoted.
constexpr qsizetype nginxMaxToken = 4000;

bool needsDollar(const QList<Rewrite> &rewrites)
{
    return std::any_of(rewrites.cbegin(), rewrites.cend(),
                       [](const Rewrite &rewrite) { return rewrite.targetUrl.contains(u'$'); });
}

} // namespace

QString RewriteExporter::nginxQuoted(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            result += u'\\' + QString(c);
        else if (c == u'$')
            result += u"${"_s + dollarVariable + u'}';
        else if (isControl(c))
            result += percentEncoded(c);
        else
            result += c;
    }
    return result;
}

QString RewriteExporter::apacheSubstitution(const QString &url)
{
    // mod_rewrite reads its arguments itself: inside "..." nothing escapes a '"', and in the
    // substitution '\' escapes the next character, '$N' and '%N' are back-references.
    QString result;
    result.reserve(url.size() + 8);
    for (QChar c : url) {
        if (c == u'\\' || c == u'$' || c == u'%')
            result += u'\\' + QString(c);
        else if (c == u'"' || c == u' ' || isControl(c))
            result += u'\\' + percentEncoded(c);
        else
            result += c;
    }
    return result;
}

QString RewriteExporter::regexLiteral(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (QChar c : text) {
        if (u"\\^$.|?*+()[]{}"_s.contains(c))
            result += u'\\' + QString(c);
        else if (c == u'"' || isControl(c))
            result += u"\\x"_s + percentEncoded(c).mid(1);
        else
            result += c;
    }
    return result;
}

bool RewriteExporter::isNginxListen(const QString &listen)
{
    static const QRegularExpression pattern(u"^(?:(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]):)?([0-9]{1,5})$"_s);
    const QRegularExpressionMatch match = pattern.match(listen);
    if (!match.hasMatch())
        return false;
    const int port = match.captured(1).toInt();
    return port > 0 && port <= 65535;
}

QString RewriteExporter::toNginx(const QList<Rewrite> &rewrites, const QString &listen)
{
    QString out = u"# PartnerDesk vanity links: a 302 to each partner's tracked URL.\n"
                  u"# Include inside http { }; if the store already has a server block for a host,\n"
                  u"# move that host's location blocks into it instead.\n"_s;
    if (needsDollar(rewrites))
        out += u"geo $"_s + dollarVariable + u" { default \"$\"; }\n"_s;
    const auto groups = byHost(rewrites);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!isHostName(it.key()))
            out += leftOutComment(it.key(), it.value().size());
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!isHostName(it.key()))
            continue;
        out += u"\nserver {\n"_s;
        if (!listen.isEmpty())
            out += u"    listen "_s + listen + u";\n"_s;
        out += u"    server_name "_s + it.key() + u" www."_s + it.key() + u";\n"_s;
        for (const Rewrite &rewrite : it.value()) {
            out += u"    # "_s + commentText(rewrite.affiliateCode) + u'\n';
            const QString target = nginxQuoted(rewrite.targetUrl);
            for (const QString &path : pathVariants(rewrite.path)) {
                const QString location = nginxLocation(path);
                if (location.toUtf8().size() > nginxMaxToken || target.toUtf8().size() > nginxMaxToken) {
                    out += u"    # Left out: the path or the target is too long for nginx.\n"_s;
                    continue;
                }
                out += u"    location = "_s + location + u" { return 302 \""_s + target + u"\"; }\n"_s;
            }
        }
        out += u"}\n"_s;
    }
    return out;
}

QString RewriteExporter::toApache(const QList<Rewrite> &rewrites)
{
    QString out = u"# PartnerDesk vanity links: a 302 to each partner's tracked URL (mod_rewrite).\n"
                  u"RewriteEngine On\n"_s;
    const auto groups = byHost(rewrites);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!isHostName(it.key()))
            out += leftOutComment(it.key(), it.value().size());
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (!isHostName(it.key()))
            continue;
        const QString hostCondition =
            u"RewriteCond %{HTTP_HOST} ^(www\\.)?"_s + regexLiteral(it.key()) + u"(:[0-9]+)?$ [NC]\n"_s;
        out += u"\n# "_s + commentText(it.key()) + u'\n';
        for (const Rewrite &rewrite : it.value()) {
            QString path = rewrite.path;
            while (path.startsWith(u'/'))
                path.remove(0, 1);
            while (path.endsWith(u'/'))
                path.chop(1);
            // "^/?" matches in server context (leading '/') and in .htaccess (stripped).
            const QString pattern = path.isEmpty() ? u"^/?$"_s : u"^/?"_s + regexLiteral(path) + u"/?$"_s;
            out += u"# "_s + commentText(rewrite.affiliateCode) + u'\n';
            out += hostCondition;
            out += u"RewriteRule \""_s + pattern + u"\" \""_s + apacheSubstitution(rewrite.targetUrl) +
                   u"\" [R=302,L,NE]\n"_s;
        }
    }
    return out;
}

} // namespace PartnerDesk
