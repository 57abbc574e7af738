#include "passwordredaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

const QString hidden = u"***"_s;

} // namespace

QString withoutPasswords(const QString &text, const QStringList &passwords)
{
    QString result = text;
    for (const QString &password : passwords) {
        if (password.size() >= 4)
            result.replace(password, hidden);
    }
    // scheme://user:password@host: the password runs to the last '@' before the next space (a
    // password with an unencoded '/' or '@' is still covered; a URL with ':' and '@' but no password
    // loses a little more than it needs to).
    static const QRegularExpression userInfo(u"([A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#@:]*):\\S*@"_s);
    result.replace(userInfo, u"\\1:"_s + hidden + u'@');
    // password=value, password = 'quoted \' value', ?password=value&... (libpq's keyword, any case).
    static const QRegularExpression keyword(u"(\\bpassword\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^\\s&;]*)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    result.replace(keyword, u"\\1"_s + hidden);
    return result;
}

} // namespace PartnerDesk
