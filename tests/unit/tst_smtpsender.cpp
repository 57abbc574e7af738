// SmtpSender without a server (tst_noticesmtp has the real one): which settings are refused before
// anything is sent, and the message as it goes on the wire (RFC 2047 subject, base64 UTF-8 body,
// CRLF, no header a value could add).

#include "network/smtpsender.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestSmtpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsProblems_data();
    void settingsProblems();
    void composedMessage();
    void nothingIsSentToAnAddressThatIsNone();
    void settingsKeepEverythingButThePassword();

private:
    static SmtpSettings good()
    {
        SmtpSettings s;
        s.url = u"smtp://mail.example.com:587"_s;
        s.user = u"partners"_s;
        s.password = u"secret"_s;
        s.from = u"partners@example.com"_s;
        return s;
    }
};

void TestSmtpSender::settingsProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem"); // "" for none
    QTest::addRow("starttls") << u"smtp://mail.example.com:587"_s << u"a@example.com"_s << u"pw"_s << QString();
    QTest::addRow("implicit tls") << u"smtps://mail.example.com"_s << u"a@example.com"_s << u"pw"_s << QString();
    QTest::addRow("no server") << QString() << u"a@example.com"_s << u"pw"_s << u"Give the SMTP server"_s;
    QTest::addRow("http") << u"http://mail.example.com"_s << u"a@example.com"_s << u"pw"_s
                          << u"not an SMTP server URL"_s;
    QTest::addRow("password in url") << u"smtp://u:pw@mail.example.com"_s << u"a@example.com"_s << u"pw"_s
                                     << u"not in the server URL"_s;
    QTest::addRow("bad sender") << u"smtp://mail.example.com"_s << u"partners"_s << u"pw"_s
                                << u"is not a sender e-mail address"_s;
    QTest::addRow("header in sender") << u"smtp://mail.example.com"_s << u"a@example.com\r\nBcc: x@y.cz"_s << u"pw"_s
                                      << u"is not a sender e-mail address"_s;
    QTest::addRow("no password") << u"smtp://mail.example.com"_s << u"a@example.com"_s << QString()
                                 << u"needs a password"_s;
}

void TestSmtpSender::settingsProblems()
{
    QFETCH(QString, url);
    QFETCH(QString, from);
    QFETCH(QString, password);
    QFETCH(QString, problem);
    SmtpSettings s = good();
    s.url = url;
    s.from = from;
    s.password = password;
    if (problem.isEmpty())
        QCOMPARE(s.problem(), QString());
    else
        QVERIFY2(s.problem().contains(problem), qPrintable(s.problem()));
}

void TestSmtpSender::composedMessage()
{
    SmtpSettings s = good();
    s.fromName = u"Partnerský program Koongo"_s;
    const QByteArray text = SmtpSender::compose(s,
                                                {u"anna@example.com"_s, u"Nová transakce\r\nBcc: x@evil.example"_s,
                                                 u"Dobrý den,\nprovize 20,00 €\n"_s, u"abc@example.com"_s},
                                                1780000000);
    const qsizetype split = text.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QList<QByteArray> headers = text.left(split + 1).split('\n');
    for (const QByteArray &header : headers)
        QVERIFY2(header.endsWith('\r'), header.constData());
    QVERIFY(!text.contains("Bcc:"));
    QVERIFY(text.contains("To: anna@example.com\r\n"));
    QVERIFY(text.contains("From: =?UTF-8?B?"));
    QVERIFY(text.contains("<partners@example.com>\r\n"));
    QVERIFY(text.contains("Message-ID: <abc@example.com>\r\n"));
    QVERIFY(text.contains("Date: Thu, 28 May 2026 20:26:40 +0000\r\n"));
    QVERIFY(text.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    // The subject decodes to one line.
    const qsizetype subject = text.indexOf("Subject: ");
    const QByteArray encoded = text.mid(subject + 9, text.indexOf("\r\nDate:") - subject - 9);
    QString decoded;
    for (QByteArray word : encoded.split('\n')) {
        word = word.trimmed();
        QVERIFY2(word.startsWith("=?UTF-8?B?") && word.endsWith("?="), word.constData());
        QVERIFY(word.size() <= 75);
        decoded += QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12)));
    }
    QCOMPARE(decoded, u"Nová transakce Bcc: x@evil.example"_s);
    const QByteArray body = QByteArray::fromBase64(text.mid(split + 4).replace("\r\n", ""));
    QCOMPARE(QString::fromUtf8(body), u"Dobrý den,\r\nprovize 20,00 €\r\n"_s);
}

void TestSmtpSender::nothingIsSentToAnAddressThatIsNone()
{
    SmtpSender sender(good());
    const Status sent = sender.send({u"anna@example.com>\r\nRCPT TO:<x@evil.example"_s, u"s"_s, u"b"_s, {}});
    QVERIFY(!sent);
    QVERIFY2(sent.error().contains(u"is not an e-mail address"_s), qPrintable(sent.error()));
}

void TestSmtpSender::settingsKeepEverythingButThePassword()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    SmtpSettings s = good();
    s.fromName = u"Koongo"_s;
    s.caFile = u"/etc/ca.pem"_s;
    s.save(settings);
    settings.sync();
    QFile file(dir.filePath(u"s.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("secret"));
    const SmtpSettings loaded = SmtpSettings::load(settings);
    QCOMPARE(loaded.url, s.url);
    QCOMPARE(loaded.user, s.user);
    QCOMPARE(loaded.from, s.from);
    QCOMPARE(loaded.fromName, s.fromName);
    QCOMPARE(loaded.caFile, s.caFile);
    QCOMPARE(loaded.password, QString());
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
