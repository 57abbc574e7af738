// Host normalisation (IDN, "www.", trailing dot, wildcards): a normalised host is lower-case ASCII
// (punycode), without blanks, at most 253 characters in labels of at most 63; normalising it again
// changes nothing; it is on its own store host. The same for a registered domain pattern, whose
// wildcard covers the domain and its subdomains. HostName::ofUrl() of an http URL on the host
// agrees with normalise().

#include "core/hostname.h"
#include "fuzzsupport.h"

#include <QUrl>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;

namespace {

void checkAsciiHost(const QString &input, const QString &host)
{
    FUZZ_CHECK(host.size() <= 253, "\"%s\" -> %lld characters", text(input).constData(), qint64(host.size()));
    for (const QChar c : host) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        FUZZ_CHECK(ok, "\"%s\" -> \"%s\" holds U+%04X", text(input).constData(), text(host).constData(),
                   unsigned(c.unicode()));
    }
    for (const QString &label : host.split(u'.'))
        FUZZ_CHECK(!label.isEmpty() && label.size() <= 63, "\"%s\" -> \"%s\" has a label of %lld characters",
                   text(input).constData(), text(host).constData(), qint64(label.size()));
}

void checkHost(const QString &input)
{
    const QString host = HostName::normalise(input);
    if (host.isEmpty())
        return;
    checkAsciiHost(input, host);
    // Idempotent as tst_hostname states it: each pass drops one leading "www." only (DESIGN.md: "a
    // single leading www. ignored"), so "www.www.x" -> "www.x" -> "x" -> "x".
    const QString again = HostName::normalise(host);
    if (host.startsWith(u"www.")) {
        if (!again.isEmpty())
            checkAsciiHost(host, again);
    } else {
        FUZZ_CHECK(again == host, "normalise(\"%s\") = \"%s\", normalised again \"%s\"", text(input).constData(),
                   text(host).constData(), text(again).constData());
    }
    FUZZ_CHECK(HostName::isOnStoreHost(host, host), "\"%s\" is not on itself", text(host).constData());
    FUZZ_CHECK(HostName::isOnStoreHost(u"shop."_s + host, host), "shop.%s is not on %s", text(host).constData(),
               text(host).constData());
    // The host in a URL: what the link builder and the importers see.
    const QUrl url(u"https://"_s + host + u"/path"_s, QUrl::StrictMode);
    FUZZ_CHECK(url.isValid(), "https://%s/path is not a valid URL: %s", text(host).constData(),
               text(url.errorString()).constData());
    const QString ofUrl = HostName::ofUrl(url.toString());
    FUZZ_CHECK(ofUrl == again, "ofUrl(https://%s/path) = \"%s\"", text(host).constData(), text(ofUrl).constData());
}

void checkPattern(const QString &input)
{
    const QString pattern = HostName::normaliseDomainPattern(input);
    if (pattern.isEmpty())
        return;
    const bool wildcard = pattern.startsWith(u"*.");
    const QString domain = wildcard ? pattern.mid(2) : pattern;
    checkAsciiHost(input, domain);
    FUZZ_CHECK(domain.contains(u'.'), "pattern \"%s\" -> \"%s\" has one label", text(input).constData(),
               text(pattern).constData());
    const QString again = HostName::normaliseDomainPattern(pattern);
    // As for hosts, a second leading "www." goes on the next pass (and what it leaves may read as
    // an IPv4 address); without one the pattern is stable.
    if (!domain.startsWith(u"www."))
        FUZZ_CHECK(again == pattern, "normaliseDomainPattern(\"%s\") = \"%s\", again \"%s\"", text(input).constData(),
                   text(pattern).constData(), text(again).constData());
    FUZZ_CHECK(HostName::matchesDomain(domain, pattern), "\"%s\" does not match its own domain",
               text(pattern).constData());
    FUZZ_CHECK(HostName::matchesDomain(u"a."_s + domain, pattern) == wildcard, "a subdomain and \"%s\": wildcard %d",
               text(pattern).constData(), wildcard);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkHost(input);
    checkPattern(input);
    return 0;
}
