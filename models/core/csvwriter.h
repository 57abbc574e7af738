#pragma once

#include <QList>
#include <QString>

namespace PartnerDesk {

// One cell of a CSV row. Text is whatever a person or another system typed (names, e-mails,
// codes, order ids, reasons, headers); a number is one PartnerDesk formatted itself (an amount
// such as "-12.50", a count, a rate). The writer never guesses which is which from the content.
class CsvCell final
{
public:
    // Implicit, so that text, the safe default, needs no wrapping: {name, email, CsvCell::number(...)}.
    CsvCell(const QString &text)
        : m_value(text)
    {}
    // A plain decimal ("-12.50", "3", "" for none) written as it is. Anything else is a caller's
    // mistake and is written as text, neutralised, so a mislabelled cell cannot carry a formula.
    static CsvCell number(const QString &plain);
    static CsvCell number(qint64 value);

    bool isNumber() const { return m_number; }
    const QString &value() const { return m_value; }

private:
    QString m_value;
    bool m_number = false;
};

// RFC 4180 output for every CSV PartnerDesk writes: a field is quoted only when it holds a comma,
// a quote or a line break. Exports are inert (docs/SECURITY.md): a text cell a spreadsheet would
// run as a formula (first character =, +, -, @, tab or carriage return) gets a leading ' (OWASP's
// advice against CSV injection); number cells are left alone.
class CsvWriter final
{
public:
    // One text field: neutralised, then quoted as RFC 4180 needs.
    static QString text(const QString &value);
    // One field of a cell, text or number.
    static QString field(const CsvCell &cell);
    // The fields joined by commas, ending with "\n".
    static QString line(const QList<CsvCell> &cells);

    // Whether a spreadsheet would read this text as a formula.
    static bool startsLikeFormula(const QString &value);
};

} // namespace PartnerDesk
