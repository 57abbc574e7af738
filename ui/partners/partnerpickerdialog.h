#pragma once

#include "core/records.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;

namespace PartnerDesk {

class Database;
class PartnerSearchWidget;

// Finds one partner by name, code or e-mail (File › Open as Partner).
class PartnerPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerPickerDialog)

public:
    PartnerPickerDialog(Database &database, const QString &title, QWidget *parent = nullptr);

    std::optional<Affiliate> selectedPartner() const;

private:
    void updateButtons();

    PartnerSearchWidget *m_search = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
