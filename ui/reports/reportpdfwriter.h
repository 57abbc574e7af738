#pragma once

#include "core/result.h"
#include "store/report.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QPageLayout;
class QPagedPaintDevice;
class QTextDocument;

namespace PartnerDesk {

// The report as a printed document: title, parameters, one table row per report line (the same
// rows as the Reports pane and the CSV) with the header repeated on every page, then totals per
// currency. The PDF of the Reports pane and of `partnerdesk-cli report --format pdf`, and what
// the print preview shows. Needs a QGuiApplication (fonts); offscreen is fine.
class ReportPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Writes atomically: a failed write leaves no half file.
    static Status write(const Report &report, const QString &path);
    // Lays the report out on the device's pages (a QPdfWriter, a QPrinter).
    static void print(const Report &report, QPagedPaintDevice *device);
    // A4, portrait; landscape when the table has many columns.
    static QPageLayout pageLayout(const Report &report);
    static std::unique_ptr<QTextDocument> document(const Report &report);
    static QString html(const Report &report);
};

} // namespace PartnerDesk
