#pragma once

// Real web servers on loopback for tests of the exported rewrite rules: nginx or apache2, started
// from a temporary folder with a minimal configuration that includes the rules, on a free port on
// 127.0.0.1, stopped with the object. Plus a plain HTTP/1.1 client that reports the status and the
// Location header exactly as sent. Header-only so every test executable can include it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <unistd.h>

namespace WebServerTestKit {

using namespace Qt::StringLiterals;

struct HttpAnswer
{
    int status = 0;
    QByteArray location;
    QByteArray raw;
};

// One HTTP/1.1 request on a fresh connection, read until the server closes it.
inline HttpAnswer request(quint16 port, const QByteArray &host, const QByteArray &path)
{
    HttpAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return answer;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        answer.raw += socket.readAll();
    answer.raw += socket.readAll();
    const qsizetype headerEnd = answer.raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = answer.raw.left(headerEnd).split('\n');
    if (lines.isEmpty())
        return answer;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/1."))
        answer.status = statusLine.at(1).toInt();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "location")
            answer.location = line.mid(colon + 1).trimmed();
    }
    return answer;
}

// A port nothing listens on right now (it may be taken a moment later: start() retries).
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString findServerBinary(const QString &name)
{
    QString binary = QStandardPaths::findExecutable(name);
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    return binary;
}

// A web server process serving `rules` from a temporary folder on 127.0.0.1:port().
class WebServer
{
public:
    enum class Kind
    {
        Nginx,
        Apache
    };

    explicit WebServer(Kind kind)
        : m_kind(kind)
        , m_binary(findServerBinary(kind == Kind::Nginx ? u"nginx"_s : u"apache2"_s))
    {}
    WebServer(const WebServer &) = delete;
    WebServer &operator=(const WebServer &) = delete;
    ~WebServer() { stop(); }

    // Apache only: the rules go into DocumentRoot/.htaccess (AllowOverride FileInfo) instead of
    // the server configuration, as a store on shared hosting would use them.
    void setHtaccess(bool htaccess) { m_htaccess = htaccess; }

    // "" when the server is not installed (the test skips).
    const QString &binary() const { return m_binary; }
    quint16 port() const { return m_port; }
    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QString folder() const { return m_folder.path(); }
    QString errorLog() const { return m_folder.filePath(u"error.log"_s); }

    // Writes the rules and a configuration that includes them, starts the server on a free port
    // (a few ports tried) and waits until it accepts connections. On failure `error` holds the
    // server's output, its error log and the rules.
    bool start(const QString &rules, QString *error)
    {
        return start([&rules](quint16) { return rules; }, error);
    }

    // The same for rules that name the port (nginx's `listen`).
    bool start(const std::function<QString(quint16 port)> &rulesFor, QString *error)
    {
        stop();
        if (m_binary.isEmpty() || !m_folder.isValid()) {
            *error = u"no server binary or no temporary folder"_s;
            return false;
        }
        prepareFolder();
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                continue;
            if (launch(rulesFor(m_port), error))
                return true;
        }
        return false;
    }

    // On a port chosen beforehand (rules exported with that port in them): one attempt.
    bool startOnPort(quint16 port, const QString &rules, QString *error)
    {
        stop();
        if (m_binary.isEmpty() || !m_folder.isValid()) {
            *error = u"no server binary or no temporary folder"_s;
            return false;
        }
        prepareFolder();
        m_port = port;
        return launch(rules, error);
    }

    // The server's own configuration test (nginx -t, apache2 -t) on a configuration that includes
    // `rules`, without starting it. On failure `error` holds the server's words and the rules.
    bool checkSyntax(const QString &rules, QString *error)
    {
        stop();
        if (m_binary.isEmpty() || !m_folder.isValid()) {
            *error = u"no server binary or no temporary folder"_s;
            return false;
        }
        prepareFolder();
        m_port = freePort();
        const QString confPath = m_folder.filePath(u"server.conf"_s);
        const QString rulesPath =
            m_htaccess ? m_folder.filePath(u"www/.htaccess"_s) : m_folder.filePath(u"rules.conf"_s);
        if (!writeFile(rulesPath, rules.toUtf8()) ||
            !writeFile(confPath, (m_kind == Kind::Nginx ? nginxConfig() : apacheConfig()).toUtf8())) {
            *error = u"cannot write the configuration"_s;
            return false;
        }
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        if (m_kind == Kind::Nginx)
            check.start(m_binary, {u"-t"_s, u"-p"_s, m_folder.path() + u'/', u"-c"_s, confPath, u"-e"_s, errorLog()});
        else
            check.start(m_binary, {u"-t"_s, u"-f"_s, confPath});
        if (!check.waitForFinished(30000)) {
            *error = u"%1 -t did not finish: %2"_s.arg(m_binary, check.errorString());
            check.kill();
            check.waitForFinished(10000);
            return false;
        }
        if (check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0)
            return true;
        *error = u"%1 -t refused the configuration (exit %2):\n%3\n--- rules\n%4"_s.arg(
            m_binary, QString::number(check.exitCode()), QString::fromUtf8(check.readAll()), rules);
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

private:
    void prepareFolder()
    {
        // Apache's workers run as www-data and must read the folder (it looks for .htaccess).
        QFile::setPermissions(m_folder.path(), QFile::permissions(m_folder.path()) | QFileDevice::ReadOther |
                                                   QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                   QFileDevice::ExeGroup);
        QDir(m_folder.path()).mkpath(u"www"_s);
    }

    QString nginxConfig() const
    {
        return u"daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/server.pid;\n"
               u"error_log %1/error.log info;\n"
               u"events { worker_connections 64; }\n"
               u"http {\n"
               u"    access_log %1/access.log;\n"
               u"    client_body_temp_path %1/client_body;\n"
               u"    proxy_temp_path %1/proxy;\n"
               u"    fastcgi_temp_path %1/fastcgi;\n"
               u"    uwsgi_temp_path %1/uwsgi;\n"
               u"    scgi_temp_path %1/scgi;\n"
               u"    server { listen 127.0.0.1:%2 default_server; return 404; }\n"
               u"    include %1/rules.conf;\n"
               u"}\n"_s.arg(m_folder.path(), QString::number(m_port));
    }

    QString apacheConfig() const
    {
        const QString modules = u"/usr/lib/apache2/modules"_s;
        QString conf =
            u"ServerRoot \"%1\"\nServerName localhost\nListen 127.0.0.1:%2\n"_s.arg(m_folder.path()).arg(m_port);
        for (const char *module : {"mpm_event", "authz_core", "rewrite"})
            conf += u"LoadModule %1_module %2/mod_%1.so\n"_s.arg(QString::fromLatin1(module), modules);
        conf += u"PidFile \"%1/server.pid\"\nErrorLog \"%1/error.log\"\nLogLevel warn\n"
                u"Mutex file:%1 default\nDefaultRuntimeDir \"%1\"\n"
                u"DocumentRoot \"%1/www\"\n<Directory />\n    AllowOverride None\n    Require all granted\n"
                u"</Directory>\n"_s.arg(m_folder.path());
        // As root Apache needs an unprivileged user for its workers.
        if (geteuid() == 0)
            conf += u"User www-data\nGroup www-data\n"_s;
        if (m_htaccess)
            return conf + u"<Directory \"%1/www\">\n    AllowOverride FileInfo\n</Directory>\n"_s.arg(m_folder.path());
        return conf + u"Include \"%1/rules.conf\"\n"_s.arg(m_folder.path());
    }

    bool launch(const QString &rules, QString *error)
    {
        QFile::remove(errorLog());
        const QString confPath = m_folder.filePath(u"server.conf"_s);
        const QString rulesPath =
            m_htaccess ? m_folder.filePath(u"www/.htaccess"_s) : m_folder.filePath(u"rules.conf"_s);
        if (!writeFile(rulesPath, rules.toUtf8()) ||
            !writeFile(confPath, (m_kind == Kind::Nginx ? nginxConfig() : apacheConfig()).toUtf8())) {
            *error = u"cannot write the configuration"_s;
            return false;
        }
        m_process.setProgram(m_binary);
        if (m_kind == Kind::Nginx)
            m_process.setArguments({u"-p"_s, m_folder.path() + u'/', u"-c"_s, confPath, u"-e"_s, errorLog()});
        else
            m_process.setArguments({u"-f"_s, confPath, u"-DFOREGROUND"_s});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = u"cannot start "_s + m_binary + u": "_s + m_process.errorString();
            return false;
        }
        // Ready when it accepts a connection; a bad config or a taken port ends the process instead.
        const bool ready = QTest::qWaitFor(
            [this] {
                if (m_process.state() != QProcess::Running)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            30000);
        if (ready && m_process.state() == QProcess::Running)
            return true;
        *error = u"%1 did not come up on port %2:\n%3\n%4\n--- rules.conf\n%5"_s.arg(
            m_binary, QString::number(m_port), QString::fromUtf8(m_process.readAll()),
            QString::fromUtf8(readFile(errorLog())), rules);
        stop();
        return false;
    }

    Kind m_kind;
    bool m_htaccess = false;
    QString m_binary;
    QTemporaryDir m_folder;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace WebServerTestKit
