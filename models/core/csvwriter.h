#pragma once

#include <QString>
#include <QStringList>

namespace PartnerDesk {

// RFC 4180 output: a field is quoted only when it holds a comma, a quote or a line break.
class CsvWriter final
{
public:
    static QString field(const QString &value);
    // The fields joined by commas, ending with "\n".
    static QString line(const QStringList &fields);
};

} // namespace PartnerDesk
