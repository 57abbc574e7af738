#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PartnerDesk {

// Name, e-mail and an optional partner code for a new partner. OK stays disabled, and the first
// problem is shown under the form, while AffiliateStore would refuse the input.
class AddPartnerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPartnerDialog)

public:
    explicit AddPartnerDialog(QWidget *parent = nullptr);

    QString name() const;
    QString email() const;
    // Empty: the store generates one.
    QString code() const;

private:
    void validate();

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
