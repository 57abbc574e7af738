#pragma once

#include "pane.h"

class QLabel;

namespace PartnerDesk {

// Partners: search, memberships and primary program, approval and suspension, coupons, domains, rewrites and balances.
class PartnersPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersPane)

public:
    PartnersPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PartnersPane() override;

    void reload() override;

private:
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
