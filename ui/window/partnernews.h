#pragma once

#include "core/records.h"
#include "store/ledgerstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PartnerDesk {

class Database;

// What a partner's window tells him when it opens and reloads: only his own news, his new
// transactions since he last looked, his balance reaching the payout threshold and his requests
// decided since (a sync brought the manager's decision). The last transaction and the decisions
// he was told of are remembered per database and partner (QSettings "PartnerMode/…").
struct PartnerNews
{
    Q_DECLARE_TR_FUNCTIONS(PartnerNews)

public:
    QString title;
    QString message; // empty: nothing new
    QString pane;    // where the news is shown in full

    // Reads what is new for `partner` and remembers it as told. `newlyDue`: partners whose balance
    // reached the threshold just now (the approvals of this open); only his own row counts.
    static PartnerNews sinceLastLook(Database &database, const Affiliate &partner, const QList<BalanceRow> &newlyDue);
};

} // namespace PartnerDesk
