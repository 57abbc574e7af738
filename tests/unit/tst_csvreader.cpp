#include "import/csvreader.h"

#include <QBuffer>
#include <QLocale>
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

Step unreadable(qint64 line, const QString &error)
{
    return {CsvReader::Outcome::Unreadable, line, {}, error};
}

QString outcomeName(CsvReader::Outcome outcome)
{
    switch (outcome) {
    case CsvReader::Outcome::Record:
        return u"Record"_s;
    case CsvReader::Outcome::Malformed:
        return u"Malformed"_s;
    case CsvReader::Outcome::Unreadable:
        return u"Unreadable"_s;
    case CsvReader::Outcome::End:
        return u"End"_s;
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
    void limits_data();
    void limits();
    void unclosedQuoteIsStoppedEarly();
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
    QTest::addRow("CRLF after quoted field")
        << "\"a\",\"b\"\r\n\"c\",\"d\"\r\n"_ba << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s})};
    QTest::addRow("BOM") << "\xEF\xBB\xBForder_id,x\n1,2\n"_ba
                         << QList<Step>{record(1, {u"order_id"_s, u"x"_s}), record(2, {u"1"_s, u"2"_s})};
    QTest::addRow("BOM split over blocks, then CRLF") << "\xEF\xBB\xBF"
                                                         "a\r\nb"_ba
                                                      << QList<Step>{record(1, {u"a"_s}), record(2, {u"b"_s})};
    QTest::addRow("empty lines skipped") << "\n\na,b\n\n\r\n\nc,d\n\n"_ba
                                         << QList<Step>{record(3, {u"a"_s, u"b"_s}), record(7, {u"c"_s, u"d"_s})};
    QTest::addRow("last line without newline")
        << "a,b\nc,d"_ba << QList<Step>{record(1, {u"a"_s, u"b"_s}), record(2, {u"c"_s, u"d"_s})};
    QTest::addRow("last line quoted without newline")
        << "a\n\"c,d\""_ba << QList<Step>{record(1, {u"a"_s}), record(2, {u"c,d"_s})};
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
        << QList<Step>{record(1, {u"1"_s, u"a\nb"_s}), malformed(3, u"unquoted field 2"_s),
                       record(4, {u"3"_s, u"z"_s})};
    QTest::addRow("two malformed in a row")
        << "a\"\n\"b\"c\nd\n"_ba
        << QList<Step>{malformed(1, u"unquoted field 1"_s), malformed(2, u"closing quote"_s), record(3, {u"d"_s})};
    QTest::addRow("malformed last line without newline")
        << "a\nb\"c"_ba << QList<Step>{record(1, {u"a"_s}), malformed(2, u"unquoted field 1"_s)};
    QTest::addRow("unterminated quote at end of file")
        << "a,b\n1,\"never closed\n2,x\n"_ba
        << QList<Step>{record(1, {u"a"_s, u"b"_s}),
                       malformed(2, u"unclosed quote starting at line 2: field 2 is not closed before the end of the "
                                    "file; the lines after the quote were read as part of it"_s)};
    QTest::addRow("unterminated quote right at the end")
        << "a\n\""_ba
        << QList<Step>{
               record(1, {u"a"_s}),
               malformed(2, u"unclosed quote starting at line 2: field 1 is not closed before the end of the file"_s)};
    QTest::addRow("unterminated quote on a later line of its record")
        << "1,\"two\nlines\",\"x\n3\n"_ba
        << QList<Step>{malformed(1, u"unclosed quote starting at line 2: field 3 is not closed"_s)};

    // UTF-8 of every length, a character split over blocks at every block size above.
    QTest::addRow("UTF-8 of two, three and four bytes")
        << "\xC5\xA1,\xE2\x82\xAC,\xF0\x9F\x98\x80\n"_ba << QList<Step>{record(1, {u"š"_s, u"€"_s, u"😀"_s})};

    // Not text: the file is unreadable from the first block on, at the line of the byte. Nothing
    // before it is returned, since nothing of such a file may be imported.
    QTest::addRow("NUL in the middle")
        << "a,b\nc,d\x00"
           "e\nf,g\n"_ba
        << QList<Step>{unreadable(2, u"a NUL byte at byte offset 7: this is a binary file, not CSV text"_s)};
    QTest::addRow("NUL inside quotes on a later line")
        << "a,b\nc,\"x\ny\x00\"\n"_ba << QList<Step>{unreadable(3, u"a NUL byte at byte offset 10"_s)};
    QTest::addRow("PNG") << "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"_ba
                         << QList<Step>{unreadable(1, u"byte 0x89 at byte offset 0 is not UTF-8: a binary file"_s)};
    QTest::addRow("UTF-16 little endian") << "\xFF\xFEo\x00r\x00"_ba
                                          << QList<Step>{unreadable(1, u"the file is UTF-16 text (it starts with the "
                                                                       "byte order mark 0xFF 0xFE); save it as CSV "
                                                                       "UTF-8"_s)};
    QTest::addRow("UTF-16 big endian") << "\xFE\xFF\x00o\x00r"_ba << QList<Step>{unreadable(1, u"UTF-16"_s)};
    QTest::addRow("Latin-1 (Windows-1252) text")
        << "name\r\nJana\r\nNov\xE1kov\xE1\r\n"_ba
        << QList<Step>{unreadable(3, u"the bytes at byte offset 15 (0xE1 0x6B) are not UTF-8: a binary file, or text "
                                     "in another encoding (save it as CSV UTF-8)"_s)};
    QTest::addRow("lone continuation byte")
        << "a\n\x80\n"_ba << QList<Step>{unreadable(2, u"byte 0x80 at byte offset 2"_s)};
    QTest::addRow("overlong encoding") << "\xC0\xAF"_ba << QList<Step>{unreadable(1, u"byte 0xC0 at byte offset 0"_s)};
    QTest::addRow("UTF-16 surrogate in UTF-8")
        << "x\xED\xA0\x80"_ba << QList<Step>{unreadable(1, u"byte offset 1 (0xED 0xA0)"_s)};
    QTest::addRow("beyond U+10FFFF") << "\xF4\x90\x80\x80"_ba
                                     << QList<Step>{unreadable(1, u"byte offset 0 (0xF4 0x90)"_s)};
    QTest::addRow("file ends inside a character")
        << "a\n\xE2\x82"_ba << QList<Step>{unreadable(2, u"the file ends inside a UTF-8 character (byte offset 2)"_s)};
    QTest::addRow("CR-only lines, NUL on the third")
        << "a\rb\rc\x00\r"_ba << QList<Step>{unreadable(3, u"a NUL byte at byte offset 5"_s)};
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
        // End, and an unreadable file, are sticky.
        const CsvReader::Outcome last = !steps.isEmpty() && steps.last().outcome == CsvReader::Outcome::Unreadable
                                            ? CsvReader::Outcome::Unreadable
                                            : CsvReader::Outcome::End;
        QCOMPARE(reader.next(fields), last);
        QVERIFY(fields.isEmpty());
        QCOMPARE(reader.next(fields), last);
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

void TestCsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<qint64>("line");   // where the record over the limit began
    QTest::addColumn<qint64>("record"); // its number, the header's row being 1
    QTest::addColumn<QString>("error");

    const QByteArray field(CsvReader::maxFieldBytes, 'f');
    const QByteArray header = "id,text\n";
    const QString fieldTooLong = u"field 2 is longer than %1 bytes, the most a field may hold"_s.arg(
        QLocale().toString(CsvReader::maxFieldBytes));
    QTest::addRow("a field of 64 KiB") << header + "1," + field + "\n2,x\n"
                                       << true << qint64(0) << qint64(0) << QString();
    QTest::addRow("a quoted field of 64 KiB with doubled quotes")
        << header + "1,\"" + QByteArray(CsvReader::maxFieldBytes - 2, 'q') + "\"\"\"\"\"\n"
        << true << qint64(0) << qint64(0) << QString();
    QTest::addRow("a field of 70 KiB") << header + "1,x\n2," + QByteArray(70 * 1024, 'f') + "\n3,y\n"
                                       << false << qint64(3) << qint64(3) << u"row 3: "_s + fieldTooLong;
    QTest::addRow("a closed quoted field of 70 KiB on line 2")
        << header + "1,\"" + QByteArray(70 * 1024, 'q') + "\"\n"
        << false << qint64(2) << qint64(2)
        << u"row 2: unclosed quote starting at line 2: "_s + fieldTooLong + u", still inside the quotes at line 2"_s;
    // 20 fields of 60 KiB: 1.2 MB of one row.
    QByteArray longRow = "1";
    for (int i = 0; i < 20; ++i)
        longRow += "," + QByteArray(60 * 1024, 'r');
    QTest::addRow("a row of 1.2 MB") << "a\n\nb\n" + longRow + "\n"
                                     << false << qint64(4) << qint64(3)
                                     << u"row 3: the row is longer than %1 bytes, the most a row may hold"_s.arg(
                                            QLocale().toString(CsvReader::maxRecordBytes));
    QTest::addRow("256 fields") << header + QByteArray(255, ',') + "\n" << true << qint64(0) << qint64(0) << QString();
    QTest::addRow("257 fields") << header + QByteArray(256, ',') + "\n"
                                << false << qint64(2) << qint64(2)
                                << u"row 2: the row has more than 256 fields, the most a row may have"_s;
    QTest::addRow("a header of 300 columns")
        << QByteArray(299, ',') + "\n1\n"
        << false << qint64(1) << qint64(1) << u"row 1: the row has more than 256 fields"_s;
}

// A record past a limit makes the file unreadable from there on: sticky, whatever the block size.
void TestCsvReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, readable);
    QFETCH(qint64, line);
    QFETCH(qint64, record);
    QFETCH(QString, error);

    for (const qsizetype blockSize : {qsizetype(7), qsizetype(4096), qsizetype(1 << 20)}) {
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, blockSize);
        QStringList fields;
        CsvReader::Outcome outcome;
        qint64 records = 0;
        while ((outcome = reader.next(fields)) == CsvReader::Outcome::Record)
            ++records;
        if (readable) {
            QCOMPARE(outcome, CsvReader::Outcome::End);
            QVERIFY(records >= 2);
            continue;
        }
        QCOMPARE(outcome, CsvReader::Outcome::Unreadable);
        QCOMPARE(records, record - 1);
        QCOMPARE(reader.line(), line);
        QCOMPARE(reader.record(), record);
        QVERIFY2(reader.error().startsWith(error), qPrintable(reader.error()));
        QVERIFY(fields.isEmpty());
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Unreadable);
        QCOMPARE(reader.line(), line);
    }
}

// An unclosed quote at line 3 of a 10,000-line file: reported at line 3, and the reader stopped
// once the field passed its limit instead of reading the rest of the file into it.
void TestCsvReader::unclosedQuoteIsStoppedEarly()
{
    QByteArray input = "order_id,note\n1,fine\n2,\"never closed\n";
    for (int i = 4; i <= 10000; ++i)
        input += QByteArray::number(i) + ",a row that the open quote swallows\n";
    QVERIFY(input.size() > 30 * CsvReader::maxFieldBytes / 10);
    for (const qsizetype blockSize : {qsizetype(7), qsizetype(1 << 20)}) {
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, blockSize);
        QStringList fields;
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
        QCOMPARE(reader.next(fields), CsvReader::Outcome::Unreadable);
        QCOMPARE(reader.line(), qint64(3));
        QCOMPARE(reader.record(), qint64(3));
        QVERIFY2(reader.error().startsWith(u"row 3: unclosed quote starting at line 3: field 2 is longer than"_s),
                 qPrintable(reader.error()));
        // Stopped right after the limit: line 3 plus 64 KiB (some 1,800 lines), not 10,000 lines.
        QVERIFY2(reader.bytesRead() <= 40 + CsvReader::maxFieldBytes, qPrintable(QString::number(reader.bytesRead())));
        QVERIFY2(reader.error().contains(u"still inside the quotes at line 1"_s), qPrintable(reader.error()));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
