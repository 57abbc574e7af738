#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <functional>

namespace PartnerDesk {

class Database;

// One rejected row: where and why.
struct ImportIssue
{
    qint64 line = 0;
    QString field; // the column at fault, "" for the whole row
    QString reason;
};

struct ImportSummary
{
    qint64 rows = 0;     // data rows read
    qint64 imported = 0; // rows written (created + updated)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    qint64 attributed = 0;
    qint64 unattributed = 0;
    qint64 reversals = 0;
    qint64 newTransactions = 0;
    bool cancelled = false;
    bool bulkLoad = false; // a big file: the read-only indexes were dropped and built again
    QString fatalError;    // nothing was imported because of it

    // DESIGN.md: 0 every row imported, 2 some rejected (the rest imported), 1 nothing imported.
    int exitCode() const;
};

// Imports the store's orders CSV (DESIGN.md, Formats): columns by name, streaming, every bad row
// reported with its line, good rows in one transaction, attribution and ledger per row.
class OrderImporter final
{
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    explicit OrderImporter(Database &database);

    void setIssueHandler(std::function<void(const ImportIssue &)> handler) { m_onIssue = std::move(handler); }
    // Called now and then with bytes read and total; returning false cancels (nothing is written).
    void setProgressHandler(std::function<bool(qint64, qint64)> handler) { m_onProgress = std::move(handler); }

    ImportSummary importFile(const QString &path);
    ImportSummary importDevice(QIODevice &device, const QString &sourceName);

private:
    Database &m_database;
    std::function<void(const ImportIssue &)> m_onIssue;
    std::function<bool(qint64, qint64)> m_onProgress;
};

} // namespace PartnerDesk
