#include "reportpdfwriter.h"

#include "core/money.h"
#include "core/timestamp.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString money(qint64 minor, const QString &currency)
{
    return currency.isEmpty() ? QString() : Money(minor, currency).toDisplayString();
}

QString cell(const QString &text, bool number = false)
{
    return (number ? u"<td align=\"right\">"_s : u"<td>"_s) + text.toHtmlEscaped() + u"</td>"_s;
}

// In <thead>, so that QTextDocument repeats it at the top of every page.
QString headerCells(const QStringList &labels, qsizetype firstNumber)
{
    QString row = u"<thead><tr>"_s;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        row += (i >= firstNumber ? u"<th align=\"right\">"_s : u"<th align=\"left\">"_s) +
               labels.at(i).toHtmlEscaped() + u"</th>"_s;
    }
    return row + u"</tr></thead>"_s;
}

qsizetype columnCount(const Report &report)
{
    return report.groupTitles().size() + 4 + (report.visitsKnown ? 2 : 0);
}

const QString tableStart = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           u"style=\"border-color: #999999;\">"_s;

} // namespace

QString ReportPdfWriter::html(const Report &report)
{
    const ReportGrouping &by = report.parameters.grouping;
    QString body = u"<h1>"_s + tr("Partner program report").toHtmlEscaped() + u"</h1><p>"_s;
    for (const QString &line : report.describe())
        body += line.toHtmlEscaped() + u"<br/>"_s;
    body += tr("Generated %1 by PartnerDesk").arg(Timestamp::format(Timestamp::now())).toHtmlEscaped() + u"</p>"_s;

    if (report.lines.isEmpty()) {
        body += u"<p><i>"_s + tr("No orders in this period.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        QStringList titles = report.groupTitles();
        const qsizetype firstNumber = titles.size() + 1;
        titles += {tr("Currency"), tr("Orders"), tr("Sales"), tr("Commission")};
        if (report.visitsKnown)
            titles += {tr("Visits"), tr("Conversion")};
        body += tableStart + headerCells(titles, firstNumber);
        for (const ReportLine &line : report.lines) {
            body += u"<tr>"_s;
            if (by.period)
                body += cell(line.period);
            if (by.program)
                body += cell(line.program.isEmpty() ? u"-"_s : line.program);
            if (by.partner)
                body += cell(line.affiliateCode.isEmpty() ? u"-"_s : line.affiliateCode);
            if (by.campaign)
                body += cell(Report::campaignText(line.campaign));
            if (by.kind)
                body += cell(line.kind);
            body += cell(line.currency) + cell(formatCount(line.orders), true) +
                    cell(money(line.salesMinor, line.currency), true) +
                    cell(money(line.commissionMinor, line.currency), true);
            if (report.visitsKnown) {
                body += cell(line.visits ? formatCount(*line.visits) : QString(), true) +
                        cell(line.conversionBp ? Report::conversionText(*line.conversionBp) : QString(), true);
            }
            body += u"</tr>"_s;
        }
        body += u"</table>"_s;
    }

    body += u"<h2>"_s + tr("Totals per currency").toHtmlEscaped() + u"</h2>"_s;
    if (report.totals.isEmpty()) {
        body += u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
    } else {
        body += tableStart + headerCells({tr("Currency"), tr("Orders"), tr("Sales"), tr("Commission")}, 1);
        for (const ReportTotal &total : report.totals) {
            body += u"<tr>"_s + cell(total.currency) + cell(formatCount(total.orders), true) +
                    cell(money(total.salesMinor, total.currency), true) +
                    cell(money(total.commissionMinor, total.currency), true) + u"</tr>"_s;
        }
        body += u"</table>"_s;
    }
    if (report.visitsKnown) {
        const std::optional<qint64> conversion = report.conversionBp();
        body += u"<p>"_s +
                tr("Visits: %1; orders: %2; conversion: %3")
                    .arg(formatCount(report.visits), formatCount(report.orders),
                         conversion ? Report::conversionText(*conversion) : tr("none (no visits)"))
                    .toHtmlEscaped() +
                u"</p>"_s;
    }
    return u"<html><body>"_s + body + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> ReportPdfWriter::document(const Report &report)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(u"body { font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; }"_s);
    document->setHtml(html(report));
    return document;
}

QPageLayout ReportPdfWriter::pageLayout(const Report &report)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       columnCount(report) > 9 ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void ReportPdfWriter::print(const Report &report, QPagedPaintDevice *device)
{
    document(report)->print(device);
}

Status ReportPdfWriter::write(const Report &report, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("Writing a PDF needs a QGuiApplication."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(
            tr("Partner program report %1 to %2").arg(report.parameters.fromDate(), report.parameters.toDate()));
        writer.setCreator(u"PartnerDesk"_s);
        writer.setResolution(300);
        writer.setPageLayout(pageLayout(report));
        print(report, &writer);
    } // QPdfWriter finishes the file when it is destroyed
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace PartnerDesk
