#pragma once

#include "pane.h"

class QLabel;

namespace PartnerDesk {

// Every transaction, sorted and filtered in SQL, with the attribution explainer of the selected order.
class TransactionsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsPane)

public:
    TransactionsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TransactionsPane() override;

    void reload() override;

private:
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
