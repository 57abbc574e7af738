#pragma once

#include "pane.h"
#include "store/holdstore.h"

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace PartnerDesk {

class HeldTransactionModel;
class TableProxyModel;

// The manager's Fraud review (docs/COMMISSION.md, "Fraud holds"): the transactions a fraud rule
// holds out of approval and payouts, oldest first, with the rule and its evidence, and per
// currency what is held. Clear… lets one go on as normal, Cancel… cancels its commission; each asks
// a reason (required, audited) and is final (HoldStore keeps no undo: a cleared transaction may be
// approved or paid at once). Only in a manager's window: the evidence may name other partners.
class FraudReviewPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FraudReviewPane)

public:
    FraudReviewPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~FraudReviewPane() override;

    void reload() override;
    // {"order": "100042"} selects that order's held transaction.
    void open(const QVariantMap &request) override;

    std::optional<HeldTransaction> selectedHeld() const;
    void showOrder(const QString &orderId);

    void clearSelected();
    void cancelSelected();

private:
    void createActions();
    void updateActions();
    void decide(bool clear);

    HeldTransactionModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace PartnerDesk
