#include "smtpsender.h"

#include "core/timestamp.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <QUrl>
#include <curl/curl.h>
#include <mutex>

namespace PartnerDesk {

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype wanted = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype chunk = qMin(wanted, left);
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(chunk));
    upload->offset += chunk;
    return size_t(chunk);
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return false;
    }
    return true;
}

// RFC 2047: encoded words of at most 75 characters, split between characters, folded.
QByteArray headerText(const QString &text)
{
    if (isAscii(text))
        return text.toUtf8();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString character(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            character += text.at(++i);
        const QByteArray bytes = character.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray result;
    for (const QByteArray &word : std::as_const(words)) {
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return result;
}

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    return line;
}

} // namespace

QString SmtpSettings::problem() const
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.isEmpty())
        return SmtpSender::tr("Give the SMTP server, e.g. smtp://mail.example.com:587 (STARTTLS) or "
                              "smtps://mail.example.com:465 (TLS).");
    if (!parsed.isValid() || (parsed.scheme() != u"smtp" && parsed.scheme() != u"smtps") || parsed.host().isEmpty())
        return SmtpSender::tr("\"%1\" is not an SMTP server URL; use smtp://HOST:PORT (STARTTLS) or "
                              "smtps://HOST:PORT (TLS).")
            .arg(url);
    if (!parsed.userInfo().isEmpty())
        return SmtpSender::tr("Give the SMTP user and password separately, not in the server URL.");
    if (!SmtpSender::isAddress(from))
        return SmtpSender::tr("\"%1\" is not a sender e-mail address.").arg(from);
    if (!user.isEmpty() && password.isEmpty())
        return SmtpSender::tr("The SMTP user %1 needs a password.").arg(user);
    return {};
}

SmtpSettings SmtpSettings::load(QSettings &settings)
{
    SmtpSettings loaded;
    settings.beginGroup(settingsGroup());
    loaded.url = settings.value(QStringLiteral("url")).toString();
    loaded.user = settings.value(QStringLiteral("user")).toString();
    loaded.from = settings.value(QStringLiteral("from")).toString();
    loaded.fromName = settings.value(QStringLiteral("fromName")).toString();
    loaded.caFile = settings.value(QStringLiteral("caFile")).toString();
    loaded.connectTimeoutSeconds =
        settings.value(QStringLiteral("connectTimeoutSeconds"), loaded.connectTimeoutSeconds).toInt();
    loaded.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), loaded.timeoutSeconds).toInt();
    settings.endGroup();
    return loaded;
}

void SmtpSettings::save(QSettings &settings) const
{
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("url"), url);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("from"), from);
    settings.setValue(QStringLiteral("fromName"), fromName);
    settings.setValue(QStringLiteral("caFile"), caFile);
    settings.setValue(QStringLiteral("connectTimeoutSeconds"), connectTimeoutSeconds);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    settings.endGroup();
}

bool SmtpSender::isAddress(const QString &address)
{
    // The rule of AffiliateStore::add; no spaces, no line breaks, no angle brackets.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    initialiseCurl();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

QByteArray SmtpSender::compose(const SmtpSettings &settings, const SmtpMessage &message, qint64 now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    QByteArray text;
    const QByteArray from = settings.fromName.isEmpty()
                                ? settings.from.toUtf8()
                                : headerText(oneLine(settings.fromName)) + " <" + settings.from.toUtf8() + '>';
    text += "From: " + from + "\r\n";
    text += "To: " + message.to.toUtf8() + "\r\n";
    text += "Subject: " + headerText(oneLine(message.subject)) + "\r\n";
    text += "Date: " + QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000\r\n";
    if (!message.messageId.isEmpty())
        text += "Message-ID: <" + oneLine(message.messageId).toUtf8() + ">\r\n";
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=UTF-8\r\n";
    text += "Content-Transfer-Encoding: base64\r\n";
    text += "Auto-Submitted: auto-generated\r\n";
    text += "\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        text += encoded.mid(i, 76) + "\r\n";
    return text;
}

Status SmtpSender::send(const SmtpMessage &message)
{
    if (const QString problem = m_settings.problem(); !problem.isEmpty())
        return Status::failure(problem);
    if (!isAddress(message.to))
        return Status::failure(tr("\"%1\" is not an e-mail address.").arg(message.to));
    if (!m_curl)
        m_curl = curl_easy_init();
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return Status::failure(tr("libcurl could not be started."));
    curl_easy_reset(curl);

    Upload upload{compose(m_settings, message, Timestamp::now()), 0};
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toLocal8Bit();
    const QByteArray from = '<' + m_settings.from.toUtf8() + '>';
    const QByteArray to = '<' + message.to.toUtf8() + '>';
    char error[CURL_ERROR_SIZE] = {};
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // smtp://: STARTTLS or nothing (CURLUSESSL_ALL); smtps:// is TLS anyway.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    // The password must not outlive the call in libcurl's copy.
    curl_easy_setopt(curl, CURLOPT_PASSWORD, "");
    if (code == CURLE_OK)
        return Done{};
    const QString detail = error[0] ? QString::fromUtf8(error).trimmed() : QString::fromUtf8(curl_easy_strerror(code));
    QString text;
    switch (code) {
    case CURLE_LOGIN_DENIED:
        text = tr("The SMTP server refused the login of %1: %2").arg(m_settings.user, detail);
        break;
    case CURLE_USE_SSL_FAILED:
        text = tr("The SMTP server does not offer STARTTLS, so nothing was sent (%1).").arg(detail);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        text = tr("The SMTP server's TLS could not be verified: %1").arg(detail);
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
        text = tr("The SMTP server %1 could not be reached: %2").arg(m_settings.url, detail);
        break;
    default:
        text = tr("The SMTP server did not take the message: %1").arg(detail);
        break;
    }
    if (reply > 0)
        text += tr(" (SMTP reply %1)").arg(reply);
    return Status::failure(text);
}

} // namespace PartnerDesk
