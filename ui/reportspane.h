#pragma once

#include "pane.h"

class QLabel;

namespace PartnerDesk {

// Orders, sales, commission and conversion by period, program, partner and kind; chart, CSV, PDF, print.
class ReportsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPane)

public:
    ReportsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReportsPane() override;

    void reload() override;

private:
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
