// QrCode: the module matrix libqrencode makes, checked by the fixed parts every QR symbol has
// (ISO/IEC 18004: finder patterns, timing patterns, the dark module) and by its size per version.
// That it decodes back to the URL is proven with zbarimg in tests/gui/tst_linkbuilderwidget.cpp.

#include "core/qrcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

// The 7×7 finder pattern whose top-left module is (x, y): a dark ring, a light ring, a dark 3×3.
bool hasFinder(const QrCode &code, int x, int y)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = qMax(qAbs(dx - 3), qAbs(dy - 3));
            const bool dark = ring != 2;
            if (code.isDark(x + dx, y + dy) != dark)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void differentTextDifferentCode();
    void nullCodes();
};

void TestQrCode::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    // byte mode, level M: version 1 holds 14 bytes, version 2 26, version 3 42
    QTest::addRow("version 1") << u"https://k.com/"_s << 21;
    QTest::addRow("version 2") << u"https://koongo.com/?acc=JANE"_s.left(26) << 25;
    QTest::addRow("version 3") << u"https://koongo.com/pricing?acc=JANE%26CO"_s << 29;
    QTest::addRow("long link") << u"https://koongo.com/"_s + QString(500, u'a') + u"?acc=JANE%26CO#plans"_s << -1;
    QTest::addRow("non-ASCII as UTF-8") << u"https://koongo.com/ceník?acc=Jů"_s << 29;
}

void TestQrCode::structure()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    const QrCode code = QrCode::encode(text);
    QVERIFY(!code.isNull());
    if (size > 0)
        QCOMPARE(code.size(), size);
    QCOMPARE((code.size() - 17) % 4, 0);
    QCOMPARE(code.rows().size(), code.size());
    for (const QBitArray &row : code.rows())
        QCOMPARE(row.size(), code.size());
    const int last = code.size() - 7;
    QVERIFY(hasFinder(code, 0, 0));
    QVERIFY(hasFinder(code, last, 0));
    QVERIFY(hasFinder(code, 0, last));
    QVERIFY(!hasFinder(code, last, last)); // three corners only
    for (int i = 8; i < code.size() - 8; ++i) {
        QCOMPARE(code.isDark(i, 6), i % 2 == 0); // timing patterns alternate, dark on even
        QCOMPARE(code.isDark(6, i), i % 2 == 0);
    }
    QVERIFY(code.isDark(8, code.size() - 8)); // the dark module
}

void TestQrCode::differentTextDifferentCode()
{
    const QrCode a = QrCode::encode(u"https://koongo.com/?acc=JANE"_s);
    const QrCode b = QrCode::encode(u"https://koongo.com/?acc=JANF"_s);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.rows() != b.rows());
    QCOMPARE(QrCode::encode(u"https://koongo.com/?acc=JANE"_s).rows(), a.rows()); // deterministic
}

void TestQrCode::nullCodes()
{
    QVERIFY(QrCode::encode(QString()).isNull());
    QVERIFY(QrCode::encode(QByteArray()).isNull());
    QCOMPARE(QrCode::encode(QString()).size(), 0);
    // byte mode at level M holds at most 2,331 bytes (version 40)
    QVERIFY(!QrCode::encode(QByteArray(2331, 'a')).isNull());
    QCOMPARE(QrCode::encode(QByteArray(2331, 'a')).size(), 177);
    QVERIFY(QrCode::encode(QByteArray(2332, 'a')).isNull());
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
