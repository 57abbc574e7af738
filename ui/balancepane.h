#pragma once

#include "pane.h"
#include "store/records.h"

class QLabel;
class QTableView;
class QVBoxLayout;

namespace PartnerDesk {

class BalanceListModel;

// Partner mode's "My Balance": the partner's money per currency (pending, approved and unpaid, in
// a payout batch, paid) and how far the approved balance is from the payout threshold.
class BalancePane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancePane)

public:
    BalancePane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent = nullptr);
    ~BalancePane() override;

    void reload() override;

private:
    Affiliate m_partner;
    BalanceListModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace PartnerDesk
