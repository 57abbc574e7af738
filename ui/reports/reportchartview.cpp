#include "reportchartview.h"

#include "core/money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QMap>
#include <QValueAxis>
#include <cmath>

namespace PartnerDesk {

QString ReportChartView::axisLabelFormat(const QString &currency, const QLocale &locale)
{
    // Whole units with the currency where the locale writes it ("$%.0f", "%.0f Kč"): the number's
    // place taken by the printf spec Qt Charts fills (in the chart's locale: localizeNumbers).
    const QString number = QStringLiteral("%.0f");
    if (currency.isEmpty())
        return number;
    return Money::currencyPattern(currency, false, locale).replace(QStringLiteral("%1"), number);
}

ReportChartView::ReportChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    showReport(Report{}, {}, Measure::Commission);
}

void ReportChartView::showReport(const Report &report, const QString &currency, Measure measure)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale ("1,200,000" / "1 200 000"), as the table writes them.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString what = measure == Measure::Commission ? tr("Commission") : tr("Sales");
    chart->setTitle(currency.isEmpty() ? what : tr("%1 per period, %2").arg(what, currency));

    // period → series name → minor units. Without a period grouping there is one bar group. Added
    // as doubles: the bars need no exact cents, and lines of opposite signs never wrap around.
    QStringList periods;
    QMap<QString, QMap<QString, double>> values;
    const bool byProgram = report.parameters.grouping.program;
    for (const ReportLine &line : report.lines) {
        if (line.currency != currency)
            continue;
        const QString period = report.parameters.grouping.period ? line.period : tr("All");
        if (!periods.contains(period))
            periods.append(period);
        const QString series = byProgram ? (line.program.isEmpty() ? tr("Unattributed") : line.program) : what;
        values[series][period] += double(measure == Measure::Commission ? line.commissionMinor : line.salesMinor);
    }
    auto *bars = new QBarSeries;
    const double unit = std::pow(10.0, qMax(0, Currency::minorDigits(currency)));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto *set = new QBarSet(it.key());
        for (const QString &period : std::as_const(periods))
            set->append(it->value(period) / unit); // for drawing only; the table has the exact money
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(periods);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(axisLabelFormat(currency));
    y->setTitleText(currency);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (!values.isEmpty())
        y->applyNiceNumbers();
    chart->legend()->setVisible(values.size() > 1);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

int ReportChartView::barSetCount() const
{
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty())
        return 0;
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    return bars ? static_cast<int>(bars->count()) : 0;
}

QStringList ReportChartView::categories() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList();
}

} // namespace PartnerDesk
