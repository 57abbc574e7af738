#pragma once

#include "recordtablemodel.h"
#include "store/requeststore.h"

#include <optional>

namespace PartnerDesk {

class Database;

// The partner requests of the manager's Requests pane (every partner's, one state or all) and of a
// partner's My Requests (his own): sign-ups, order claims, vanity links and payout e-mail changes,
// newest first, as RequestStore::list() reads them. A row is known by kind and id together (a
// payout e-mail row's id is the partner's).
class RequestTableModel final : public RecordTableModel<PartnerRequest>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTableModel)

public:
    enum Column
    {
        Kind,
        Partner, // or the applicant of a sign-up
        Asked,   // what is asked, in a line
        Why,     // the partner's reason
        Filed,
        State,
        Decision, // the manager's reason or note
        Count
    };
    Q_ENUM(Column)

    explicit RequestTableModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Which requests: `state` (none: all), and only partner `affiliateId`'s (0: everybody's).
    void setFilter(std::optional<RequestState> state, qint64 affiliateId = 0);
    void reload();
    int rowOf(RequestKind kind, qint64 id) const;

    static QString kindName(RequestKind kind);
    static QString stateName(RequestState state);
    // "Order 100042 of 2026-03-03, 129.00 EUR", "koongo.com/partner/jane → https://…", …
    static QString askedText(const PartnerRequest &request);
    // "Jane Blogger (JANE)", or a sign-up's applicant and e-mail.
    static QString whoText(const PartnerRequest &request);

protected:
    QVariant display(const PartnerRequest &request, int column) const override;
    QVariant sortValue(const PartnerRequest &request, int column) const override;
    QVariant toolTip(const PartnerRequest &request, int column) const override;
    qint64 id(const PartnerRequest &request) const override { return request.id; }
    // A decided request is not greyed: to a partner an approved one is no lesser row.
    bool isActive(const PartnerRequest &) const override { return true; }
    QVariant attention(const PartnerRequest &request, int column) const override;

private:
    Database &m_database;
    std::optional<RequestState> m_state = RequestState::Waiting;
    qint64 m_affiliateId = 0;
};

} // namespace PartnerDesk
