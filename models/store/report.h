#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace PartnerDesk {

enum class ReportPeriod
{
    Day,
    Week,
    Month,
    Quarter,
    Year
};

// What a report is grouped by; any combination, none at all gives one line per currency.
struct ReportGrouping
{
    bool period = true;
    bool program = true;
    bool partner = false;
    bool kind = true;
    // The transactions' campaign (acc_campaign); orders without one, and unattributed orders, are
    // "(none)". Visits carry no campaign: a report by campaign shows none.
    bool campaign = false;

    friend bool operator==(const ReportGrouping &, const ReportGrouping &) = default;
};

struct ReportParameters
{
    qint64 from = 0; // first instant included (UTC seconds)
    qint64 to = 0;   // first instant excluded
    ReportPeriod period = ReportPeriod::Month;
    ReportGrouping grouping;
    QString programName;   // "" every program
    QString affiliateCode; // "" every partner

    // "YYYY-MM-DD" of the first and of the last day included.
    QString fromDate() const;
    QString toDate() const;
    // From two dates, both included.
    static ReportParameters forDates(qint64 firstDay, qint64 lastDay);
};

// One group of the report in one currency. Visits belong to the group, not to a currency: they
// are on the group's first line only (nullopt on the others, and everywhere when no visits were
// ever imported). A group with visits but no orders has one line with an empty currency.
struct ReportLine
{
    QString period;       // "2026-01-31", "2026-W05", "2026-01", "2026-Q1", "2026"; "" when not grouped
    qint64 programId = 0; // 0: not grouped, or unattributed
    QString program;
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString affiliateName;
    QString campaign; // "" when none or not grouped (campaignText() shows "(none)")
    QString kind;     // manual|coupon|link|rewrite|direct|reversal|unattributed; "" when not grouped
    QString currency;
    qint64 orders = 0;          // live orders (reversals are no orders)
    qint64 salesMinor = 0;      // their subtotals
    qint64 commissionMinor = 0; // every transaction not cancelled, reversals included
    std::optional<qint64> visits;
    std::optional<qint64> conversionBp; // the group's orders (all currencies) / visits, in basis points
};

struct ReportTotal
{
    QString currency;
    qint64 orders = 0;
    qint64 salesMinor = 0;
    qint64 commissionMinor = 0;
};

// A finished report: its parameters, lines sorted by period, program, partner, campaign, kind and currency,
// and totals per currency (money is never added across currencies).
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    ReportParameters parameters;
    QList<ReportLine> lines;
    QList<ReportTotal> totals;
    bool visitsKnown = false; // any visit imported at all: then visits and conversion are shown
    qint64 orders = 0;        // every currency
    qint64 visits = 0;
    std::optional<qint64> conversionBp() const { return conversion(orders, visits); }

    // The CSV as the Reports pane shows it: the grouped columns, then currency, orders, sales,
    // commission, visits, conversion_percent (the last two empty where unknown).
    void writeCsv(QTextStream &out) const;
    // Column titles of the grouped dimensions, in order (for the pane and the PDF).
    QStringList groupTitles() const;
    // The parameters in one sentence each, for a PDF's heading.
    QStringList describe() const;

    static std::optional<qint64> conversion(qint64 orders, qint64 visits);
    // "12.34 %"
    static QString conversionText(qint64 basisPoints);
    static QString periodName(ReportPeriod period);
    static std::optional<ReportPeriod> parsePeriod(QStringView name);
    static QString periodTitle(ReportPeriod period); // translated "Month", "Week", ...
    // A line's campaign as shown: "(none)" for "" (the CSV writes the same).
    static QString campaignText(const QString &campaign);
};

} // namespace PartnerDesk
