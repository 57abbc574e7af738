// EmbeddedImage: the type from the bytes (never a file name), the cap, data: URIs written and read back.

#include "core/embeddedimage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestEmbeddedImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data();
    void sniff();
    void roundTrip();
    void cap();
    void decodeRefuses_data();
    void decodeRefuses();
    void summary();
};

void TestEmbeddedImage::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"image/png"_s;
    QTest::addRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << u"image/jpeg"_s;
    QTest::addRow("gif87") << QByteArray("GIF87a\x01\0") << u"image/gif"_s;
    QTest::addRow("gif89") << QByteArray("GIF89a\x01\0") << u"image/gif"_s;
    QTest::addRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << u"image/webp"_s;
    QTest::addRow("riff wave") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QString();
    QTest::addRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString();
    QTest::addRow("html named .png") << QByteArray("<html><script>") << QString();
    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("short png") << QByteArray("\x89PNG") << QString();
}

void TestEmbeddedImage::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QCOMPARE(EmbeddedImage::sniffMimeType(bytes), mime);
    QCOMPARE(EmbeddedImage::refusal(bytes).isEmpty(), !mime.isEmpty());
    QCOMPARE(EmbeddedImage::toDataUri(bytes).isEmpty(), mime.isEmpty());
}

void TestEmbeddedImage::roundTrip()
{
    const QByteArray gif("GIF89a\x01\0\x01\0\0\0\0;", 14);
    const QString uri = EmbeddedImage::toDataUri(gif);
    QCOMPARE(uri, u"data:image/gif;base64,"_s + QString::fromLatin1(gif.toBase64()));
    QVERIFY(EmbeddedImage::isDataUri(uri));
    QCOMPARE(EmbeddedImage::decode(uri), std::optional<QByteArray>(gif));
}

void TestEmbeddedImage::cap()
{
    const QByteArray header("\x89PNG\r\n\x1a\n", 8);
    const QByteArray atCap = header + QByteArray(EmbeddedImage::maxBytes - header.size(), '\0');
    QVERIFY(EmbeddedImage::refusal(atCap).isEmpty());
    QCOMPARE(EmbeddedImage::decode(EmbeddedImage::toDataUri(atCap)), std::optional<QByteArray>(atCap));

    const QByteArray over = atCap + 'x';
    const QString refusal = EmbeddedImage::refusal(over);
    QVERIFY2(refusal.contains(u"at most 256 KB"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"add it by its URL"_s), qPrintable(refusal));
    QVERIFY(EmbeddedImage::toDataUri(over).isEmpty());
}

void TestEmbeddedImage::decodeRefuses_data()
{
    QTest::addColumn<QString>("uri");
    const QString gif = QString::fromLatin1(QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 14).toBase64());
    QTest::addRow("http") << u"https://blog.example/a.gif"_s;
    QTest::addRow("type not the bytes'") << u"data:image/png;base64,"_s + gif;
    QTest::addRow("html") << u"data:text/html;base64,"_s + gif;
    QTest::addRow("not base64") << u"data:image/gif,GIF89a"_s;
    QTest::addRow("bad base64") << u"data:image/gif;base64,R0lG*"_s;
    QTest::addRow("upper-case scheme") << u"DATA:image/gif;base64,"_s + gif;
}

void TestEmbeddedImage::decodeRefuses()
{
    QFETCH(QString, uri);
    QVERIFY(!EmbeddedImage::decode(uri));
}

void TestEmbeddedImage::summary()
{
    QCOMPARE(EmbeddedImage::summary(u"https://blog.example/a.gif"_s), u"https://blog.example/a.gif"_s);
    const QByteArray gif("GIF89a\x01\0\x01\0\0\0\0;", 14);
    QCOMPARE(EmbeddedImage::summary(EmbeddedImage::toDataUri(gif)), u"image/gif embedded, 1 KB"_s);
    QCOMPARE(EmbeddedImage::summary(u"data:nonsense"_s), u"an invalid data: URI"_s);
}

QTEST_GUILESS_MAIN(TestEmbeddedImage)
#include "tst_embeddedimage.moc"
