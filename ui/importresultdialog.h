#pragma once

#include "import/orderimportjob.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace PartnerDesk {

class ImportIssueModel;

// After an orders import: what was read, written and attributed, and every rejected row with its
// line, field and reason, which the user can save as CSV to fix the store's export.
class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    explicit ImportResultDialog(const ImportOutcome &outcome, QWidget *parent = nullptr);
    ~ImportResultDialog() override;

    // The summary as the dialog shows it (plain text), for tests and the status bar.
    QString summaryText() const;
    // Writes the rejected rows as CSV; the error is a sentence for the user.
    Status saveIssues(const QString &path) const;

private:
    void chooseIssuesFile();

    ImportOutcome m_outcome;
    ImportIssueModel *m_issues = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace PartnerDesk
