#pragma once

// A real SMTP server on loopback for the notice tests: tests/common/smtpserver.py (Debian's
// python3-aiosmtpd) started with QProcess, STARTTLS and AUTH required, a throw-away CA made by
// openssl in its own temporary folder. Each message it accepted is a JSON file there; messages()
// reads them. Stopped with the object. Header-only so every test executable can include it.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace SmtpTestKit {

using namespace Qt::StringLiterals;

class Server
{
public:
    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server() { stop(); }

    // `refuse`: the first so many messages are answered 451 (try again later). `tls`: starttls
    // (required), implicit (smtps) or none.
    bool start(const QString &user, const QString &password, int refuse = 0, const QString &tls = u"starttls"_s)
    {
        if (!m_dir.isValid())
            return fail(u"cannot create a temporary folder"_s);
        const QString script = qEnvironmentVariable("PARTNERDESK_TEST_COMMON") + u"/smtpserver.py"_s;
        if (!QFile::exists(script))
            return fail(u"no SMTP server script at "_s + script);
        // Debian's interpreter, where python3-aiosmtpd is installed (not whatever python3 is first
        // on the PATH).
        m_process.setProgram(u"/usr/bin/python3"_s);
        m_process.setArguments({script, m_dir.path(), u"--user"_s, user, u"--password"_s, password, u"--refuse"_s,
                                QString::number(refuse), u"--tls"_s, tls});
        m_tls = tls;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return fail(u"cannot start /usr/bin/python3: "_s + m_process.errorString());
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30'000))
                return fail(u"the SMTP server did not start: "_s + QString::fromUtf8(m_process.readAllStandardError()));
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(u"PORT "_s))
            return fail(u"the SMTP server said: "_s + line);
        m_port = line.mid(5).toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(5'000);
    }

    QString url() const
    {
        return u"%1://127.0.0.1:%2"_s.arg(m_tls == u"implicit" ? u"smtps"_s : u"smtp"_s).arg(m_port);
    }
    QString caFile() const { return m_dir.filePath(u"ca.pem"_s); }
    const QString &error() const { return m_error; }

    // The accepted messages ("mail-*.json") or refused ones ("refused-*.json"), in arrival order:
    // mail_from, rcpt_tos, login, subject, message_id, body.
    QList<QJsonObject> messages(const QString &prefix = u"mail"_s) const
    {
        QList<QJsonObject> found;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList({prefix + u"-*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                found.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return found;
    }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_tls;
    QString m_error;
};

} // namespace SmtpTestKit
