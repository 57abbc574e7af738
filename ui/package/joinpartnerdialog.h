#pragma once

#include "core/records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace PartnerDesk {

class Database;
class MembershipListModel;
class PartnerSearchWidget;

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
    void updateButtons();

    MembershipListModel &m_members;
    PartnerSearchWidget *m_search = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Affiliate m_joined;
};

} // namespace PartnerDesk
