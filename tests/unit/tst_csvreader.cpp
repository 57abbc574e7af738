#include "import/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

namespace {

// What one call of CsvReader::next() should give: a record's fields, or a malformed record whose
// error mentions `error`. `line` is where the record (or the error) began.
struct Step
{
    CsvReader::Outcome outcome = CsvReader::Outcome::Record;
    qint64 line = 0;
    QStringList fields;
    QString error;
};

Step record(qint64 line, const QStringList &fields)
{
    return {CsvReader::Outcome::Record, line, fields, {}};
}

Step malformed(qint64 line, const QString &error)
{
    return {CsvReader::Outcome::Malformed, line, {}, error};
}

QString outcomeName(CsvReader::Outcome outcome)
{
    switch (outcome) {
    case CsvReader::Outcome::Record: return u"Record"_s;
    case CsvReader::Outcome::Malformed: return u"Malformed"_s;
    case CsvReader::Outcome::End: return u"End"_s;
    }
    return {};
}

// Block sizes that put block boundaries everywhere: inside the BOM, inside quotes, between \r and \n.
constexpr qsizetype blockSizes[] = {1, 2, 3, 7, 1 << 20};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void bytesReadCountsEverything();
    void emptyInput();
    void recordSpanningManyBlocks();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<Step>>("steps");

    QTest::addRow("plain") << "a,b,c\n1,2,3\n"_ba
                           << QList<Step>{record(1, {u"a"_s, u"b"_s, u"c"_s}), record(2, {u"1"_s, u"2"_s, u"3"_s})};
    QTest::addRow("quoted fields") << "\"a\",\"b c\",d\n"_ba << QList<Step>{record(1, {u"a"_s, u"b c"_s, u"d"_s})};
    QTest::addRow("doubled quotes") << "\"say \"\"hi\"\"\",\"\"\"\",\"\"\n"_ba
                                    << QList<Step>{record(1, {u"say \"hi\""_s, u"\""_s, QString()})};
    QTest::addRow("comma inside quotes") << "\"1,5\",x\n"_ba << QList<Step>{record(1, {u"1,5"_s, u"x"_s})};
    QTest::addRow("newline inside quotes")
        << "id,text\n1,\"line one\nline two\"\n2,after\n"_ba
        << QList<Step>{record(1, {u"id"_s, u"text"_s}), record(2, {u"1"_s, u"line one\nline two"_s}),
                       record(4, {u"2"_s, u"after"_s})};
    QTest::addRow("CRLF inside quotes kept")
        << "1,\"a\r\nb\"\r\n2,c\r\n"_ba << QList<Step>{record(1, {u"1"_s, u"a\r\nb"_s}), record(3, {u"2"_s, u"c"_s})};
    QTest::addRow("CRLF line ends") << "a,b\r\nc,d\r\n"_ba
                                    << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s})};
    QTest::addRow("CRLF after quoted field") << "\"a\",\"b\"\r\n\"c\",\"d\"\r\n"_ba
                                             << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s})};
    QTest::addRow("BOM") << "\xEF\xBB\xBForder_id,x\n1,2\n"_ba
                         << QList<Step>{record(1, {u"order_id"_s, u"x"_s}), record(2, {u"1"_s, u"2"_s})};
    QTest::addRow("BOM split over blocks, then CRLF") << "\xEF\xBB\xBF" "a\r\nb"_ba
                                                       << QList<Step>{record(1, {u"a"_s}), record(2, {u"b"_s})};
    QTest::addRow("empty lines skipped") << "\n\na,b\n\n\r\n\nc,d\n\n"_ba
                                         << QList<Step>{record(3, {u"a"_s, u"b"_s}), record(7, {u"c"_s, u"d"_s})};
    QTest::addRow("last line without newline") << "a,b\nc,d"_ba
                                               << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s})};
    QTest::addRow("last line quoted without newline") << "a\n\"c,d\""_ba
                                                      << QList<Step>{record(1, {u"a"_s}), record(2, {u"c,d"_s})};
    QTest::addRow("last line ends with CR") << "a,b\r"_ba << QList<Step>{record(1, {u"a"_s, u"b"_s})};
    QTest::addRow("empty fields") << ",,\n,\n"_ba
                                  << QList<Step>{record(1, {QString(), QString(), QString()}),
                                                 record(2, {QString(), QString()})};
    QTest::addRow("trailing comma at end of file") << "a,"_ba << QList<Step>{record(1, {u"a"_s, QString()})};
    QTest::addRow("spaces are data") << " a , b \n"_ba << QList<Step>{record(1, {u" a "_s, u" b "_s})};
    QTest::addRow("UTF-8") << "Tomáš,Nováková,日本\n"_ba
                           << QList<Step>{record(1, {u"Tomáš"_s, u"Nováková"_s, u"日本"_s})};
    QTest::addRow("lone CR inside a field is data") << "a\rb,c\n"_ba << QList<Step>{record(1, {u"a\rb"_s, u"c"_s})};
    // Old Mac exports ("CSV (Macintosh)"): CR alone ends every line (no LF anywhere in the start of
    // the file); read as lines, not as one record of the whole file.
    QTest::addRow("CR-only line ends") << "a,b\rc,d\r\re,f"_ba
                                       << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s}),
                                                      record(4, {u"e"_s, u"f"_s})};
    QTest::addRow("CR-only, a CR inside quotes is data")
        << "id,text\r1,\"x\ry\"\r2,z\r"_ba
        << QList<Step>{record(1, {u"id"_s, u"text"_s}), record(2, {u"1"_s, u"x\ry"_s}), record(4, {u"2"_s, u"z"_s})};

    // Malformed records: reported at the line where they began, skipped to the end of that
    // line, and reading goes on.
    QTest::addRow("quote inside unquoted field")
        << "a,b\nx,ab\"c\"d,e\nf,g\n"_ba
        << QList<Step>{record(1, {u"a"_s, u"b"_s}), malformed(2, u"quote inside an unquoted field 2"_s),
                       record(3, {u"f"_s, u"g"_s})};
    QTest::addRow("text after closing quote")
        << "a,b\n\"x\"y,z\nf,g\n"_ba
        << QList<Step>{record(1, {u"a"_s, u"b"_s}), malformed(2, u"unexpected text after a closing quote in field 1"_s),
                       record(3, {u"f"_s, u"g"_s})};
    QTest::addRow("space after closing quote")
        << "1,\"x\" ,z\r\n2,ok\r\n"_ba
        << QList<Step>{malformed(1, u"after a closing quote in field 2"_s), record(2, {u"2"_s, u"ok"_s})};
    QTest::addRow("malformed after a multi-line record")
        << "1,\"a\nb\"\n2,x\"y\n3,z\n"_ba
        << QList<Step>{record(1, {u"1"_s, u"a\nb"_s}), malformed(3, u"unquoted field 2"_s), record(4, {u"3"_s, u"z"_s})};
    QTest::addRow("two malformed in a row")
        << "a\"\n\"b\"c\nd\n"_ba
        << QList<Step>{malformed(1, u"unquoted field 1"_s), malformed(2, u"closing quote"_s), record(3, {u"d"_s})};
    QTest::addRow("malformed last line without newline")
        << "a\nb\"c"_ba << QList<Step>{record(1, {u"a"_s}), malformed(2, u"unquoted field 1"_s)};
    QTest::addRow("unterminated quote at end of file")
        << "a,b\n1,\"never closed\n2,x\n"_ba
        << QList<Step>{record(1, {u"a"_s, u"b"_s}), malformed(2, u"not closed before the end of the file"_s)};
    QTest::addRow("unterminated quote right at the end")
        << "a\n\""_ba << QList<Step>{record(1, {u"a"_s}), malformed(2, u"not closed"_s)};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<Step>, steps);

    for (const qsizetype blockSize : blockSizes) {
        const QByteArray context = "block size " + QByteArray::number(blockSize);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, blockSize);
        QStringList fields;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Step &expected = steps.at(i);
            const CsvReader::Outcome outcome = reader.next(fields);
            const QByteArray where = context + ", step " + QByteArray::number(i) + ": " + reader.error().toUtf8();
            QVERIFY2(outcome == expected.outcome,
                     qPrintable(QString::fromUtf8(where) + u" got "_s + outcomeName(outcome)));
            QVERIFY2(reader.line() == expected.line,
                     qPrintable(QString::fromUtf8(where) + u" line "_s + QString::number(reader.line())));
            if (expected.outcome == CsvReader::Outcome::Record) {
                QVERIFY2(fields == expected.fields,
                         qPrintable(QString::fromUtf8(where) + u" fields ["_s + fields.join(u'|') + u']'));
                QVERIFY2(reader.error().isEmpty(), where.constData());
            } else {
                QVERIFY2(reader.error().contains(expected.error), where.constData());
            }
        }
        QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
        QVERIFY(fields.isEmpty());
        // End is sticky.
        QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
    }
}

void TestCsvReader::bytesReadCountsEverything()
{
    QByteArray input = "\xEF\xBB\xBFid,name\r\n1,\"a,b\"\r\n\r\n2,c"_ba;
    for (const qsizetype blockSize : blockSizes) {
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, blockSize);
        QStringList fields;
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
        QCOMPARE(reader.bytesRead(), qint64(3 + 9));
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
        QCOMPARE(fields, (QStringList{u"2"_s, u"c"_s}));
        QCOMPARE(reader.line(), qint64(4));
        QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
        QCOMPARE(reader.bytesRead(), qint64(input.size()));
    }
}

void TestCsvReader::emptyInput()
{
    for (const QByteArray &text : {QByteArray(), "\xEF\xBB\xBF"_ba, "\n\r\n\n"_ba}) {
        QByteArray input = text;
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, 2);
        QStringList fields{u"stale"_s};
        QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
        QVERIFY(fields.isEmpty());
    }
}

void TestCsvReader::recordSpanningManyBlocks()
{
    // A quoted field many blocks long, with escaped quotes and line breaks at every offset.
    QString longValue;
    for (int i = 0; i < 200; ++i)
        longValue += u"row %1, \"quoted\"\r\n"_s.arg(i);
    QString escaped = longValue;
    escaped.replace(u"\""_s, u"\"\""_s);
    QByteArray input = (u"id,text,tail\n7,\""_s + escaped + u"\",end\n8,short,x\n"_s).toUtf8();
    CsvReader::Outcome outcome;
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, 7);
    QStringList fields;
    QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
    outcome = reader.next(fields);
    QCOMPARE(outcome, CsvReader::Outcome::Record);
    QCOMPARE(reader.line(), qint64(2));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(1), longValue);
    QCOMPARE(fields.at(2), u"end"_s);
    QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
    QCOMPARE(reader.line(), qint64(2 + 200 + 1)); // the long record ends on line 202
    QCOMPARE(fields, (QStringList{u"8"_s, u"short"_s, u"x"_s}));
    QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
