// A pulled central value as the local table takes it (SyncValue, applied by RowApplier to every
// pulled value): what the central database sends is taken, in its column's local type; what no
// central column can hold (a hostile or broken central row) is refused with the column named.

#include "sync/syncvalue.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using Kind = SyncColumn::Kind;

Q_DECLARE_METATYPE(SyncColumn::Kind)

class TestSyncValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void nullStaysNull();
};

void TestSyncValue::accepted_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("central");
    QTest::addColumn<QVariant>("local");
    QTest::addRow("plain text as it is") << Kind::Plain << u" a,\"b\" "_s << QVariant(u" a,\"b\" "_s);
    QTest::addRow("bool 1") << Kind::Bool << u"1"_s << QVariant(1);
    QTest::addRow("bool 0") << Kind::Bool << u"0"_s << QVariant(0);
    QTest::addRow("amount") << Kind::Money << u"-12550"_s << QVariant(qint64(-12550));
    QTest::addRow("amount zero") << Kind::Money << u"0"_s << QVariant(qint64(0));
    QTest::addRow("amount ceiling") << Kind::Money << u"1000000000000"_s << QVariant(qint64(1'000'000'000'000));
    QTest::addRow("timestamp") << Kind::Timestamp << u"2026-01-31T12:00:00Z"_s << QVariant(u"2026-01-31T12:00:00Z"_s);
    QTest::addRow("timestamp with an offset, written in UTC")
        << Kind::Timestamp << u"2026-01-31T12:00:00+02:00"_s << QVariant(u"2026-01-31T10:00:00Z"_s);
    QTest::addRow("uid") << Kind::ForeignKey << u"6f1c2b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"_s
                         << QVariant(QUuid(u"6f1c2b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b"_s));
}

void TestSyncValue::accepted()
{
    QFETCH(Kind, kind);
    QFETCH(QString, central);
    QFETCH(QVariant, local);
    const SyncColumn column{u"value"_s, kind, u"affiliates"_s};
    const Result<QVariant> decoded = SyncValue::toLocal(column, central);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(*decoded, local);
    QCOMPARE(decoded->typeId(), local.typeId());
    // Back in the central form, it decodes to the same value again.
    const Result<QVariant> again = SyncValue::toLocal(column, SyncValue::toCentral(column, *decoded));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*again, *decoded);
}

void TestSyncValue::refused_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("central");
    QTest::addRow("bool true") << Kind::Bool << u"true"_s;
    QTest::addRow("bool 2") << Kind::Bool << u"2"_s;
    QTest::addRow("bool empty") << Kind::Bool << u""_s;
    QTest::addRow("amount with decimals") << Kind::Money << u"12.50"_s;
    QTest::addRow("amount as an exponent") << Kind::Money << u"1e3"_s;
    QTest::addRow("amount with a leading zero") << Kind::Money << u"007"_s;
    QTest::addRow("amount with a plus") << Kind::Money << u"+5"_s;
    QTest::addRow("amount minus zero") << Kind::Money << u"-0"_s;
    QTest::addRow("amount over the ceiling") << Kind::Money << u"1000000000001"_s;
    QTest::addRow("amount beyond 64 bits") << Kind::Money << u"9223372036854775808"_s;
    QTest::addRow("amount text") << Kind::Money << u"12abc"_s;
    QTest::addRow("timestamp year 0") << Kind::Timestamp << u"0000-01-01T00:00:00Z"_s;
    QTest::addRow("timestamp before 1970") << Kind::Timestamp << u"1969-12-31T23:59:59Z"_s;
    QTest::addRow("timestamp after 9999") << Kind::Timestamp << u"9999-12-31T23:59:59-01:00"_s;
    QTest::addRow("timestamp text") << Kind::Timestamp << u"yesterday"_s;
    QTest::addRow("uid not a uid") << Kind::ForeignKey << u"42"_s;
    QTest::addRow("uid nil") << Kind::ForeignKey << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::addRow("uid in braces") << Kind::ForeignKey << u"{6f1c2b1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b}"_s;
}

void TestSyncValue::refused()
{
    QFETCH(Kind, kind);
    QFETCH(QString, central);
    const Result<QVariant> decoded = SyncValue::toLocal({u"subtotal_minor"_s, kind, u"affiliates"_s}, central);
    QVERIFY2(!decoded, qPrintable(u"accepted as "_s + (decoded ? decoded->toString() : QString())));
    QVERIFY2(decoded.error().contains(u"subtotal_minor"_s), qPrintable(decoded.error()));
}

void TestSyncValue::nullStaysNull()
{
    for (const Kind kind : {Kind::Plain, Kind::Bool, Kind::Money, Kind::Timestamp, Kind::ForeignKey}) {
        const Result<QVariant> decoded = SyncValue::toLocal({u"value"_s, kind, {}}, std::nullopt);
        QVERIFY(decoded);
        QVERIFY(decoded->isNull());
    }
}

QTEST_GUILESS_MAIN(TestSyncValue)
#include "tst_syncvalue.moc"
