// Why this file is long: the pane owns its actions and its parameter bar (STYLE.md, practice 5):
// the parameters, running a report in the background, the chart and the three outputs (CSV, PDF,
// print) all read the same report and parameters; it is 631 lines, the parameter bar the next
// part to move out (as TransactionFilterBar is for Transactions).

#include "reportspane.h"

#include "core/money.h"
#include "core/timestamp.h"
#include "filedialogs.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/reporttablemodel.h"
#include "reportchartview.h"
#include "reportpdfwriter.h"
#include "store/database.h"
#include "store/programstore.h"
#include "store/reportstore.h"
#include "tableproxymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace PartnerDesk {

// The report's store while its job runs: cancelling interrupts its query (ReportStore::cancel).
struct RunningReport
{
    QMutex mutex;
    ReportStore *store = nullptr;

    void cancel()
    {
        const QMutexLocker lock(&mutex);
        if (store)
            store->cancel();
    }
};

namespace {

const QString settingsGroup = QStringLiteral("ReportsPane/");

enum Preset
{
    ThisMonth,
    LastMonth,
    ThisYear
};

QDate today()
{
    return QDateTime::fromSecsSinceEpoch(Timestamp::now(), Qt::UTC).date();
}

qint64 startOf(const QDate &date)
{
    return *Timestamp::parseDate(date.toString(Qt::ISODate));
}

} // namespace

ReportsPane::ReportsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_model(new ReportTableModel(this))
    , m_proxy(new TableProxyModel(this))
{
    setObjectName(QStringLiteral("ReportsPane"));
    m_proxy->setSourceModel(m_model);
    createActions();
    createViews();
    restoreSettings();
    updateActions();
}

ReportsPane::~ReportsPane()
{
    saveSettings();
    cancel(); // the jobs wait for their work when they go
}

void ReportsPane::createActions()
{
    m_runAction =
        createAction(tr("&Run Report"), QStringLiteral("runReportAction"), QStringLiteral("media-playback-start"));
    m_runAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_runAction->setToolTip(tr("Compute the report for these parameters (Ctrl+Enter)"));
    connect(m_runAction, &QAction::triggered, this, &ReportsPane::runReport);

    m_cancelAction = createAction(tr("&Cancel"), QStringLiteral("cancelReportAction"), QStringLiteral("process-stop"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the report that is running (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &ReportsPane::cancel);

    m_exportCsvAction =
        createAction(tr("Export &CSV…"), QStringLiteral("exportReportCsvAction"), QStringLiteral("text-csv"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportCsvAction->setToolTip(tr("Save the report's lines as CSV"));
    connect(m_exportCsvAction, &QAction::triggered, this, &ReportsPane::exportCsv);

    m_exportPdfAction =
        createAction(tr("Export &PDF…"), QStringLiteral("exportReportPdfAction"), QStringLiteral("application-pdf"));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportPdfAction->setToolTip(tr("Save the report as a PDF document"));
    connect(m_exportPdfAction, &QAction::triggered, this, &ReportsPane::exportPdf);

    m_printPreviewAction = createAction(tr("Print Pre&view…"), QStringLiteral("printReportPreviewAction"),
                                        QStringLiteral("document-print-preview"));
    m_printPreviewAction->setShortcut(QKeySequence::Print);
    connect(m_printPreviewAction, &QAction::triggered, this, &ReportsPane::printPreview);
}

QWidget *ReportsPane::createParameters()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 4);
    auto dateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromEdit"));
    m_to = dateEdit(QStringLiteral("toEdit"));
    auto *fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("&To:"), box);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    const std::pair<Preset, QString> presets[] = {
        {ThisMonth, tr("This month")}, {LastMonth, tr("Last month")}, {ThisYear, tr("This year")}};
    const QString names[] = {QStringLiteral("thisMonthButton"), QStringLiteral("lastMonthButton"),
                             QStringLiteral("thisYearButton")};
    for (const auto &entry : presets) {
        const auto preset = entry.first;
        const QString &text = entry.second;
        auto *button = new QToolButton(box);
        button->setObjectName(names[preset]);
        button->setText(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, preset] { applyPreset(preset); });
        layout->addWidget(button);
    }
    layout->addSpacing(12);

    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    for (ReportPeriod period :
         {ReportPeriod::Day, ReportPeriod::Week, ReportPeriod::Month, ReportPeriod::Quarter, ReportPeriod::Year})
        m_period->addItem(Report::periodTitle(period), static_cast<int>(period));
    auto *byLabel = new QLabel(tr("By:"), box);
    layout->addWidget(byLabel);
    auto checkBox = [&](const QString &text, const QString &name) {
        auto *check = new QCheckBox(text, box);
        check->setObjectName(name);
        layout->addWidget(check);
        return check;
    };
    m_byPeriod = checkBox(tr("P&eriod"), QStringLiteral("byPeriodCheck"));
    layout->addWidget(m_period);
    m_byProgram = checkBox(tr("Pro&gram"), QStringLiteral("byProgramCheck"));
    m_byPartner = checkBox(tr("P&artner"), QStringLiteral("byPartnerCheck"));
    m_byKind = checkBox(tr("&Kind"), QStringLiteral("byKindCheck"));
    connect(m_byPeriod, &QCheckBox::toggled, m_period, &QWidget::setEnabled);
    layout->addSpacing(12);

    m_program = new QComboBox(box);
    m_program->setObjectName(QStringLiteral("reportProgramFilter"));
    m_program->setMinimumContentsLength(14);
    m_partner = new QLineEdit(box);
    m_partner->setObjectName(QStringLiteral("reportPartnerFilter"));
    m_partner->setPlaceholderText(tr("All partners (code)"));
    m_partner->setClearButtonEnabled(true);
    m_partner->setMaximumWidth(180);
    connect(m_partner, &QLineEdit::returnPressed, this, &ReportsPane::runReport);
    layout->addWidget(m_program);
    layout->addWidget(m_partner);
    layout->addStretch(1);
    return box;
}

void ReportsPane::createViews()
{
    auto *toolBar = new QToolBar(tr("Reports"), this);
    toolBar->setObjectName(QStringLiteral("reportsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportCsvAction);
    toolBar->addAction(m_exportPdfAction);
    toolBar->addAction(m_printPreviewAction);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Unsorted until the user clicks a header: the report's own order (period, program, ...).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions({m_runAction, m_exportCsvAction, m_exportPdfAction, m_printPreviewAction});
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);

    m_chart = new ReportChartView(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chartCurrency = new QComboBox(this);
    m_chartCurrency->setObjectName(QStringLiteral("chartCurrencyCombo"));
    m_chartMeasure = new QComboBox(this);
    m_chartMeasure->setObjectName(QStringLiteral("chartMeasureCombo"));
    m_chartMeasure->addItem(tr("Commission"));
    m_chartMeasure->addItem(tr("Sales"));
    connect(m_chartCurrency, &QComboBox::currentIndexChanged, this, &ReportsPane::showChart);
    connect(m_chartMeasure, &QComboBox::currentIndexChanged, this, &ReportsPane::showChart);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_totals);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(new QLabel(tr("Chart:"), chartBox));
    chartControls->addWidget(m_chartMeasure);
    chartControls->addWidget(m_chartCurrency);
    chartControls->addStretch(1);
    chartLayout->addLayout(chartControls);
    chartLayout->addWidget(m_chart, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("reportsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(tableBox);
    m_splitter->addWidget(chartBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 0);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(createParameters());
    layout->addLayout(statusRow);
    layout->addWidget(m_splitter, 1);
}

void ReportsPane::applyPreset(int preset)
{
    const QDate now = today();
    const QDate monthStart(now.year(), now.month(), 1);
    switch (preset) {
    case ThisMonth:
        m_from->setDate(monthStart);
        m_to->setDate(monthStart.addMonths(1).addDays(-1));
        break;
    case LastMonth:
        m_from->setDate(monthStart.addMonths(-1));
        m_to->setDate(monthStart.addDays(-1));
        break;
    case ThisYear:
        m_from->setDate(QDate(now.year(), 1, 1));
        m_to->setDate(QDate(now.year(), 12, 31));
        break;
    }
}

void ReportsPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    // The first look at the pane shows the last parameters' figures; later runs are the user's call,
    // as a report over a million transactions takes seconds (on a worker thread, cancellable).
    if (!m_hasReport && !isRunning() && !m_ranOnShow && !event->spontaneous()) {
        m_ranOnShow = true;
        runReport();
    }
}

void ReportsPane::reload()
{
    // Program names for the filter; the report itself is only recomputed when asked for.
    const QString chosen = m_program->currentData().toString();
    m_program->clear();
    m_program->addItem(tr("All programs"), QString());
    for (const Program &program : ProgramStore(database()).list())
        m_program->addItem(program.name, program.name);
    m_program->setCurrentIndex(qMax(0, m_program->findData(chosen)));
    if (m_hasReport)
        m_status->setText(tr("The books changed since this report was run: Run it again for current figures."));
}

ReportParameters ReportsPane::parameters() const
{
    ReportParameters parameters = ReportParameters::forDates(startOf(m_from->date()), startOf(m_to->date()));
    parameters.period = static_cast<ReportPeriod>(m_period->currentData().toInt());
    parameters.grouping = {m_byPeriod->isChecked(), m_byProgram->isChecked(), m_byPartner->isChecked(),
                           m_byKind->isChecked()};
    parameters.programName = m_program->currentData().toString();
    parameters.affiliateCode = m_partner->text().trimmed();
    return parameters;
}

void ReportsPane::setParameters(const ReportParameters &parameters)
{
    m_from->setDate(QDate::fromString(parameters.fromDate(), Qt::ISODate));
    m_to->setDate(QDate::fromString(parameters.toDate(), Qt::ISODate));
    m_period->setCurrentIndex(qMax(0, m_period->findData(static_cast<int>(parameters.period))));
    m_byPeriod->setChecked(parameters.grouping.period);
    m_period->setEnabled(parameters.grouping.period);
    m_byProgram->setChecked(parameters.grouping.program);
    m_byPartner->setChecked(parameters.grouping.partner);
    m_byKind->setChecked(parameters.grouping.kind);
    if (m_program->findData(parameters.programName) < 0)
        m_program->addItem(parameters.programName, parameters.programName);
    m_program->setCurrentIndex(m_program->findData(parameters.programName));
    m_partner->setText(parameters.affiliateCode);
}

const Report &ReportsPane::report() const
{
    return m_model->report();
}

void ReportsPane::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy until the first progress report
    if (busy)
        m_status->setText(what);
    updateActions();
}

void ReportsPane::updateActions()
{
    const bool running = isRunning();
    m_runAction->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_exportCsvAction->setEnabled(!running && m_hasReport);
    m_exportPdfAction->setEnabled(!running && m_hasReport);
    m_printPreviewAction->setEnabled(!running && m_hasReport);
}

void ReportsPane::runReport()
{
    if (isRunning())
        return;
    const ReportParameters wanted = parameters();
    if (wanted.to <= wanted.from) {
        m_status->setText(tr("The last day is before the first day."));
        return;
    }
    saveSettings();
    auto running = std::make_shared<RunningReport>();
    m_running = running;
    m_reportJob.start(
        [path = database().path(), wanted, running](JobControl &control) -> Result<Report> {
            // A connection belongs to the thread that opened it: the job opens its own.
            Database connection;
            if (const Status opened = connection.open(path); !opened)
                return Result<Report>::failure(opened.error());
            ReportStore store(connection);
            store.setProgressHandler([&control](int step, int steps) { control.progress(step, steps); });
            {
                const QMutexLocker lock(&running->mutex);
                running->store = &store;
                if (control.isCancelled())
                    store.cancel();
            }
            Result<Report> report = store.run(wanted);
            const QMutexLocker lock(&running->mutex);
            running->store = nullptr;
            return report;
        },
        [this](const Result<Report> &result) {
            setBusy(false, {});
            showReport(result);
        },
        [this](int value, int maximum) {
            m_progress->setRange(0, maximum);
            m_progress->setValue(value);
        });
    setBusy(true, tr("Computing the report…"));
}

void ReportsPane::showReport(const Result<Report> &result)
{
    if (!result) {
        m_status->setText(result.error());
        Q_EMIT statusMessage(result.error());
        Q_EMIT reportFinished(false);
        return;
    }
    const Report &report = *result;
    m_model->setReport(report);
    m_hasReport = true;
    for (int column = 0; column < ReportTableModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, !m_model->isColumnUsed(column));

    QStringList totals;
    for (const ReportTotal &total : report.totals) {
        totals.append(tr("%1: %2 orders, sales %3, commission %4")
                          .arg(total.currency, formatCount(total.orders),
                               Money(total.salesMinor, total.currency).toDisplayString(),
                               Money(total.commissionMinor, total.currency).toDisplayString()));
    }
    if (report.visitsKnown) {
        const std::optional<qint64> conversion = report.conversionBp();
        totals.append(
            tr("%1 visits, conversion %2")
                .arg(QLocale().toString(report.visits), conversion ? Report::conversionText(*conversion) : tr("none")));
    }
    m_totals->setText(totals.isEmpty() ? tr("No orders in this period.") : totals.join(QStringLiteral("  ·  ")));

    const QString currency = m_chartCurrency->currentText();
    {
        const QSignalBlocker blocker(m_chartCurrency);
        m_chartCurrency->clear();
        for (const ReportTotal &total : report.totals)
            m_chartCurrency->addItem(total.currency);
        m_chartCurrency->setCurrentIndex(qMax(0, m_chartCurrency->findText(currency)));
    }
    showChart();
    const QString message = tr("Report %1 to %2: %n line(s).", nullptr, static_cast<int>(report.lines.size()))
                                .arg(report.parameters.fromDate(), report.parameters.toDate());
    m_status->setText(message);
    Q_EMIT statusMessage(message);
    updateActions();
    Q_EMIT reportFinished(true);
}

void ReportsPane::showChart()
{
    m_chart->showReport(report(), m_chartCurrency->currentText(),
                        m_chartMeasure->currentIndex() == 1 ? ReportChartView::Measure::Sales
                                                            : ReportChartView::Measure::Commission);
}

void ReportsPane::cancel()
{
    if (!isRunning())
        return;
    m_reportJob.cancel();
    m_writeJob.cancel();
    if (m_running)
        m_running->cancel();
    m_status->setText(tr("Cancelling…"));
}

QString ReportsPane::chooseFile(FileMode mode, const QString &title, const QString &suggestedName,
                                const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(settingsGroup + QStringLiteral("folder"), QDir::homePath()).toString();
    const QString path = mode == FileMode::Save
                             ? FileDialogs::saveFileName(this, title, QDir(folder).filePath(suggestedName), filter)
                             : FileDialogs::openFileName(this, title, folder, filter);
    if (!path.isEmpty())
        settings.setValue(settingsGroup + QStringLiteral("folder"), QFileInfo(path).absolutePath());
    return path;
}

void ReportsPane::writeFile(const QString &what, std::function<Status(const QString &)> write, const QString &path)
{
    if (isRunning() || path.isEmpty())
        return;
    m_writeJob.start([write = std::move(write), path](JobControl &) { return write(path); },
                     [this, path](const Status &status) {
                         setBusy(false, {});
                         if (!status) {
                             m_status->setText(status.error());
                             QMessageBox::warning(this, tr("Export Report"), status.error());
                             return;
                         }
                         const QString message = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
                         m_status->setText(message);
                         Q_EMIT statusMessage(message);
                     });
    setBusy(true, what);
}

void ReportsPane::exportCsv()
{
    if (!m_hasReport)
        return;
    const Report copy = report();
    const QString path =
        chooseFile(FileMode::Save, tr("Export Report as CSV"),
                   QStringLiteral("report-%1-%2.csv").arg(copy.parameters.fromDate(), copy.parameters.toDate()),
                   tr("CSV files (*.csv)"));
    writeFile(
        tr("Writing the CSV…"),
        [copy](const QString &target) -> Status {
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly))
                return Status::failure(tr("Cannot write %1: %2").arg(target, file.errorString()));
            QTextStream stream(&file);
            copy.writeCsv(stream);
            stream.flush();
            if (stream.status() != QTextStream::Ok || !file.commit())
                return Status::failure(tr("Cannot write %1: %2").arg(target, file.errorString()));
            return Done{};
        },
        path);
}

void ReportsPane::exportPdf()
{
    if (!m_hasReport)
        return;
    const Report copy = report();
    const QString path =
        chooseFile(FileMode::Save, tr("Export Report as PDF"),
                   QStringLiteral("report-%1-%2.pdf").arg(copy.parameters.fromDate(), copy.parameters.toDate()),
                   tr("PDF documents (*.pdf)"));
    writeFile(
        tr("Writing the PDF…"), [copy](const QString &target) { return ReportPdfWriter::write(copy, target); }, path);
}

void ReportsPane::printPreview()
{
    if (!m_hasReport)
        return;
    const Report copy = report();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPdfWriter::pageLayout(copy));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    dialog.setWindowTitle(
        tr("Print Preview – Report %1 to %2").arg(copy.parameters.fromDate(), copy.parameters.toDate()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [copy](QPrinter *target) { ReportPdfWriter::print(copy, target); });
    dialog.exec();
}

void ReportsPane::restoreSettings()
{
    const QSettings settings;
    const QDate now = today();
    m_from->setDate(settings.value(settingsGroup + QStringLiteral("from"), QDate(now.year(), 1, 1)).toDate());
    m_to->setDate(settings.value(settingsGroup + QStringLiteral("to"), QDate(now.year(), 12, 31)).toDate());
    m_period->setCurrentIndex(qMax(0, m_period->findData(settings.value(settingsGroup + QStringLiteral("period"),
                                                                        static_cast<int>(ReportPeriod::Month)))));
    m_byPeriod->setChecked(settings.value(settingsGroup + QStringLiteral("byPeriod"), true).toBool());
    m_period->setEnabled(m_byPeriod->isChecked());
    m_byProgram->setChecked(settings.value(settingsGroup + QStringLiteral("byProgram"), true).toBool());
    m_byPartner->setChecked(settings.value(settingsGroup + QStringLiteral("byPartner"), false).toBool());
    m_byKind->setChecked(settings.value(settingsGroup + QStringLiteral("byKind"), true).toBool());
    reload();
    const QString program = settings.value(settingsGroup + QStringLiteral("program")).toString();
    m_program->setCurrentIndex(qMax(0, m_program->findData(program)));
    m_partner->setText(settings.value(settingsGroup + QStringLiteral("partner")).toString());
    m_chartMeasure->setCurrentIndex(settings.value(settingsGroup + QStringLiteral("chartMeasure"), 0).toInt());
    m_splitter->restoreState(settings.value(settingsGroup + QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(settingsGroup + QStringLiteral("header")).toByteArray());
}

void ReportsPane::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsGroup + QStringLiteral("from"), m_from->date());
    settings.setValue(settingsGroup + QStringLiteral("to"), m_to->date());
    settings.setValue(settingsGroup + QStringLiteral("period"), m_period->currentData());
    settings.setValue(settingsGroup + QStringLiteral("byPeriod"), m_byPeriod->isChecked());
    settings.setValue(settingsGroup + QStringLiteral("byProgram"), m_byProgram->isChecked());
    settings.setValue(settingsGroup + QStringLiteral("byPartner"), m_byPartner->isChecked());
    settings.setValue(settingsGroup + QStringLiteral("byKind"), m_byKind->isChecked());
    settings.setValue(settingsGroup + QStringLiteral("program"), m_program->currentData());
    settings.setValue(settingsGroup + QStringLiteral("partner"), m_partner->text());
    settings.setValue(settingsGroup + QStringLiteral("chartMeasure"), m_chartMeasure->currentIndex());
    settings.setValue(settingsGroup + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(settingsGroup + QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

} // namespace PartnerDesk
