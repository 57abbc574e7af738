#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// What a manager enters for a vanity link (DESIGN.md, "Internal rewrite").
struct RewriteDraft
{
    qint64 affiliateId = 0;
    QString host;
    QString path;
    QString targetUrl;
    QString campaign{}; // a campaign tag the target gets as acc_campaign; "" = none
};

// A stored rewrite as the editor lists it: the row itself plus the partner's name. Everything
// restore() needs to put the row back exactly.
struct RewriteRow
{
    Rewrite rewrite;
    QString affiliateName;
    bool active = true;
    QString createdAt;
};

// The managers' vanity paths: validation, add, edit, delete and the exact restore that undo needs.
// Every edit runs in one transaction with its audit-log row.
//
// The rules, each refusal a sentence that names the field:
// - the partner exists and is an active member of some active program;
// - the host is one of those programs' store hosts (or a subdomain of one), normalised: lower
//   case, IDN to ASCII, "www." dropped (the exporters answer on the www. twin as well);
// - the path is "/" + segments of letters, digits, '-', '_', '.' or '~' (what nginx and Apache
//   rules can match literally), no query, fragment, whitespace, "//", "." or "..", stored without
//   its trailing slash (attribution treats both forms as one path);
// - host and path are unique, counting the www. twin and the trailing-slash twin;
// - the target is a store URL LinkBuilder accepts for the partner; the tracked URL (acc=CODE, and
//   acc_campaign=NAME with a campaign) is stored, so the 302 lands on a link that credits him;
// - the campaign, if any, fits ValueRules::campaign (a refusal of it is about the target field).
class RewriteStore final
{
    Q_DECLARE_TR_FUNCTIONS(RewriteStore)

public:
    static constexpr int maxPathLength = 200;
    static constexpr int maxTargetLength = 2000;
    // list() returns at most this many rows; a store has a few hundred vanity links.
    static constexpr int listLimit = 5000;

    // The field a refusal is about, so a form can show the reason under it.
    enum class Field
    {
        None, // not one field's fault (a database error)
        Partner,
        Host,
        Path,
        Target
    };

    explicit RewriteStore(Database &database);

    // The path as stored ("/partner/jane"), or why it cannot be a vanity path.
    static Result<QString> normalisePath(const QString &path);

    // What add() or update() would store for `draft` (id 0), or the first refusal. `editedId`:
    // the rewrite being edited, whose own host and path are no clash. `field`, when given, is set
    // to the field a refusal is about (None when valid). The one check of the editor, `rewrite add`
    // and undo.
    Result<Rewrite> validate(const RewriteDraft &draft, qint64 editedId = 0, Field *field = nullptr) const;

    Result<RewriteRow> add(const RewriteDraft &draft);
    // Changes partner, host, path and target of rewrite `id` under the same rules.
    Result<RewriteRow> update(qint64 id, const RewriteDraft &draft);
    // Deletes the rewrite and returns it as it was, for restore().
    Result<RewriteRow> remove(qint64 id);
    // Writes `row` back exactly as it was (id, partner, host, path, target, created_at): inserts
    // it when it was deleted, or sets it back when it was edited. The undo of every edit. Only
    // what the database enforces is checked (the partner exists, host and path are free): the
    // row passed validation when it was first written.
    Status restore(const RewriteRow &row);

    std::optional<RewriteRow> byId(qint64 id) const;
    // Rewrites whose host, path, target, partner code or name contains `search` (all when empty),
    // by host and path, at most `limit`.
    QList<RewriteRow> list(const QString &search = {}, int limit = listLimit) const;
    int count(const QString &search = {}) const;

private:
    Result<RewriteRow> write(qint64 id, const RewriteDraft &draft);

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
