#pragma once

#include "core/records.h"
#include "store/ratestore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace PartnerDesk {

class Database;
class ReasonLabel;

// Set Rate… for a partner (docs/COMMISSION.md, "The rate chain"): a program he is a member of, the
// date (UTC) the rates apply from, and for the link part and the coupon part each "keep as it is",
// a percentage, a flat amount per order in the program's currency, or "back to the program's or
// tier's". A value that does not parse is said under its field as he types; OK writes the row
// through RateStore::set and a refusal of the store (a date he has rates from already, nothing to
// change, ...) shows under the form with the dialog still open. Rates are history: a row is never
// changed or removed, so there is no undo (set another row instead). What If… shows what the
// change would have paid over a past period before it is saved (WhatIfDialog).
class SetRateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetRateDialog)

public:
    SetRateDialog(Database &database, const Affiliate &partner, qint64 programId = 0, QWidget *parent = nullptr);
    ~SetRateDialog() override;

    // The change as entered; meaningful while the fields parse (no reason under them).
    PartnerRateChange change() const;
    // The rates the row would hold, the parts kept copied from the row in force before (the
    // what-if's change).
    void whatIf();
    // The row written by accept(), 0 before.
    qint64 writtenId() const { return m_writtenId; }

    void accept() override;

private:
    enum Mode
    {
        Keep,
        Percent,
        Amount,
        Reset
    };
    struct Part
    {
        QComboBox *mode = nullptr;
        QLineEdit *value = nullptr;
        ReasonLabel *reason = nullptr;
    };
    Part createPart(const QString &name);
    void validate();
    // Fills `rate`/`amount`/`reset` from `part`; the reason it cannot, or "".
    QString readPart(const Part &part, std::optional<int> &rate, std::optional<qint64> &amount, bool &reset) const;
    QString currency() const;

    Database &m_database;
    Affiliate m_partner;
    QComboBox *m_programCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    Part m_link;
    Part m_coupon;
    ReasonLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_whatIfButton = nullptr;
    qint64 m_writtenId = 0;
};

} // namespace PartnerDesk
