#pragma once

// A real PostgreSQL server for tests: a new cluster made by initdb in a temporary folder, started
// with pg_ctl on a free port on 127.0.0.1 (and a Unix socket in the same folder), stopped and
// deleted with the object. The superuser is "postgres" with a known password; TCP connections
// need passwords (scram-sha-256), socket connections are trusted. As root the cluster belongs to
// the system user "postgres" (initdb refuses root), run through runuser.
// Header-only so every test executable can include it.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <memory>
#include <unistd.h>

namespace PgTestKit {

using namespace Qt::StringLiterals;

// The folder of initdb and pg_ctl (Debian: /usr/lib/postgresql/N/bin), or empty.
inline QString binDir()
{
    const QDir versions(u"/usr/lib/postgresql"_s);
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(found)) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

class Server
{
public:
    static constexpr const char *superuser = "postgres";
    static constexpr const char *superPassword = "pd-test-super";

    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server() { stop(Stop::Fast); }

    // Makes and starts the cluster; false with error() saying why (no PostgreSQL installed, ...).
    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(u"PostgreSQL is not installed (no /usr/lib/postgresql/N/bin/initdb)"_s);
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/pdpg-XXXXXX"_s);
        if (!m_dir->isValid())
            return fail(u"cannot create a temporary folder"_s);
        m_asRoot = ::geteuid() == 0;
        const QString data = dataDir();
        QFile pwfile(m_dir->filePath(u"pw"_s));
        if (!pwfile.open(QIODevice::WriteOnly))
            return fail(u"cannot write the password file"_s);
        pwfile.write(superPassword);
        pwfile.close();
        if (m_asRoot) {
            // The cluster's folders belong to postgres; the temporary folder stays ours to delete.
            if (!run(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_dir->path()}, false))
                return false;
        }
        if (!run(m_bin + u"/initdb"_s, {u"-D"_s, data, u"-U"_s, QString::fromLatin1(superuser), u"--pwfile"_s,
                                        pwfile.fileName(), u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s,
                                        u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s}))
            return false;
        if (m_tls && !makeCertificates())
            return false;
        m_port = freePort();
        if (m_port == 0)
            return fail(u"no free port on 127.0.0.1"_s);
        return startServer();
    }

    // Before start(): the server speaks TLS too (ssl=on; plain connections still work), with a
    // certificate for `subjectAltName` (127.0.0.1 unless told; "DNS:db.example.net" makes one for
    // another name, in its common name too) signed by a CA of its own (caFile()). otherCaFile() is a CA that signed
    // nothing of this server's. Made with openssl, valid for two days.
    void setTls(bool on, const QString &subjectAltName = u"IP:127.0.0.1"_s)
    {
        m_tls = on;
        m_subjectAltName = subjectAltName;
    }
    bool isTls() const { return m_tls; }
    // Before start(): a server setting (-c NAME=VALUE), e.g. log_statement=all.
    void setSetting(const QString &name, const QString &value) { m_settings.append(u"%1=%2"_s.arg(name, value)); }
    // What the server wrote to its log (stderr) so far.
    QString log() const
    {
        QFile file(m_dir ? m_dir->filePath(u"server.log"_s) : QString());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QString caFile() const { return m_dir ? m_dir->filePath(u"tls/ca.crt"_s) : QString(); }
    QString otherCaFile() const { return m_dir ? m_dir->filePath(u"tls/other-ca.crt"_s) : QString(); }

    enum class Stop
    {
        Fast,
        Immediate // a crash: no checkpoint, connections cut
    };
    void stop(Stop how = Stop::Fast)
    {
        if (!m_running)
            return;
        run(m_bin + u"/pg_ctl"_s,
            {u"-D"_s, dataDir(), u"-m"_s, how == Stop::Immediate ? u"immediate"_s : u"fast"_s, u"-w"_s, u"stop"_s});
        m_running = false;
    }
    // After stop(): the same cluster on the same port.
    bool restart() { return startServer(); }

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString host() const { return u"127.0.0.1"_s; }
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    QString error() const { return m_error; }

    // postgresql://USER@127.0.0.1:PORT/DB, as partnerdesk-cli takes it; with ?sslmode=disable
    // unless the server speaks TLS: a loopback server without TLS is plain text by an explicit choice.
    QString url(const QString &user = QString::fromLatin1(superuser), const QString &database = u"postgres"_s) const
    {
        return u"postgresql://%1@127.0.0.1:%2/%3%4"_s.arg(user).arg(m_port).arg(
            database, m_tls ? QString() : u"?sslmode=disable"_s);
    }

    // Runs SQL through psql over TCP as `user` (ON_ERROR_STOP): true when it succeeded. `output`
    // gets stdout (tuples only, unaligned), `errors` stderr.
    bool psql(const QString &sql, const QString &user = QString::fromLatin1(superuser),
              const QString &password = QString::fromLatin1(superPassword), const QString &database = u"postgres"_s,
              QString *output = nullptr, QString *errors = nullptr) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGPASSWORD"_s, password);
        environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
        process.setProcessEnvironment(environment);
        process.start(m_bin + u"/psql"_s,
                      {u"-X"_s, u"-q"_s, u"-t"_s, u"-A"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, host(), u"-p"_s,
                       QString::number(m_port), u"-U"_s, user, u"-d"_s, database, u"-c"_s, sql});
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    bool createDatabase(const QString &name) const { return psql(u"CREATE DATABASE \"%1\""_s.arg(name)); }

private:
    QString dataDir() const { return m_dir->filePath(u"data"_s); }

    bool startServer()
    {
        QString options =
            u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"_s.arg(m_port).arg(
                m_dir->path());
        for (const QString &setting : m_settings)
            options += u" -c "_s + setting;
        if (m_tls)
            options += u" -c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2"_s.arg(m_dir->filePath(u"tls/server.crt"_s),
                                                                                  m_dir->filePath(u"tls/server.key"_s));
        if (!run(m_bin + u"/pg_ctl"_s, {u"-D"_s, dataDir(), u"-o"_s, options, u"-l"_s, m_dir->filePath(u"server.log"_s),
                                        u"-w"_s, u"-t"_s, u"60"_s, u"start"_s}))
            return false;
        m_running = true;
        return true;
    }

    bool makeCertificates()
    {
        const QString tls = m_dir->filePath(u"tls"_s);
        if (!QDir().mkpath(tls))
            return fail(u"cannot create %1"_s.arg(tls));
        QFile extensions(tls + u"/server.ext"_s);
        if (!extensions.open(QIODevice::WriteOnly))
            return fail(u"cannot write %1"_s.arg(extensions.fileName()));
        extensions.write("subjectAltName = " + m_subjectAltName.toUtf8() + "\n");
        extensions.close();
        // A new EC key and a certificate request or (x509) a self-signed certificate.
        auto request = [this, &tls](const QString &key, const QString &out, const QString &subject, bool selfSigned) {
            QStringList arguments;
            arguments << u"req"_s;
            if (selfSigned)
                arguments << u"-x509"_s << u"-days"_s << u"2"_s;
            arguments << u"-newkey"_s << u"ec"_s << u"-pkeyopt"_s << u"ec_paramgen_curve:prime256v1"_s << u"-nodes"_s
                      << u"-keyout"_s << tls + u'/' + key << u"-out"_s << tls + u'/' + out << u"-subj"_s << subject;
            return run(u"openssl"_s, arguments, false);
        };
        QStringList sign;
        sign << u"x509"_s << u"-req"_s << u"-in"_s << tls + u"/server.csr"_s << u"-CA"_s << tls + u"/ca.crt"_s
             << u"-CAkey"_s << tls + u"/ca.key"_s << u"-CAcreateserial"_s << u"-out"_s << tls + u"/server.crt"_s
             << u"-days"_s << u"2"_s << u"-extfile"_s << tls + u"/server.ext"_s;
        if (!request(u"ca.key"_s, u"ca.crt"_s, u"/CN=PartnerDesk Test CA"_s, true) ||
            !request(u"other-ca.key"_s, u"other-ca.crt"_s, u"/CN=Another CA"_s, true) ||
            !request(u"server.key"_s, u"server.csr"_s, u"/CN="_s + m_subjectAltName.section(u':', 1), false) ||
            !run(u"openssl"_s, sign, false))
            return false;
        // PostgreSQL refuses a key others can read.
        QFile::setPermissions(tls + u"/server.key"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (m_asRoot)
            return run(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, tls}, false);
        return true;
    }

    // As root, PostgreSQL's programs run as postgres.
    bool run(const QString &program, const QStringList &arguments, bool asPostgres = true)
    {
        QProcess process;
        if (m_asRoot && asPostgres)
            process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return fail(u"%1 did not finish"_s.arg(program));
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            QString log;
            if (QFile file(m_dir->filePath(u"server.log"_s)); file.open(QIODevice::ReadOnly))
                log = QString::fromUtf8(file.readAll().right(2000));
            return fail(u"%1 failed: %2 %3 %4"_s.arg(program, QString::fromUtf8(process.readAllStandardError()),
                                                     QString::fromUtf8(process.readAllStandardOutput()), log));
        }
        return true;
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_asRoot = false;
    bool m_running = false;
    bool m_tls = false;
    QString m_subjectAltName;
    QStringList m_settings;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace PgTestKit
