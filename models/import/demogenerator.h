#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <functional>

namespace PartnerDesk {

class Database;

// Fills a database with a realistic sample: the Koongo Partner program and two more, 10,000
// partners with memberships, coupons, verified domains, rewrites, banners, and N orders run
// through the same attribution and ledger as a real import.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 orders = 10000;
        int affiliates = 10000;
        quint32 seed = 20261123;
    };
    // `progress(done, total)` returns false to cancel; a cancelled run leaves the database unchanged.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Status fill(Database &database, const Options &options, const Progress &progress = {});
};

} // namespace PartnerDesk
