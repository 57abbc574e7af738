#pragma once

#include "core/records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace PartnerDesk {

class Database;

// Adds a program (when the given one has no id) or edits one. OK stays disabled, and the first
// problem is shown under the form, while the input is not a program ProgramStore would accept.
// A second tab holds the commission rules (docs/COMMISSION.md): lifetime customers, the fraud
// rules' switches and thresholds, and the monthly tiers (a table: from N orders, link rate, coupon
// rate or the program's). The dialog writes nothing: the pane saves the program and the tiers.
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

    // The program's monthly tiers, shown in the rules tab (by min orders).
    void setTiers(const QList<Tier> &tiers);
    // The tiers as entered (ids 0, programId the program's); meaningful while isValid().
    QList<Tier> tiers() const { return m_tiers; }
    // Whether tiers() differ from those setTiers() gave (ids aside).
    bool tiersChanged() const;
    // Shows What If… beside the tiers (an existing program): the tiers and the lifetime setting as
    // entered, over a past period of `database`'s orders (WhatIfDialog; nothing is written).
    void enableWhatIf(Database &database);

private:
    void buildForm();
    void load(const Program &program);
    void validate();
    // The program the fields describe, or the first problem with them.
    QString collect(Program &program) const;
    QWidget *buildRulesTab();
    // The tiers the table describes, or the first problem with them.
    QString collectTiers(QList<Tier> &tiers) const;
    void addTierRow(const Tier &tier);

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
    QSpinBox *m_lifetimeSpin = nullptr;
    QCheckBox *m_ownDomainCheck = nullptr;
    QCheckBox *m_leakedCouponCheck = nullptr;
    QSpinBox *m_sharedCustomersSpin = nullptr;
    QLineEdit *m_cancelShareEdit = nullptr;
    QCheckBox *m_noVisitCheck = nullptr;
    QTableWidget *m_tierTable = nullptr;
    QList<Tier> m_tiers;
    QList<Tier> m_tiersBefore;
    QPushButton *m_whatIfButton = nullptr;
    Database *m_database = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
