#pragma once

#include "core/records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace PartnerDesk {

// Adds a program (when the given one has no id) or edits one. OK stays disabled, and the first
// problem is shown under the form, while the input is not a program ProgramStore would accept.
class ProgramDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDialog)

public:
    // `noticeMode`: the program's e-mail notices to partners (NoticeSettingsStore: off, each, digest).
    explicit ProgramDialog(const Program &program, const QString &noticeMode = QStringLiteral("off"),
                           QWidget *parent = nullptr);

    // The program as entered, with normalised store hosts; meaningful while isValid().
    const Program &program() const { return m_program; }
    // The e-mail notices chosen: off, each or digest.
    QString noticeMode() const;
    bool isValid() const;
    QString errorText() const;

private:
    void buildForm();
    void load(const Program &program);
    void validate();
    // The program the fields describe, or the first problem with them.
    QString collect(Program &program) const;

    Program m_program;
    QLineEdit *m_nameEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_currencyEdit = nullptr;
    QLineEdit *m_linkRateEdit = nullptr;
    QLineEdit *m_couponRateEdit = nullptr;
    QLineEdit *m_couponDiscountEdit = nullptr;
    QLineEdit *m_thresholdEdit = nullptr;
    QLabel *m_thresholdCurrency = nullptr;
    QSpinBox *m_holdDaysSpin = nullptr;
    QSpinBox *m_cookieDaysSpin = nullptr;
    QPlainTextEdit *m_storeHostsEdit = nullptr;
    QCheckBox *m_activeCheck = nullptr;
    QComboBox *m_noticesCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
