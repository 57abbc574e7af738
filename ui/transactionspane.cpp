#include "transactionspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

TransactionsPane::TransactionsPane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("TransactionsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

TransactionsPane::~TransactionsPane() = default;

void TransactionsPane::reload() {}

} // namespace PartnerDesk
