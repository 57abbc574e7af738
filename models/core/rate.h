#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace PartnerDesk {

// A percentage kept in basis points (hundredths of a percent): 20 % is 2000.
class Rate final
{
public:
    constexpr Rate() = default;
    static constexpr Rate fromBasisPoints(int basisPoints) { return Rate(basisPoints); }

    // "20", "12.5", "7.25" (percent, at most two decimals, 0 to 100).
    static std::optional<Rate> parsePercent(QStringView text, QString *error = nullptr);

    constexpr int basisPoints() const { return m_basisPoints; }
    // "20", "12.5", "7.25": the shortest exact form.
    QString toPercentString() const;

    friend constexpr bool operator==(Rate, Rate) = default;

private:
    constexpr explicit Rate(int basisPoints)
        : m_basisPoints(basisPoints)
    {}
    int m_basisPoints = 0;
};

} // namespace PartnerDesk
