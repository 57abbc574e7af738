#include "csvwriter.h"

#include <QRegularExpression>

namespace PartnerDesk {

namespace {

bool isPlainNumber(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("\\A(?:-?[0-9]+(?:\\.[0-9]+)?)?\\z"));
    return pattern.match(value).hasMatch();
}

QString quoted(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

CsvCell CsvCell::number(const QString &plain)
{
    CsvCell cell(plain);
    cell.m_number = isPlainNumber(plain);
    return cell;
}

CsvCell CsvCell::number(qint64 value)
{
    return number(QString::number(value));
}

bool CsvWriter::startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::text(const QString &value)
{
    return quoted(startsLikeFormula(value) ? u'\'' + value : value);
}

QString CsvWriter::field(const CsvCell &cell)
{
    return cell.isNumber() ? cell.value() : text(cell.value());
}

QString CsvWriter::line(const QList<CsvCell> &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(cells.at(i));
    }
    return line + u'\n';
}

} // namespace PartnerDesk
