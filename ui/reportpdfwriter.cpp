#include "reportpdfwriter.h"

#include "core/money.h"
#include "core/timestamp.h"

#include <QGuiApplication>
#include <QMap>
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
    return Money::formatMinor(minor, qMax(0, Currency::minorDigits(currency)));
}

struct Totals
{
    qint64 orders = 0;
    qint64 salesMinor = 0;
    qint64 commissionMinor = 0;
};

QString cell(const QString &text, bool number = false)
{
    return (number ? u"<td align=\"right\">"_s : u"<td>"_s) + text.toHtmlEscaped() + u"</td>"_s;
}

// In <thead>, so that QTextDocument repeats it at the top of every page.
QString headerCells(const QStringList &labels, int firstNumber)
{
    QString row = u"<thead><tr>"_s;
    for (int i = 0; i < labels.size(); ++i) {
        row += (i >= firstNumber ? u"<th align=\"right\">"_s : u"<th align=\"left\">"_s) +
               labels.at(i).toHtmlEscaped() + u"</th>"_s;
    }
    return row + u"</tr></thead>"_s;
}

} // namespace

QString ReportPdfWriter::html(const QList<ReportRow> &rows, const QString &fromDate, const QString &toDate)
{
    QString body = u"<h1>"_s + tr("Partner program report").toHtmlEscaped() + u"</h1>"_s;
    body += u"<p>"_s + tr("Period: %1 to %2 (both included)").arg(fromDate, toDate).toHtmlEscaped() + u"<br/>"_s +
            tr("Generated %1 by PartnerDesk").arg(Timestamp::format(Timestamp::now())).toHtmlEscaped() + u"</p>"_s;

    const QString table = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          u"style=\"border-color: #999999;\">"_s;
    QMap<QString, Totals> totals;
    if (rows.isEmpty()) {
        body += u"<p><i>"_s + tr("No orders in this period.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        body += table + headerCells({tr("Month"), tr("Program"), tr("Kind"), tr("Currency"), tr("Orders"), tr("Sales"),
                                     tr("Commission")},
                                    4);
        for (const ReportRow &row : rows) {
            body += u"<tr>"_s + cell(row.period) + cell(row.program.isEmpty() ? u"-"_s : row.program) + cell(row.kind) +
                    cell(row.currency) + cell(QString::number(row.orders), true) +
                    cell(money(row.salesMinor, row.currency), true) +
                    cell(money(row.commissionMinor, row.currency), true) + u"</tr>"_s;
            Totals &sum = totals[row.currency];
            sum.orders += row.orders;
            sum.salesMinor += row.salesMinor;
            sum.commissionMinor += row.commissionMinor;
        }
        body += u"</table>"_s;
    }

    body += u"<h2>"_s + tr("Totals per currency").toHtmlEscaped() + u"</h2>"_s;
    if (totals.isEmpty()) {
        body += u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
    } else {
        body += table + headerCells({tr("Currency"), tr("Orders"), tr("Sales"), tr("Commission")}, 1);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            body += u"<tr>"_s + cell(it.key()) + cell(QString::number(it->orders), true) +
                    cell(money(it->salesMinor, it.key()), true) + cell(money(it->commissionMinor, it.key()), true) +
                    u"</tr>"_s;
        }
        body += u"</table>"_s;
    }
    return u"<html><body>"_s + body + u"</body></html>"_s;
}

Status ReportPdfWriter::write(const QList<ReportRow> &rows, const QString &fromDate, const QString &toDate,
                              const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("Writing a PDF needs a QGuiApplication."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Partner program report %1 to %2").arg(fromDate, toDate));
        writer.setCreator(u"PartnerDesk"_s);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultStyleSheet(u"body { font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; }"_s);
        document.setHtml(html(rows, fromDate, toDate));
        document.print(&writer);
    } // QPdfWriter finishes the file when it is destroyed
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace PartnerDesk
