#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

namespace PartnerDesk {

class Database;
class DomainRechecker;
class Notifier;

// The manager's window re-checks verified direct-link domains on a schedule (DomainStore's rule)
// while a database is open: lapses are announced through the notifier, and a site whose state
// changed makes the panes read the books again. Switched off by QSettings
// "DirectLinks/recheckEnabled" false (create() then returns null).
class DomainRecheckSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainRecheckSchedule)

public:
    // Armed: the first look a minute from now, so opening the window stays quick and a short
    // session never touches the network.
    static std::unique_ptr<DomainRecheckSchedule> create(Database &database, Notifier *notifier);
    ~DomainRecheckSchedule() override;

    DomainRechecker *rechecker() const { return m_rechecker.get(); }
    // A sync brought a partner's request for a check: look now rather than at the next hourly look
    // (DomainStore::nextDueAt says "now" while one waits).
    void lookAgainNow();

Q_SIGNALS:
    void booksChanged();

private:
    DomainRecheckSchedule(Database &database, Notifier *notifier);

    std::unique_ptr<DomainRechecker> m_rechecker;
    Notifier *m_notifier;
    QStringList m_lapses;   // of the running look
    bool m_changed = false; // a site's state changed in the running look
};

} // namespace PartnerDesk
