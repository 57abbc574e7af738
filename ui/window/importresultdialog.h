#pragma once

#include "import/orderimportjob.h"
#include "import/visitimporter.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace PartnerDesk {

class ImportIssueModel;
class ReasonLabel;

// After an orders or visits import: what was read, written and attributed, and every rejected row
// with its line, field and reason, which the user can save as CSV to fix the store's export. When
// the import was refused or rows were rejected, importProblem says so above the counts in the
// importer's own words (the CLI prints the same), and an import that wrote nothing never reads as
// a success. The dialog stays until the user closes it.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    // An orders import.
    explicit ImportResultDialog(const ImportOutcome &outcome, QWidget *parent = nullptr);
    // A visits import; `issues` the first rejected rows, `moreIssues` how many more there were.
    ImportResultDialog(const QString &path, const VisitImportSummary &summary, const QList<ImportIssue> &issues,
                       qint64 moreIssues, QWidget *parent = nullptr);
    ~ImportResultDialog() override;

    // What is wrong ("" when every row was imported), then the counts: the dialog's text, for
    // tests and the status bar.
    QString summaryText() const;
    QString problemText() const;
    // Writes the rejected rows as CSV; the error is a sentence for the user.
    Status saveIssues(const QString &path) const;

private:
    // `written`: rows that are in the books after the import (new, updated or already there).
    void build(qint64 rows, qint64 written, qint64 rejected, const QString &fatalError, const QStringList &counts,
               const QList<ImportIssue> &issues, qint64 moreIssues);
    void chooseIssuesFile();

    QString m_path;
    ImportIssueModel *m_issues = nullptr;
    ReasonLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace PartnerDesk
