#pragma once

#include "core/rate.h"

#include <QString>
#include <QStringList>

namespace PartnerDesk {

struct Program
{
    qint64 id = 0;
    QString name;
    QString description;
    QString currency = QStringLiteral("EUR");
    Rate linkRate = Rate::fromBasisPoints(2000);
    Rate couponRate = Rate::fromBasisPoints(1000);
    Rate couponDiscount = Rate::fromBasisPoints(1000);
    qint64 thresholdMinor = 5000;
    int cookieDays = 30;
    int holdDays = 30;
    bool active = true;
    QStringList storeHosts; // normalised
    QString createdAt;
    int memberCount = 0; // active memberships (filled by list queries)
};

struct Affiliate
{
    qint64 id = 0;
    QString code;
    QString name;
    // Where his payouts go: changed only by a manager's approval (EmailRequestStore).
    QString email;
    QString status = QStringLiteral("approved"); // pending | approved | suspended
    QString createdAt;
    // The payout e-mail he asked for and when; "" and "" while no request waits.
    QString requestedEmail;
    QString emailRequestedAt;

    bool hasEmailRequest() const { return !requestedEmail.isEmpty(); }
};

struct Membership
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    qint64 programId = 0;
    QString affiliateCode;
    QString affiliateName;
    QString affiliateEmail;
    QString programName;
    bool active = true;
    bool primary = false;
    QString joinedAt;
};

struct Banner
{
    qint64 id = 0;
    qint64 programId = 0;
    qint64 affiliateId = 0; // 0: a stock banner of the program
    QString title;
    QString imageUrl;
    int width = 0;
    int height = 0;
};

struct Rewrite
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    QString affiliateCode;
    QString host;
    QString path;
    QString targetUrl;
};

struct DirectDomain
{
    qint64 id = 0;
    qint64 affiliateId = 0;
    QString domain;
    QString token;
    QString method;
    bool verified = false;
    QString verifiedAt;
};

} // namespace PartnerDesk
