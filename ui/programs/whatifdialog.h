#pragma once

#include "store/whatif.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace PartnerDesk {

class Database;

// What-if (docs/COMMISSION.md): what a rule change not saved yet (a partner's new rate, a tier
// table, a lifetime setting) would have paid over a past period, per currency: orders, commission
// before and after, the difference and the orders that changed. The period is the last 12 months
// unless chosen; Run settles the period again on a worker thread with its own connection
// (BackgroundTask: a progress dialog with Cancel) inside a transaction WhatIf always rolls back, so
// nothing is written.
class WhatIfDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfDialog)

public:
    // `affiliateId` > 0: only that partner's commission counts.
    WhatIfDialog(Database &database, const RuleChange &change, qint64 affiliateId, const QString &what,
                 QWidget *parent = nullptr);
    ~WhatIfDialog() override;

    // Runs the what-if over the chosen period and shows the result (or why there is none).
    void run();
    const std::optional<WhatIfResult> &result() const { return m_result; }

private:
    void showResult(const WhatIfResult &result);

    Database &m_database;
    RuleChange m_change;
    qint64 m_affiliateId = 0;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_runButton = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    std::optional<WhatIfResult> m_result;
};

} // namespace PartnerDesk
