#include "assigndialog.h"

#include "core/money.h"
#include "partnersearchwidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace PartnerDesk {

AssignDialog::AssignDialog(Database &database, const QList<OrderToAssign> &orders, QWidget *parent)
    : QDialog(parent)
    , m_orders(orders)
    , m_store(database)
{
    setObjectName(QStringLiteral("AssignDialog"));
    setWindowTitle(orders.size() == 1 ? tr("Assign Order %1").arg(orders.first().orderId)
                                      : tr("Assign %1 Orders").arg(QLocale().toString(orders.size())));

    auto *summaryLabel = new QLabel(summary(), this);
    summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    summaryLabel->setWordWrap(true);

    m_search = new PartnerSearchWidget(database, this);

    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why, for the audit log (required)"));
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    const bool single = orders.size() == 1;
    m_amountEdit->setEnabled(single);
    m_amountEdit->setPlaceholderText(single ? tr("Empty: the link commission of the partner's primary program")
                                            : tr("Only when one order is assigned"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasonEdit);
    form->addRow(single ? tr("&Amount (%1):").arg(orders.first().currency) : tr("&Amount:"), m_amountEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assignButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_search, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(680, 480);

    connect(m_search, &PartnerSearchWidget::selectionChanged, this, &AssignDialog::validate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &AssignDialog::validate);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &AssignDialog::validate);
    validate();
}

QString AssignDialog::summary() const
{
    qsizetype attributed = 0;
    for (const OrderToAssign &order : m_orders)
        attributed += order.isAttributed() ? 1 : 0;
    QString text;
    if (m_orders.size() == 1) {
        const OrderToAssign &order = m_orders.first();
        text = tr("Order %1 of %2, subtotal %3.")
                   .arg(order.orderId, QString(order.placedAt).left(10),
                        Money(order.subtotalMinor, order.currency).toDisplayString());
        if (order.isAttributed())
            text += u' ' + tr("It is credited to %1 (%2) now; that transaction will be cancelled, and reversed "
                              "if it was paid.")
                               .arg(order.partnerName, order.partnerCode);
    } else {
        text = tr("%1 orders, all to one partner with one reason.").arg(QLocale().toString(m_orders.size()));
        if (attributed > 0)
            text += u' ' + tr("%1 of them are credited to a partner now; those transactions will be cancelled, "
                              "and reversed where they were paid.")
                               .arg(QLocale().toString(attributed));
    }
    return text;
}

QString AssignDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void AssignDialog::validate()
{
    QString error;
    m_amountMinor.reset();
    const Affiliate *partner = m_search->selectedPartner();
    if (!partner) {
        error = tr("Choose the partner who gets the orders.");
    } else {
        auto it = m_refusals.find(partner->id);
        if (it == m_refusals.end()) {
            const Status assignable = m_store.checkAssignable(partner->id);
            it = m_refusals.insert(partner->id, assignable ? QString() : assignable.error());
        }
        error = it.value();
    }
    const QString amountText = m_amountEdit->text().trimmed();
    if (error.isEmpty() && !amountText.isEmpty()) {
        const QString currency = m_orders.first().currency;
        QString parseError;
        const std::optional<Money> amount = Money::parse(amountText, currency, &parseError);
        if (!amount)
            error = tr("The amount is not valid in %1: %2").arg(currency, parseError);
        else if (amount->minor() < 0)
            error = tr("The amount cannot be negative.");
        else
            m_amountMinor = amount->minor();
    }
    if (error.isEmpty() && reason().isEmpty())
        error = tr("Give a reason: the audit log records why.");
    if (partner && error.isEmpty())
        m_partner = *partner;
    m_errorLabel->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace PartnerDesk
