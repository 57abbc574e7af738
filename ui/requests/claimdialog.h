#pragma once

#include "core/records.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PartnerDesk {

class Database;
class ReasonLabel;
struct ClaimDraft;

// A partner's Claim an order…: the order id as the customer gave it, the day it was placed,
// optionally its amount, the program when he knows it, and his reason (required). Every change is
// checked as he types, the reason shown under the field it is about (orderReason, dateReason,
// amountReason, messageReason; errorLabel for the rest) in the words `claim` prints, and OK stays
// disabled until the claim can be filed. The dialog never looks the order up: a claim tells him
// nothing about an order until a manager decides. It writes nothing; the caller files draft().
class ClaimDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDialog)

public:
    ClaimDialog(Database &database, const Affiliate &partner, QWidget *parent = nullptr);
    ~ClaimDialog() override;

    ClaimDraft draft() const;
    bool isValid() const { return m_valid; }
    // Shows a refusal of the store after OK (the dialog stays open).
    void showRefusal(const QString &reason);

    void accept() override;

private:
    void validate();
    QString currency() const;

    Database &m_database;
    Affiliate m_partner;
    QComboBox *m_programCombo = nullptr;
    QLineEdit *m_orderEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    ReasonLabel *m_orderReason = nullptr;
    ReasonLabel *m_dateReason = nullptr;
    ReasonLabel *m_amountReason = nullptr;
    ReasonLabel *m_messageReason = nullptr;
    ReasonLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_valid = false;
    bool m_acceptTried = false;
};

} // namespace PartnerDesk
