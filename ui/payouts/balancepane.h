#pragma once

#include "core/records.h"
#include "pane.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace PartnerDesk {

class BalanceListModel;
class NoticeChoiceWidget;

// Partner mode's "My Balance": the partner's money per currency (pending, approved and unpaid, in
// a payout batch, paid), how far the approved balance is from the payout threshold, and where his
// payouts go: his payout e-mail, which he changes by asking for it (a manager approves).
class BalancePane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancePane)

public:
    BalancePane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent = nullptr);
    ~BalancePane() override;

    void reload() override;
    // Files a request for the e-mail typed in the payout e-mail box (undoable).
    void requestEmail();

private:
    void showPayoutEmail();

    Affiliate m_partner;
    BalanceListModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    QTableView *m_table = nullptr;
    QGroupBox *m_emailBox = nullptr;
    NoticeChoiceWidget *m_notices = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_requestLabel = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QPushButton *m_requestButton = nullptr;
};

} // namespace PartnerDesk
