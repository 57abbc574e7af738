#include "rate.h"

#include "money.h"

#include <QCoreApplication>

namespace PartnerDesk {

std::optional<Rate> Rate::parsePercent(QStringView text, QString *error)
{
    QString reason;
    const std::optional<qint64> basisPoints = Money::parseMinor(text.trimmed(), 2, &reason);
    if (!basisPoints) {
        if (error)
            *error = QCoreApplication::translate("Rate", "invalid percentage: %1").arg(reason);
        return std::nullopt;
    }
    if (*basisPoints < 0 || *basisPoints > 10000) {
        if (error)
            *error = QCoreApplication::translate("Rate", "a percentage must be between 0 and 100, not %1")
                         .arg(text.toString());
        return std::nullopt;
    }
    return Rate(static_cast<int>(*basisPoints));
}

QString Rate::toPercentString() const
{
    QString text = Money::formatMinor(m_basisPoints, 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

} // namespace PartnerDesk
