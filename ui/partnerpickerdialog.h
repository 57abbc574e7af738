#pragma once

#include "store/records.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QTreeView;

namespace PartnerDesk {

class AffiliateListModel;
class Database;

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

    AffiliateListModel *m_partners = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PartnerDesk
