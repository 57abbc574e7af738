#pragma once

#include "store/rewritestore.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PartnerDesk {

class Database;
class ReasonLabel;

// Adds or edits a vanity link: the partner (found by name, code or e-mail), one of his store
// hosts, the path and the store URL it forwards to. Every change is checked as the manager types
// by RewriteStore::validate, the one check `rewrite add` runs too; the reason shows under the
// field it is about (partnerReason, hostReason, pathReason, targetReason; errorLabel for what is
// no one field's fault), in the CLI's words, and OK stays disabled (accept() refuses) until the
// rewrite is valid, when the preview shows the vanity URL and the tracked URL it will answer with.
// The dialog writes nothing: the editor saves what draft() holds, through an undoable command.
class RewriteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteDialog)

public:
    // `existing`: the rewrite being edited; none adds a new one.
    RewriteDialog(Database &database, const std::optional<RewriteRow> &existing, QWidget *parent = nullptr);

    RewriteDraft draft() const;
    bool isValid() const { return m_valid; }

    // Closes as accepted only when the rewrite is valid (Enter, or accept() called directly).
    void accept() override;

private:
    void searchPartners();
    void partnerChosen();
    void validate();
    qint64 partnerId() const;

    Database &m_database;
    qint64 m_editedId = 0;
    qint64 m_initialPartner = 0; // the edited rewrite's partner, chosen until the manager picks another
    QLineEdit *m_partnerSearch = nullptr;
    QComboBox *m_partnerCombo = nullptr;
    QComboBox *m_hostCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLineEdit *m_targetEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    ReasonLabel *m_partnerReason = nullptr;
    ReasonLabel *m_hostReason = nullptr;
    ReasonLabel *m_pathReason = nullptr;
    ReasonLabel *m_targetReason = nullptr;
    ReasonLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
    bool m_acceptTried = false;
};

} // namespace PartnerDesk
