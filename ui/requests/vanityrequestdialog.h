#pragma once

#include "core/records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PartnerDesk {

class Database;
class ReasonLabel;
struct VanityDraft;

// A partner's Request a vanity link…: one of his programs' store hosts, the path he would like
// and the store page it should lead to, with an optional note. Checked as he types by
// RewriteStore::validate, the rule the manager's rewrite editor and `rewrite add` use, so what he
// sends is what a manager can approve; the reason shows under its field (hostReason, pathReason,
// targetReason; errorLabel for the rest) and OK stays disabled until the link is valid, when the
// preview shows the address it would answer on. It writes nothing; the caller files draft().
class VanityRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VanityRequestDialog)

public:
    VanityRequestDialog(Database &database, const Affiliate &partner, QWidget *parent = nullptr);
    ~VanityRequestDialog() override;

    VanityDraft draft() const;
    bool isValid() const { return m_valid; }
    void showRefusal(const QString &reason);

    void accept() override;

private:
    void validate();

    Database &m_database;
    Affiliate m_partner;
    QComboBox *m_hostCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    ReasonLabel *m_hostReason = nullptr;
    ReasonLabel *m_pathReason = nullptr;
    ReasonLabel *m_targetReason = nullptr;
    ReasonLabel *m_messageReason = nullptr;
    ReasonLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
    bool m_acceptTried = false;
};

} // namespace PartnerDesk
