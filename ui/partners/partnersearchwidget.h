#pragma once

#include "core/records.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace PartnerDesk {

class AffiliateListModel;
class Database;

// Finding one partner in a dialog: a search field (name, code or e-mail, as you type), the
// matching partners, and a hint when there are none or too many to show. With one match it is
// selected, since there is nothing left to choose. Used by Assign, Join a Partner and Open as
// Partner.
class PartnerSearchWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerSearchWidget)

public:
    explicit PartnerSearchWidget(Database &database, QWidget *parent = nullptr);

    // The selected partner, or none.
    const Affiliate *selectedPartner() const;
    QLineEdit *searchEdit() const { return m_searchEdit; }

Q_SIGNALS:
    // The selection (or the list under it) changed.
    void selectionChanged();
    // A partner was double-clicked.
    void activated();

private:
    void search(const QString &text);

    AffiliateListModel *m_partners = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_hintLabel = nullptr;
};

} // namespace PartnerDesk
