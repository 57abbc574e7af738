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
    y->setLabelFormat(QStringLiteral("%.0f"));
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
