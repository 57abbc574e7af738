#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace PartnerDesk {

class Database;

// A partner's own choice of e-mail notices (issue #14, docs/NOTICES.md), in his My Balance: how
// often (the program's choice, every new transaction, a daily digest, or none) and in which
// language (English or Czech). A change is saved at once through NoticeSettingsStore, which his
// desktop may write for him alone; the store's refusal is shown under the choice.
class NoticeChoiceWidget final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeChoiceWidget)

public:
    NoticeChoiceWidget(Database &database, QWidget *parent = nullptr);

    // Shows partner `affiliateId`'s choice (0: none known yet; the box is disabled).
    void showPartner(qint64 affiliateId);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void save();

    Database &m_database;
    qint64 m_affiliateId = 0;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
};

} // namespace PartnerDesk
