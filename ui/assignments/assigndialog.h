#pragma once

#include "core/records.h"
#include "store/assignmentstore.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PartnerDesk {

class Database;
class PartnerSearchWidget;

// Chooses the partner, the reason and (for one order) an amount for a manual assignment. OK
// stays disabled until all three are valid; errorLabel says what is missing.
class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    AssignDialog(Database &database, const QList<OrderToAssign> &orders, QWidget *parent = nullptr);

    // Meaningful once accepted.
    const Affiliate &partner() const { return m_partner; }
    QString reason() const;
    std::optional<qint64> amountMinor() const { return m_amountMinor; }

private:
    void validate();
    QString summary() const;

    QList<OrderToAssign> m_orders;
    AssignmentStore m_store;
    QHash<qint64, QString> m_refusals; // partner id → why he cannot be assigned ("" when he can)
    PartnerSearchWidget *m_search = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Affiliate m_partner;
    std::optional<qint64> m_amountMinor;
};

} // namespace PartnerDesk
