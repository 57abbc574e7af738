#pragma once

#include "pane.h"

class QLabel;

namespace PartnerDesk {

// Balances against each program's payout threshold, payout batches with a dry-run preview, mark paid.
class PayoutsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutsPane)

public:
    PayoutsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PayoutsPane() override;

    void reload() override;

private:
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
