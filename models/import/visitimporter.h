#pragma once

#include "core/attributionengine.h"
#include "core/result.h"
#include "orderimporter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <functional>
#include <optional>

namespace PartnerDesk {

class Database;

struct VisitImportSummary
{
    qint64 rows = 0;       // data rows read
    qint64 imported = 0;   // new visits written
    qint64 duplicates = 0; // visits already in the database (or twice in the file): skipped
    qint64 rejected = 0;
    qint64 link = 0;
    qint64 rewrite = 0;
    qint64 direct = 0;
    qint64 unattributed = 0;
    bool cancelled = false;
    QString fatalError; // nothing was imported because of it

    qint64 attributed() const { return link + rewrite + direct; }
    // As for orders: 0 every row imported (or already there), 2 some rejected, 1 nothing imported.
    int exitCode() const;
};

// Imports the optional visits (clicks) CSV: visited_at, landing_url, referrer_url, affiliate_code.
// Columns by name, streaming, every bad row reported with its line, field and reason, good rows in
// one transaction (cancel or failure: nothing written). A visit is attributed by the link, rewrite
// and direct rules of the orders' attribution; a visit has no coupon and no manual assignment.
class VisitImporter final
{
    Q_DECLARE_TR_FUNCTIONS(VisitImporter)

public:
    explicit VisitImporter(Database &database);

    void setIssueHandler(std::function<void(const ImportIssue &)> handler) { m_onIssue = std::move(handler); }
    // Called now and then with bytes read and total; returning false cancels (nothing is written).
    void setProgressHandler(std::function<bool(qint64, qint64)> handler) { m_onProgress = std::move(handler); }

    VisitImportSummary importFile(const QString &path);
    VisitImportSummary importDevice(QIODevice &device, const QString &sourceName);

    // The rule a visit with these URLs and code is credited by: link, rewrite, direct or, when
    // none matches (or only a rule a visit cannot have), Unattributed.
    static Attribution attribute(const AttributionEngine &engine, const QString &landingUrl, const QString &referrerUrl,
                                 const QString &affiliateCode);

private:
    Database &m_database;
    std::function<void(const ImportIssue &)> m_onIssue;
    std::function<bool(qint64, qint64)> m_onProgress;
};

} // namespace PartnerDesk
