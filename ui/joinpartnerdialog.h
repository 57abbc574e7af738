#pragma once

#include "store/records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace PartnerDesk {

class AffiliateListModel;
class Database;
class MembershipListModel;

// Finds a partner and joins him to the program `members` shows. A failed join (already a member,
// inactive program) is shown in the dialog, which stays open for another choice.
class JoinPartnerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinPartnerDialog)

public:
    JoinPartnerDialog(Database &database, MembershipListModel &members, const QString &programName,
                      QWidget *parent = nullptr);

    // The partner who joined; meaningful once the dialog was accepted.
    const Affiliate &joinedPartner() const { return m_joined; }

    void accept() override;

private:
    void search(const QString &text);
    void updateButtons();
    const Affiliate *selectedPartner() const;

    MembershipListModel &m_members;
    AffiliateListModel *m_partners = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_partnersList = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Affiliate m_joined;
};

} // namespace PartnerDesk
