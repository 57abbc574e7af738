#include "balancepane.h"

#include "core/money.h"
#include "itemmodels/balancelistmodel.h"
#include "tablesetup.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return QCoreApplication::translate("PartnerDesk::BalancePane", "%1 %2")
        .arg(Money(minor, currency).toPlainString(), currency);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_cards);
    layout->addWidget(m_table, 1);
    invalidate();
}

BalancePane::~BalancePane() = default;

void BalancePane::reload()
{
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
