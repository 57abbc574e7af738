#pragma once

// Helpers for the tests of the central database: a PostgreSQL server (PgTestKit), a database set
// up by CentralSchema, connections as given roles, and partnerdesk-cli run with libpq's environment.

#include "pgtestkit.h"
#include "sync/centralconnection.h"
#include "sync/centralschema.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace CentralTestKit {

using namespace Qt::StringLiterals;

inline QString superPassword()
{
    return QString::fromLatin1(PgTestKit::Server::superPassword);
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts partnerdesk-cli with `arguments`; `environment` is added to a clean copy of ours (HOME
// and XDG folders in `home`, no PG* variables from the caller's shell).
inline QProcess *startCli(const QStringList &arguments, const QTemporaryDir &home,
                          const QMap<QString, QString> &environment = {})
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PG"_s))
            env.remove(key);
    }
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"xdg"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"PARTNERDESK_LOGIN_PASSWORD"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("PARTNERDESK_CLI"), arguments);
    return process;
}

inline CliResult finish(QProcess *process)
{
    CliResult result;
    if (process->waitForFinished(120'000) && process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    else
        process->kill();
    result.out = QString::fromUtf8(process->readAllStandardOutput());
    result.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    return result;
}

inline CliResult runCli(const QStringList &arguments, const QTemporaryDir &home,
                        const QMap<QString, QString> &environment = {})
{
    return finish(startCli(arguments, home, environment));
}

} // namespace CentralTestKit
