// The link builder (store URL + partner code): a link it makes parses as a strict QUrl, on the same
// host and scheme, without user info; its one `acc` query item decodes to exactly the code (read by
// QUrlQuery and by LinkBuilder::affiliateCodeOf, which attribution uses); the other query items
// and the fragment are kept. Building again from the link gives the same link.
// Input: URL 0xFF code 0xFF extra store host.

#include "core/hostname.h"
#include "core/linkbuilder.h"
#include "fuzzsupport.h"

#include <QUrl>
#include <QUrlQuery>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzSupport::split(data, size, 3);
    const QString url = QString::fromUtf8(parts.at(0));
    const QString code = QString::fromUtf8(parts.at(1));
    QStringList storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s};
    if (const QString extra = HostName::normalise(QString::fromUtf8(parts.at(2))); !extra.isEmpty())
        storeHosts.append(extra);

    const TrackedLink link = LinkBuilder::build(url, code, storeHosts);
    if (!link.isValid()) {
        FUZZ_CHECK(!link.error.isEmpty() && link.url.isEmpty(), "no link and no reason for \"%s\"",
                   text(url).constData());
        return 0;
    }
    const QUrl input(url.trimmed(), QUrl::StrictMode);
    const QUrl built(link.url, QUrl::StrictMode);
    FUZZ_CHECK(built.isValid(), "\"%s\" + \"%s\" -> \"%s\", not a valid URL: %s", text(url).constData(),
               text(code).constData(), text(link.url).constData(), text(built.errorString()).constData());
    FUZZ_CHECK(built.scheme().toLower() == input.scheme().toLower(), "scheme of \"%s\" became \"%s\"",
               text(url).constData(), text(link.url).constData());
    FUZZ_CHECK(built.userInfo().isEmpty(), "\"%s\" has user info", text(link.url).constData());
    FUZZ_CHECK(built.host(QUrl::FullyDecoded) == input.host(QUrl::FullyDecoded),
               "host of \"%s\" became \"%s\" in \"%s\"", text(input.host()).constData(), text(built.host()).constData(),
               text(link.url).constData());
    FUZZ_CHECK(built.port() == input.port(), "port of \"%s\" changed in \"%s\"", text(url).constData(),
               text(link.url).constData());
    FUZZ_CHECK(built.fragment(QUrl::FullyEncoded) == input.fragment(QUrl::FullyEncoded),
               "fragment of \"%s\" changed in \"%s\"", text(url).constData(), text(link.url).constData());
    bool onStore = false;
    for (const QString &storeHost : std::as_const(storeHosts))
        onStore = onStore || HostName::isOnStoreHost(HostName::normalise(built.host(QUrl::FullyDecoded)), storeHost);
    FUZZ_CHECK(onStore, "\"%s\" is not on a store host", text(link.url).constData());

    const QUrlQuery query(built);
    const QStringList codes = query.allQueryItemValues(LinkBuilder::parameterName.toString(), QUrl::FullyDecoded);
    FUZZ_CHECK(codes.size() == 1 && codes.first() == code, "\"%s\" holds %lld acc items, the first \"%s\", not \"%s\"",
               text(link.url).constData(), qint64(codes.size()), codes.isEmpty() ? "" : text(codes.first()).constData(),
               text(code).constData());
    const QString attributed = LinkBuilder::affiliateCodeOf(link.url);
    FUZZ_CHECK(attributed == code, "affiliateCodeOf(\"%s\") = \"%s\", not \"%s\"", text(link.url).constData(),
               text(attributed).constData(), text(code).constData());
    // Every other query item of the input is kept, in order.
    QList<std::pair<QString, QString>> kept = QUrlQuery(input).queryItems(QUrl::FullyEncoded);
    // (Empty items, "&&", carry nothing and may go.)
    kept.removeIf([](const auto &item) {
        return QUrl::fromPercentEncoding(item.first.toUtf8()) == LinkBuilder::parameterName ||
               (item.first.isEmpty() && item.second.isEmpty());
    });
    QList<std::pair<QString, QString>> others = query.queryItems(QUrl::FullyEncoded);
    others.removeIf([](const auto &item) {
        return item.first == LinkBuilder::parameterName || (item.first.isEmpty() && item.second.isEmpty());
    });
    FUZZ_CHECK(kept == others, "\"%s\" kept %lld other query items of %lld in \"%s\"", text(url).constData(),
               qint64(others.size()), qint64(kept.size()), text(link.url).constData());

    const TrackedLink again = LinkBuilder::build(link.url, code, storeHosts);
    FUZZ_CHECK(again.isValid() && again.url == link.url, "building from \"%s\" gives \"%s\" (%s)",
               text(link.url).constData(), text(again.url).constData(), text(again.error).constData());
    return 0;
}
