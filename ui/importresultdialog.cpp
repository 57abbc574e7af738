#include "importresultdialog.h"

#include "itemmodels/importissuemodel.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
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
    , m_outcome(outcome)
    , m_issues(new ImportIssueModel(this))
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(tr("Import of %1").arg(QFileInfo(outcome.path).fileName()));
    m_issues->setIssues(outcome.issues);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(summaryText());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!outcome.issues.isEmpty()) {
        auto *heading =
            new QLabel(outcome.moreIssues > 0 ? tr("Rejected rows (the first %1 of %2):")
                                                    .arg(QLocale().toString(outcome.issues.size()),
                                                         QLocale().toString(outcome.issues.size() + outcome.moreIssues))
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
    }
    layout->addWidget(buttons);
}

ImportResultDialog::~ImportResultDialog() = default;

QString ImportResultDialog::summaryText() const
{
    const ImportSummary &s = m_outcome.summary;
    const QLocale locale;
    QStringList lines;
    if (!s.fatalError.isEmpty())
        lines << tr("Nothing was imported: %1").arg(s.fatalError);
    lines << tr("Rows read: %1").arg(locale.toString(s.rows))
          << tr("Imported: %1 (%2 new orders, %3 updated)")
                 .arg(locale.toString(s.imported), locale.toString(s.created), locale.toString(s.updated))
          << tr("Rejected: %1").arg(locale.toString(s.rejected))
          << tr("Attributed to a partner: %1; unattributed: %2")
                 .arg(locale.toString(s.attributed), locale.toString(s.unattributed))
          << tr("New transactions: %1; refund reversals: %2")
                 .arg(locale.toString(s.newTransactions), locale.toString(s.reversals));
    if (!m_outcome.newlyDue.isEmpty())
        lines << tr("Partners who reached the payout threshold: %1").arg(locale.toString(m_outcome.newlyDue.size()));
    return lines.join(u'\n');
}

Status ImportResultDialog::saveIssues(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QTextStream out(&file);
    m_issues->writeCsv(out, QFileInfo(m_outcome.path).fileName());
    out.flush();
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done{};
}

void ImportResultDialog::chooseIssuesFile()
{
    const QFileInfo source(m_outcome.path);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"),
                                                      source.absolutePath() + u'/' + source.completeBaseName() +
                                                          QStringLiteral("-rejected.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveIssues(path); !saved)
        QMessageBox::warning(this, tr("Save Rejected Rows"), saved.error());
}

} // namespace PartnerDesk
