#pragma once

#include "store/domainstore.h"

#include <QCoreApplication>
#include <QString>

namespace PartnerDesk {

// How a direct-link domain's state reads in the lists and the partner's tab, shared by
// DomainListModel and WebsiteListModel.
class DomainStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(DomainStatusText)

public:
    // "Verified", "Lapsing since 1/6/26 10:00", "Lapsed on …", "Unverified".
    static QString status(const DomainRecord &domain);
    // 0 nothing, 1 a warning (lapsing), 2 an error (lapsed): ModelRoles::AttentionRole.
    static int attention(const DomainRecord &domain);
    // "Meta tag", "File", "DNS TXT", "Manual approval".
    static QString method(const QString &method);
    // An ISO 8601 instant as a short local date and time ("" stays "").
    static QString dateTime(const QString &iso);
    // The last check's findings on one line.
    static QString findingsLine(const DomainRecord &domain);
    // For a lapsing or lapsed domain: what happened and what to do, addressed to the partner;
    // "" for any other state.
    static QString advice(const DomainRecord &domain, const DomainCheckPolicy &policy = {});
};

} // namespace PartnerDesk
