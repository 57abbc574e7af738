#pragma once

#include "store/ledgerstore.h"
#include "store/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PartnerDesk {

// The commission report as an A4 PDF: title, period, one table row per month, program and kind,
// then totals per currency. Used by the Reports pane and by `partnerdesk-cli report --format pdf`;
// needs a QGuiApplication (fonts), offscreen is fine.
class ReportPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // `fromDate`/`toDate` as the user gave them (YYYY-MM-DD, both included). Writes atomically.
    static Status write(const QList<ReportRow> &rows, const QString &fromDate, const QString &toDate,
                        const QString &path);
    // The report as HTML for QTextDocument (also what a print preview shows).
    static QString html(const QList<ReportRow> &rows, const QString &fromDate, const QString &toDate);
};

} // namespace PartnerDesk
