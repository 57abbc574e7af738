#pragma once

#include "core/records.h"

#include <QList>
#include <QString>

namespace PartnerDesk {

// Turns the managers' vanity paths into web server configuration: every rewrite answers with a
// 302 to its stored tracked URL, on its host and its "www." twin (host matching ignores "www."),
// with and without a trailing slash (attribution treats both as the same path). Pure text; the
// tricky part is quoting, because a tracked URL may hold '$', '%', '"' or '\'.
class RewriteExporter final
{
public:
    // `server { server_name HOST www.HOST; location = /path { return 302 "URL"; } }` per host.
    // Include the output inside the http { } block. A non-empty `listen` (see isNginxListen) adds
    // `listen LISTEN;` to every server block; without it nginx's default applies (port 80 as root).
    // A rewrite whose host is not a host name (a central row may hold any single-line text) is
    // left out of both exports, and a location nginx cannot read (a token over 4000 bytes) of this
    // one, each with a comment line saying so.
    static QString toNginx(const QList<Rewrite> &rewrites, const QString &listen = {});
    // mod_rewrite rules for the main server config or a virtual host (.htaccess works too).
    static QString toApache(const QList<Rewrite> &rewrites);

    // Whether `listen` is a plain nginx listen address: PORT, ADDR:PORT or [IPv6]:PORT.
    static bool isNginxListen(const QString &listen);

    // The contents of an nginx double-quoted string that yields `text` literally: '"' and '\'
    // escaped, '$' (which nginx would read as a variable) spelled as the ${partnerdesk_dollar}
    // variable that toNginx() defines when any URL needs it.
    static QString nginxQuoted(const QString &text);
    // A mod_rewrite substitution (without the surrounding quotes) that expands to `url`:
    // '\', '$' and '%' backslash-escaped, '"' and control characters percent-encoded.
    static QString apacheSubstitution(const QString &url);
    // A PCRE pattern matching `text` literally.
    static QString regexLiteral(const QString &text);
};

} // namespace PartnerDesk
