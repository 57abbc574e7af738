#pragma once

#include "core/records.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PartnerDesk {

// Chooses one of a few programs for a partner and confirms: "Join Program" (the active programs
// he is not in) and "Create Coupon" (his active memberships, with an optional coupon code).
class ProgramChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramChoiceDialog)

public:
    enum class Purpose
    {
        Join,
        Coupon
    };

    ProgramChoiceDialog(Purpose purpose, const Affiliate &partner, const QList<Program> &programs,
                        QWidget *parent = nullptr);

    qint64 programId() const;
    // Coupon only; empty: generated.
    QString couponCode() const;

private:
    void describe();

    Purpose m_purpose;
    Affiliate m_partner;
    QList<Program> m_programs;
    QComboBox *m_programCombo = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
