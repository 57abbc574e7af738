#pragma once

#include "store/report.h"

#include <QChartView>
#include <QLocale>

namespace PartnerDesk {

// A bar chart of one report: commission or sales per period in one currency (money is never
// added across currencies), one bar set per program when the report is grouped by program.
class ReportChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartView)

public:
    enum class Measure
    {
        Commission,
        Sales
    };

    explicit ReportChartView(QWidget *parent = nullptr);

    void showReport(const Report &report, const QString &currency, Measure measure);
    // The bar sets shown, and their categories (periods), for tests and tool tips.
    int barSetCount() const;
    QStringList categories() const;
    // The value axis's label format for a currency: "$%.0f" in en_US, "%.0f\u00a0Kč" in cs_CZ.
    static QString axisLabelFormat(const QString &currency, const QLocale &locale = QLocale());
};

} // namespace PartnerDesk
