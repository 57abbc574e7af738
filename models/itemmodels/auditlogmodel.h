#pragma once

#include "store/auditlogquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

namespace PartnerDesk {

class Database;

// The append-only audit log, newest first, filtered in SQL and fetched a page at a time. "Who" is
// the text the writing desktop put there (anything a partner's desktop likes); "Login" is the
// central database's word (changed_by), and a partner's login is marked as such.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        At,
        Actor,
        Login,
        Action,
        Entity,
        EntityId,
        Before,
        After,
        Reason,
        Count
    };
    Q_ENUM(Column)

    static constexpr int pageSize = 200;

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const AuditFilter &filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    void reload();
    // Rows the filter matches in all, not only those fetched.
    qint64 matching() const { return m_matching; }
    const AuditEntry *entry(int row) const;
    const AuditLogQuery &query() const { return m_query; }

    // "p00012, link, 20.00 EUR, approved" for a transaction's JSON; other JSON as it is.
    static QString summary(const QString &json);
    // The Login cell: the login, "pa (partner CODE)", "(not synced yet)" or "(not recorded)".
    QString loginText(const AuditEntry &entry) const;

private:
    QVariant toolTip(const AuditEntry &entry, int column) const;
    // The partner code of the login that wrote the row, "" for a manager's (or unknown) login.
    QString partnerOf(const AuditEntry &entry) const { return m_partnerLogins.value(entry.login); }
    // Whether the "Who" text says who the login is (his code or the login itself).
    static bool actorMatches(const AuditEntry &entry, const QString &partnerCode);

    AuditLogQuery m_query;
    QMap<QString, QString> m_partnerLogins;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_matching = 0;
    bool m_exhausted = false;
    bool m_inserting = false;
};

} // namespace PartnerDesk
