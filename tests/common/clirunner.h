#pragma once

// Runs the real partnerdesk-cli (path from PARTNERDESK_CLI) the way a script does, with a pinned
// "now" and an environment that can never reach the user's real database.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace PartnerDeskTest {

using namespace Qt::StringLiterals;

// Long after every approval hold of the test data has passed.
inline const QByteArray afterHolds = "2030-01-01T00:00:00Z"_ba;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

inline QString describe(const QStringList &arguments, const CliRun &run)
{
    return u"partnerdesk-cli %1\nexit %2\n--- stdout\n%3--- stderr\n%4"_s.arg(arguments.join(u' '))
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

class CliRunner final
{
public:
    // Empty when the binary is missing (say why with QVERIFY2(runner.error().isEmpty(), ...)).
    QString error() const
    {
        if (m_cli.isEmpty())
            return u"PARTNERDESK_CLI is not set"_s;
        if (!QFile::exists(m_cli))
            return m_cli + u" does not exist"_s;
        if (!m_dir.isValid())
            return u"no temporary directory"_s;
        return {};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments, const QByteArray &now = afterHolds) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PARTNERDESK_NOW"_s, QString::fromLatin1(now));
        environment.insert(u"PARTNERDESK_ACTOR"_s, u"e2e"_s);
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        environment.insert(u"HOME"_s, m_dir.path());
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.remove(u"LC_ALL"_s);
        process.setProcessEnvironment(environment);
        process.start(m_cli, arguments);
        CliRun result;
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            result.err = u"did not finish: "_s + process.errorString();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString filePath = m_dir.filePath(name);
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(filePath));
        return filePath;
    }

private:
    QString m_cli = qEnvironmentVariable("PARTNERDESK_CLI");
    QTemporaryDir m_dir;
};

} // namespace PartnerDeskTest

// QVERIFY with the command's output in the failure message.
#define CLI_EXPECT(run, arguments, condition)                                                                          \
    QVERIFY2((condition), qPrintable(PartnerDeskTest::describe((arguments), (run))))
