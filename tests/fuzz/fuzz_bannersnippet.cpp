// The banner snippet a partner pastes into his site, re-read by a real HTML parser (libxml2's
// htmlReadMemory): exactly one <a> and one <img> inside it and nothing else; the <a>'s href is the
// tracked link, the <img>'s src the image URL and its title (and alt, when there is one) the banner
// title, character for character, whatever the title holds. Inputs are what the value rules let
// into a banner (ValueRules::name, checkImageUrl, ...): the snippet must be safe for all of them.
// Input: store URL 0xFF code 0xFF image URL 0xFF title 0xFF width/height bytes.

#include "core/bannersnippet.h"
#include "core/linkbuilder.h"
#include "core/valuerules.h"
#include "fuzzsupport.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;

namespace {

struct Found
{
    int anchors = 0;
    int images = 0;
    int others = 0;
    int texts = 0; // text nodes that are not blank
    QString href;
    QString src;
    QString title;
    std::optional<QString> alt;
    bool imageInAnchor = false;
};

QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

void walk(xmlNode *node, Found &found, bool inAnchor)
{
    for (; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE) {
            const QByteArray name(reinterpret_cast<const char *>(node->name));
            if (name == "a") {
                ++found.anchors;
                found.href = attribute(node, "href");
                walk(node->children, found, true);
                continue;
            }
            if (name == "img") {
                ++found.images;
                found.imageInAnchor = inAnchor;
                found.src = attribute(node, "src");
                found.title = attribute(node, "title");
                if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("alt")))
                    found.alt = attribute(node, "alt");
            } else if (name != "html" && name != "body") {
                ++found.others;
            }
        } else if (node->type == XML_TEXT_NODE) {
            if (!QString::fromUtf8(reinterpret_cast<const char *>(node->content)).trimmed().isEmpty())
                ++found.texts;
        }
        walk(node->children, found, inAnchor);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    xmlInitParser();
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzSupport::split(data, size, 5);
    const QString storeUrl = QString::fromUtf8(parts.at(0));
    const QString code = QString::fromUtf8(parts.at(1));
    const QString imageUrl = QString::fromUtf8(parts.at(2));
    const QString title = QString::fromUtf8(parts.at(3));
    const QByteArray sides = parts.at(4);
    const int width = 1 + (sides.size() > 0 ? quint8(sides.at(0)) * 37 : 468) % ValueRules::maxBannerSide;
    const int height = 1 + (sides.size() > 1 ? quint8(sides.at(1)) * 41 : 60) % ValueRules::maxBannerSide;

    // What a banner may hold, as the store and the central database accept it.
    if (!ValueRules::checkText(u"title"_s, title, ValueRules::name).isEmpty() ||
        !ValueRules::checkImageUrl(u"image_url"_s, imageUrl).isEmpty() || imageUrl.isEmpty())
        return 0;
    // The tracked link as the app makes it; any URL the value rules take when none can be made, so
    // that quotes, '<' and '&' reach the href too.
    QString trackedUrl = LinkBuilder::build(storeUrl, code, {u"koongo.com"_s}).url;
    if (trackedUrl.isEmpty()) {
        if (storeUrl.isEmpty() || !ValueRules::checkText(u"url"_s, storeUrl, ValueRules::url).isEmpty())
            return 0;
        trackedUrl = storeUrl;
    }

    const QByteArray snippet = BannerSnippet::render(trackedUrl, imageUrl, title, width, height).toUtf8();
    FUZZ_CHECK(!snippet.contains('\n') && !snippet.contains('\r'), "the snippet spans lines: %s", snippet.constData());
    htmlDocPtr document =
        htmlReadMemory(snippet.constData(), int(snippet.size()), "snippet.html", "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
    FUZZ_CHECK(document, "libxml2 cannot read the snippet: %s", snippet.constData());
    Found found;
    walk(xmlDocGetRootElement(document), found, false);
    xmlFreeDoc(document);

    FUZZ_CHECK(found.anchors == 1 && found.images == 1 && found.others == 0 && found.texts == 0,
               "%d <a>, %d <img>, %d other elements, %d texts in %s", found.anchors, found.images, found.others,
               found.texts, snippet.constData());
    FUZZ_CHECK(found.imageInAnchor, "the <img> is not inside the <a>: %s", snippet.constData());
    FUZZ_CHECK(found.href == trackedUrl, "href \"%s\" is not \"%s\"", text(found.href).constData(),
               text(trackedUrl).constData());
    FUZZ_CHECK(found.src == imageUrl, "src \"%s\" is not \"%s\"", text(found.src).constData(),
               text(imageUrl).constData());
    FUZZ_CHECK(found.title == title, "title \"%s\" is not \"%s\" in %s", text(found.title).constData(),
               text(title).constData(), snippet.constData());
    FUZZ_CHECK(!found.alt || *found.alt == title, "alt \"%s\" is not \"%s\"", text(*found.alt).constData(),
               text(title).constData());
    return 0;
}
