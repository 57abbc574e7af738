#pragma once

#include "store/holdstore.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace PartnerDesk {

class ReasonLabel;

// A manager's Clear… or Cancel… of a held transaction in the Fraud review: what is held and why,
// and the reason for the decision (required: it goes into the audit log), checked as he types by
// the rules the store applies (reasonReason under the field). OK stays disabled until a reason is
// given. The dialog writes nothing: the pane decides through HoldStore.
class HoldDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldDecisionDialog)

public:
    enum class Decision
    {
        Clear,
        Cancel
    };

    HoldDecisionDialog(const HeldTransaction &held, Decision decision, QWidget *parent = nullptr);
    ~HoldDecisionDialog() override;

    QString reason() const;
    bool isValid() const { return m_valid; }

    void accept() override;

private:
    void validate();

    QPlainTextEdit *m_reasonEdit = nullptr;
    ReasonLabel *m_reasonReason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
    bool m_acceptTried = false;
};

} // namespace PartnerDesk
