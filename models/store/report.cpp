#include "report.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "core/timestamp.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

constexpr ReportPeriod periods[] = {ReportPeriod::Day, ReportPeriod::Week, ReportPeriod::Month, ReportPeriod::Quarter,
                                    ReportPeriod::Year};

QString money(qint64 minor, const QString &currency)
{
    return currency.isEmpty() ? QString::number(minor) : Money(minor, currency).toPlainString();
}

} // namespace

QString ReportParameters::fromDate() const
{
    return Timestamp::format(from).left(10);
}

QString ReportParameters::toDate() const
{
    return Timestamp::format(to - 1).left(10);
}

ReportParameters ReportParameters::forDates(qint64 firstDay, qint64 lastDay)
{
    ReportParameters parameters;
    parameters.from = firstDay;
    parameters.to = lastDay + Timestamp::secondsPerDay;
    return parameters;
}

std::optional<qint64> Report::conversion(qint64 orders, qint64 visits)
{
    if (visits <= 0 || orders < 0)
        return std::nullopt;
    // orders × 10000 / visits, rounded half away from zero; integers only.
    return (orders * 20000 + visits) / (2 * visits);
}

QString Report::conversionText(qint64 basisPoints)
{
    return Money::formatMinor(basisPoints, 2) + u" %"_s;
}

QString Report::periodName(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::Day:
        return u"day"_s;
    case ReportPeriod::Week:
        return u"week"_s;
    case ReportPeriod::Month:
        return u"month"_s;
    case ReportPeriod::Quarter:
        return u"quarter"_s;
    case ReportPeriod::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<ReportPeriod> Report::parsePeriod(QStringView name)
{
    for (ReportPeriod period : periods) {
        if (name.compare(periodName(period), Qt::CaseInsensitive) == 0)
            return period;
    }
    return std::nullopt;
}

QString Report::periodTitle(ReportPeriod period)
{
    switch (period) {
    case ReportPeriod::Day:
        return tr("Day");
    case ReportPeriod::Week:
        return tr("Week");
    case ReportPeriod::Month:
        return tr("Month");
    case ReportPeriod::Quarter:
        return tr("Quarter");
    case ReportPeriod::Year:
        return tr("Year");
    }
    return {};
}

QString Report::campaignText(const QString &campaign)
{
    // Not translated: the CSV is read by scripts, and a campaign is a tag, not prose.
    return campaign.isEmpty() ? u"(none)"_s : campaign;
}

QStringList Report::groupTitles() const
{
    QStringList titles;
    const ReportGrouping &by = parameters.grouping;
    if (by.period)
        titles.append(periodTitle(parameters.period));
    if (by.program)
        titles.append(tr("Program"));
    if (by.partner)
        titles.append(tr("Partner"));
    if (by.campaign)
        titles.append(tr("Campaign"));
    if (by.kind)
        titles.append(tr("Kind"));
    return titles;
}

QStringList Report::describe() const
{
    QStringList groups;
    const ReportGrouping &by = parameters.grouping;
    if (by.period)
        groups.append(tr("%1 (%2)", "period (its length)").arg(tr("period"), periodTitle(parameters.period).toLower()));
    if (by.program)
        groups.append(tr("program"));
    if (by.partner)
        groups.append(tr("partner"));
    if (by.campaign)
        groups.append(tr("campaign"));
    if (by.kind)
        groups.append(tr("kind"));
    return {
        tr("Period: %1 to %2 (both included)").arg(parameters.fromDate(), parameters.toDate()),
        tr("Grouped by: %1").arg(groups.isEmpty() ? tr("nothing (totals per currency)") : groups.join(u", "_s)),
        tr("Program: %1").arg(parameters.programName.isEmpty() ? tr("all programs") : parameters.programName),
        tr("Partner: %1").arg(parameters.affiliateCode.isEmpty() ? tr("all partners") : parameters.affiliateCode),
    };
}

void Report::writeCsv(QTextStream &out) const
{
    const ReportGrouping &by = parameters.grouping;
    QList<CsvCell> header;
    if (by.period)
        header.append(u"period"_s);
    if (by.program)
        header.append(u"program"_s);
    if (by.partner)
        header.append(u"partner"_s);
    if (by.campaign)
        header.append(u"campaign"_s);
    if (by.kind)
        header.append(u"kind"_s);
    header += {u"currency"_s, u"orders"_s, u"sales"_s, u"commission"_s, u"visits"_s, u"conversion_percent"_s};
    out << CsvWriter::line(header);
    for (const ReportLine &line : lines) {
        QList<CsvCell> fields;
        if (by.period)
            fields.append(line.period);
        if (by.program)
            fields.append(line.program);
        if (by.partner)
            fields.append(line.affiliateCode);
        if (by.campaign)
            fields.append(campaignText(line.campaign));
        if (by.kind)
            fields.append(line.kind);
        fields += {line.currency,
                   CsvCell::number(line.orders),
                   CsvCell::number(money(line.salesMinor, line.currency)),
                   CsvCell::number(money(line.commissionMinor, line.currency)),
                   CsvCell::number(line.visits ? QString::number(*line.visits) : QString()),
                   CsvCell::number(line.conversionBp ? Money::formatMinor(*line.conversionBp, 2) : QString())};
        out << CsvWriter::line(fields);
    }
}

} // namespace PartnerDesk
