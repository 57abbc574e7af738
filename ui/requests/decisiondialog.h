#pragma once

#include "store/requeststore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PartnerDesk {

class Database;
class ReasonLabel;

// A manager's Reject… (the reason is required: the partner reads it) or Approve with changes…
// (a vanity link under another path, checked as he types by RewriteStore::validate like the
// rewrite editor; for every kind an optional note the partner reads). Reasons show under their
// field (pathReason, reasonReason) and OK stays disabled until the decision can be made. The
// dialog writes nothing: the pane decides through an undoable command.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    enum class Mode
    {
        Reject,
        ApproveWithChanges
    };

    DecisionDialog(Database &database, const PartnerRequest &request, Mode mode, QWidget *parent = nullptr);
    ~DecisionDialog() override;

    // The path to approve (vanity; "" keeps his), and the reason or note.
    QString path() const;
    QString reason() const;
    RequestStore::Approval approval() const;
    bool isValid() const { return m_valid; }

    void accept() override;

private:
    void validate();

    Database &m_database;
    PartnerRequest m_request;
    Mode m_mode;
    QLineEdit *m_pathEdit = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    ReasonLabel *m_pathReason = nullptr;
    ReasonLabel *m_reasonReason = nullptr;
    ReasonLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
    bool m_acceptTried = false;
};

} // namespace PartnerDesk
