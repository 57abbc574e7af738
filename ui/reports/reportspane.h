#pragma once

#include "core/backgroundjob.h"
#include "core/result.h"
#include "pane.h"
#include "store/report.h"

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;

namespace PartnerDesk {

class ReportChartView;
class ReportTableModel;
class TableProxyModel;
struct RunningReport;

// Orders, sales, commission and conversion by period, program, partner and kind: parameters, a
// table and a bar chart, exported to CSV and PDF, printed. Reports and exports run as background jobs,
// a report with its own database connection; the pane stays responsive and can cancel. (Visits are
// imported under File › Import, beside orders.)
class ReportsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPane)

public:
    ReportsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReportsPane() override;

    void reload() override;

    // Asks for a file through FileDialogs: save (export) or open. An empty path means the user
    // cancelled.
    enum class FileMode
    {
        Open,
        Save
    };

    ReportParameters parameters() const;
    void setParameters(const ReportParameters &parameters);
    const Report &report() const;
    bool isRunning() const { return m_reportJob.isRunning() || m_writeJob.isRunning(); }

    void runReport();
    void cancel();
    void exportCsv();
    void exportPdf();
    void printPreview();

Q_SIGNALS:
    // A report finished (or failed); for tests and the status bar.
    void reportFinished(bool ok);

private:
    void showEvent(QShowEvent *event) override;
    void createActions();
    void createViews();
    QWidget *createParameters();
    void applyPreset(int preset);
    void showReport(const Result<Report> &result);
    void showChart();
    void updateActions();
    void setBusy(bool busy, const QString &what);
    void writeFile(const QString &what, std::function<Status(const QString &path)> write, const QString &path);
    QString chooseFile(FileMode mode, const QString &title, const QString &suggestedName, const QString &filter);
    void restoreSettings();
    void saveSettings() const;

    ReportTableModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ReportChartView *m_chart = nullptr;
    QComboBox *m_chartCurrency = nullptr;
    QComboBox *m_chartMeasure = nullptr;
    QSplitter *m_splitter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_byPeriod = nullptr;
    QCheckBox *m_byProgram = nullptr;
    QCheckBox *m_byPartner = nullptr;
    QCheckBox *m_byKind = nullptr;
    QComboBox *m_program = nullptr;
    QLineEdit *m_partner = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_totals = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    BackgroundJob<Result<Report>> m_reportJob;
    BackgroundJob<Status> m_writeJob; // an export
    std::shared_ptr<RunningReport> m_running;
    bool m_hasReport = false;
    bool m_ranOnShow = false;
};

} // namespace PartnerDesk
