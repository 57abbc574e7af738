#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace PartnerDesk {

// How notices leave: the store's SMTP server. Never plain text: smtp:// requires STARTTLS (the
// server must offer it, or nothing is sent), smtps:// is TLS from the first byte. The server's
// certificate is verified against the system's CAs, or `caFile` when given.
struct SmtpSettings
{
    QString url;  // smtp://mail.example.com:587 or smtps://mail.example.com:465
    QString user; // "" for a server that takes mail without AUTH
    QString password;
    QString from;     // the sender address, e.g. partners@store.example
    QString fromName; // optional display name, e.g. "Koongo Partner Program"
    QString caFile;   // PEM CA certificates; "" for the system's
    int connectTimeoutSeconds = 20;
    int timeoutSeconds = 120;

    // "" when usable, else what is wrong, for the user.
    QString problem() const;

    // Everything but the password (that belongs in the keychain), in the group settingsGroup().
    static SmtpSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    static QString settingsGroup() { return QStringLiteral("NoticeSmtp"); }
};

struct SmtpMessage
{
    QString to;
    QString subject;
    QString body;      // plain text
    QString messageId; // without <>; "" for none
};

// Sends mail through libcurl's SMTP (Debian libcurl4-openssl-dev): STARTTLS or implicit TLS,
// AUTH (whatever the server offers of PLAIN, LOGIN...), the CA file, timeouts. Errors are
// sentences with the server's reply code. One object per thread; it keeps its connection open
// between messages.
class SmtpSender final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
    Q_DISABLE_COPY_MOVE(SmtpSender)

public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();

    Status send(const SmtpMessage &message);

    // The message as it goes on the wire: headers (non-ASCII ones RFC 2047 encoded), UTF-8 body in
    // base64, CRLF line ends. `now`: seconds since the epoch for the Date header.
    static QByteArray compose(const SmtpSettings &settings, const SmtpMessage &message, qint64 now);
    static bool isAddress(const QString &address);

private:
    SmtpSettings m_settings;
    void *m_curl = nullptr; // CURL*
};

} // namespace PartnerDesk
