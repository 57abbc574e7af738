#include "balancepane.h"

#include "core/money.h"
#include "itemmodels/balancelistmodel.h"
#include "noticechoicewidget.h"
#include "payoutemailcommands.h"
#include "store/affiliatestore.h"
#include "tablesetup.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toDisplayString();
}

} // namespace

BalancePane::BalancePane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_partner(partner)
    , m_model(new BalanceListModel(database, this))
{
    setObjectName(QStringLiteral("BalancePane"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("balanceHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(QStringLiteral("<b>%1</b><br>")
                           .arg(tr("The balance of %1 (%2)").arg(partner.name, partner.code).toHtmlEscaped()) +
                       tr("Commission is approved once the store's approval hold has passed. The store pays you when "
                          "your approved balance reaches the program's payout threshold."));

    m_cards = new QWidget(this);
    m_cards->setObjectName(QStringLiteral("balanceCards"));
    m_cardLayout = new QVBoxLayout(m_cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("balanceTable"));
    setUpTable(m_table);
    m_table->setModel(m_model);
    fitHeaderTitles(m_table, 110);

    // Where payouts go. His change is a request: the payout file keeps his approved e-mail until a
    // manager approves the new one (EmailRequestStore).
    m_emailBox = new QGroupBox(tr("Payout e-mail"), this);
    m_emailBox->setObjectName(QStringLiteral("payoutEmailBox"));
    m_emailLabel = new QLabel(m_emailBox);
    m_emailLabel->setObjectName(QStringLiteral("payoutEmailLabel"));
    m_emailLabel->setTextFormat(Qt::PlainText);
    m_emailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLabel = new QLabel(m_emailBox);
    m_requestLabel->setObjectName(QStringLiteral("payoutEmailRequestLabel"));
    m_requestLabel->setTextFormat(Qt::PlainText);
    m_requestLabel->setWordWrap(true);
    m_emailEdit = new QLineEdit(m_emailBox);
    m_emailEdit->setObjectName(QStringLiteral("payoutEmailEdit"));
    m_emailEdit->setPlaceholderText(tr("new-address@example.com"));
    m_emailEdit->setClearButtonEnabled(true);
    m_requestButton = new QPushButton(tr("&Request Change"), m_emailBox);
    m_requestButton->setObjectName(QStringLiteral("requestEmailButton"));
    m_requestButton->setToolTip(tr("Ask the store to pay you at this address; a manager approves the change"));
    connect(m_requestButton, &QPushButton::clicked, this, &BalancePane::requestEmail);
    connect(m_emailEdit, &QLineEdit::returnPressed, this, &BalancePane::requestEmail);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_emailEdit, 1);
    editRow->addWidget(m_requestButton);
    auto *emailLayout = new QVBoxLayout(m_emailBox);
    emailLayout->addWidget(m_emailLabel);
    emailLayout->addWidget(m_requestLabel);
    emailLayout->addLayout(editRow);

    // How he is told of new transactions by e-mail (issue #14).
    m_notices = new NoticeChoiceWidget(database, this);
    connect(m_notices, &NoticeChoiceWidget::statusMessage, this, &Pane::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_emailBox);
    layout->addWidget(m_notices);
    layout->addWidget(m_cards);
    layout->addWidget(m_table, 1);
    invalidate();
}

void BalancePane::showPayoutEmail()
{
    // Read again: his request, or a manager's decision a sync brought, changes it.
    if (m_partner.id != 0) {
        if (const std::optional<Affiliate> stored = AffiliateStore(database()).byId(m_partner.id))
            m_partner = *stored;
    }
    m_emailBox->setEnabled(m_partner.id != 0);
    m_notices->showPartner(m_partner.id);
    m_emailLabel->setText(m_partner.email.isEmpty() ? tr("Your payouts go to the e-mail the store has on file.")
                                                    : tr("Your payouts go to %1.").arg(m_partner.email));
    m_requestLabel->setVisible(m_partner.hasEmailRequest());
    if (m_partner.hasEmailRequest())
        m_requestLabel->setText(tr("Requested: %1 — waiting for a manager's approval").arg(m_partner.requestedEmail));
}

void BalancePane::requestEmail()
{
    const QString email = m_emailEdit->text().trimmed();
    if (m_partner.id == 0 || email.isEmpty())
        return;
    auto *command = new RequestEmailCommand(this, m_partner.id, email, tr("Ask for payouts to %1").arg(email));
    if (const Status status = BookCommand::run(undoStack(), command); !status) {
        QMessageBox::warning(this, tr("Payout E-mail"), status.error());
        return;
    }
    m_emailEdit->clear();
    Q_EMIT statusMessage(tr("Asked for payouts to %1; a manager approves the change.").arg(email));
}

BalancePane::~BalancePane() = default;

void BalancePane::reload()
{
    showPayoutEmail();
    m_model->setAffiliateId(m_partner.id);
    m_model->reload();

    while (QLayoutItem *item = m_cardLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_model->rowCount() == 0) {
        auto *none =
            new QLabel(tr("No balance yet: join a program in your Partner Package and share your links."), m_cards);
        none->setObjectName(QStringLiteral("balanceNone"));
        m_cardLayout->addWidget(none);
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const BalanceRow &balance = *m_model->balance(row);
        auto *card = new QGroupBox(balance.currency, m_cards);
        card->setObjectName(QStringLiteral("balanceCard_%1").arg(balance.currency));
        auto *cardLayout = new QVBoxLayout(card);
        auto *bar = new QProgressBar(card);
        bar->setObjectName(QStringLiteral("thresholdBar"));
        bar->setRange(0, 1000);
        auto *sentence = new QLabel(card);
        sentence->setObjectName(QStringLiteral("balanceSentence"));
        sentence->setWordWrap(true);
        QStringList parts;
        if (!balance.thresholdMinor || *balance.thresholdMinor <= 0) {
            bar->hide();
            parts.append(tr("Approved and unpaid: %1. No program of yours pays out in this currency.")
                             .arg(amount(balance.balanceMinor, balance.currency)));
        } else {
            const qint64 threshold = *balance.thresholdMinor;
            const qint64 shown = qBound<qint64>(0, balance.balanceMinor, threshold);
            bar->setValue(static_cast<int>(shown * 1000 / threshold));
            bar->setFormat(
                tr("%1 of %2")
                    .arg(amount(balance.balanceMinor, balance.currency), amount(threshold, balance.currency)));
            if (balance.due())
                parts.append(
                    tr("Your approved balance of %1 has reached the payout threshold of %2: it is paid "
                       "in the store's next payout batch.")
                        .arg(amount(balance.balanceMinor, balance.currency), amount(threshold, balance.currency)));
            else
                parts.append(tr("Approved and unpaid: %1; %2 more to reach the payout threshold of %3.")
                                 .arg(amount(balance.balanceMinor, balance.currency),
                                      amount(threshold - qMax<qint64>(0, balance.balanceMinor), balance.currency),
                                      amount(threshold, balance.currency)));
        }
        if (balance.pendingMinor != 0)
            parts.append(
                tr("Pending (approval hold not passed yet): %1.").arg(amount(balance.pendingMinor, balance.currency)));
        if (balance.inBatchMinor != 0)
            parts.append(tr("Being paid out now: %1.").arg(amount(balance.inBatchMinor, balance.currency)));
        if (balance.paidMinor != 0)
            parts.append(tr("Paid to you so far: %1.").arg(amount(balance.paidMinor, balance.currency)));
        sentence->setText(parts.join(u' '));
        cardLayout->addWidget(bar);
        cardLayout->addWidget(sentence);
        m_cardLayout->addWidget(card);
    }
}

} // namespace PartnerDesk
