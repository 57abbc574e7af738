#include "importresultdialog.h"

#include "filedialogs.h"
#include "itemmodels/importissuemodel.h"
#include "reasonlabel.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace PartnerDesk {

ImportResultDialog::ImportResultDialog(const ImportOutcome &outcome, QWidget *parent)
    : QDialog(parent)
    , m_path(outcome.path)
    , m_issues(new ImportIssueModel(this))
{
    const ImportSummary &s = outcome.summary;
    const QLocale locale;
    QStringList counts;
    counts << tr("Rows read: %1").arg(locale.toString(s.rows))
           << tr("Imported: %1 (%2 new orders, %3 updated)")
                  .arg(locale.toString(s.imported), locale.toString(s.created), locale.toString(s.updated))
           << tr("Rejected: %1").arg(locale.toString(s.rejected))
           << tr("Attributed to a partner: %1; unattributed: %2")
                  .arg(locale.toString(s.attributed), locale.toString(s.unattributed))
           << tr("New transactions: %1; refund reversals: %2")
                  .arg(locale.toString(s.newTransactions), locale.toString(s.reversals));
    if (!outcome.newlyDue.isEmpty())
        counts << tr("Partners who reached the payout threshold: %1").arg(locale.toString(outcome.newlyDue.size()));
    build(s.rows, s.imported, s.rejected, s.fatalError, counts, outcome.issues, outcome.moreIssues);
}

ImportResultDialog::ImportResultDialog(const VisitImportOutcome &outcome, QWidget *parent)
    : QDialog(parent)
    , m_path(outcome.path)
    , m_issues(new ImportIssueModel(this))
{
    const VisitImportSummary &summary = outcome.summary;
    const QLocale locale;
    const QStringList counts{tr("Rows read: %1").arg(locale.toString(summary.rows)),
                             tr("Imported: %1 visits; already known: %2")
                                 .arg(locale.toString(summary.imported), locale.toString(summary.duplicates)),
                             tr("Rejected: %1").arg(locale.toString(summary.rejected)),
                             tr("Attributed to a partner: %1; unattributed: %2")
                                 .arg(locale.toString(summary.attributed()), locale.toString(summary.unattributed))};
    build(summary.rows, summary.imported + summary.duplicates, summary.rejected, summary.fatalError, counts,
          outcome.issues, outcome.moreIssues);
}

ImportResultDialog::~ImportResultDialog() = default;

void ImportResultDialog::build(qint64 rows, qint64 written, qint64 rejected, const QString &fatalError,
                               const QStringList &counts, const QList<ImportIssue> &issues, qint64 moreIssues)
{
    setObjectName(QStringLiteral("importResultDialog"));
    const QString name = QFileInfo(m_path).fileName();
    setWindowTitle(tr("Import of %1").arg(name));
    m_issues->setIssues(issues);

    // What went wrong first, in the importer's words; never a success when nothing was written.
    m_problem = new ReasonLabel(QStringLiteral("importProblem"), this);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    const QLocale locale;
    if (!fatalError.isEmpty())
        m_problem->setReason(tr("Nothing was imported from %1: %2").arg(name, fatalError));
    else if (written == 0 && rejected > 0)
        m_problem->setReason(
            tr("Nothing was imported from %1: every row was rejected. The reasons are listed below with their lines.")
                .arg(name));
    else if (written == 0 && rows == 0)
        m_problem->setReason(tr("Nothing was imported from %1: it holds no data rows.").arg(name));
    else if (rejected > 0)
        m_problem->setReason(tr("%1 of %2 rows were rejected and not imported; the reasons are listed below with their "
                                "lines. The other rows were imported.")
                                 .arg(locale.toString(rejected), locale.toString(rows)));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(counts.join(u'\n'));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!issues.isEmpty()) {
        auto *heading = new QLabel(
            moreIssues > 0 ? tr("Rejected rows (the first %1 of %2):")
                                 .arg(locale.toString(issues.size()), locale.toString(issues.size() + moreIssues))
                           : tr("Rejected rows:"),
            this);
        layout->addWidget(heading);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("importIssuesTable"));
        auto *proxy = new TableProxyModel(this);
        proxy->setSourceModel(m_issues);
        m_table->setModel(proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(ImportIssueModel::Line, Qt::AscendingOrder);
        setUpTable(m_table);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->horizontalHeader()->resizeSection(ImportIssueModel::Line, 80);
        m_table->horizontalHeader()->resizeSection(ImportIssueModel::Field, 130);
        layout->addWidget(m_table, 1);
        QPushButton *save = buttons->addButton(tr("&Save List…"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("saveIssuesButton"));
        save->setToolTip(tr("Save the rejected rows as CSV (file, line, field, reason)"));
        connect(save, &QPushButton::clicked, this, &ImportResultDialog::chooseIssuesFile);
        resize(760, 520);
    } else {
        resize(560, sizeHint().height());
    }
    layout->addWidget(buttons);
}

QString ImportResultDialog::problemText() const
{
    return m_problem->reason();
}

QString ImportResultDialog::summaryText() const
{
    return problemText().isEmpty() ? m_summary->text() : problemText() + u'\n' + m_summary->text();
}

Status ImportResultDialog::saveIssues(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QTextStream out(&file);
    m_issues->writeCsv(out, QFileInfo(m_path).fileName());
    out.flush();
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done{};
}

void ImportResultDialog::chooseIssuesFile()
{
    const QFileInfo source(m_path);
    const QString path = FileDialogs::saveFileName(this, tr("Save Rejected Rows"),
                                                   source.absolutePath() + u'/' + source.completeBaseName() +
                                                       QStringLiteral("-rejected.csv"),
                                                   tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveIssues(path); !saved)
        QMessageBox::warning(this, tr("Save Rejected Rows"), saved.error());
}

} // namespace PartnerDesk
