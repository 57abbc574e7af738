#include "syncroledetect.h"

#include "centralsession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

Result<SyncRole> detectSyncRole(CentralSession &session)
{
    // Works under his own row-level security: a partner reads his own mapping and partner row. The
    // partner logins come in the same statement (a manager reads them all), not in one more.
    const auto rows =
        session.exec(u"SELECT (SELECT a.code FROM partnerdesk.partner_logins l JOIN partnerdesk.affiliates a "
                     "ON a.id = l.affiliate_id WHERE l.login = current_user), "
                     "(pg_has_role(current_user, 'partnerdesk_partner', 'MEMBER') AND NOT "
                     "pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER'))::int, current_user::text, "
                     "(SELECT json_object_agg(l.login, a.code ORDER BY l.login) FROM partnerdesk.partner_logins l "
                     "JOIN partnerdesk.affiliates a ON a.id = l.affiliate_id)::text"_s);
    if (!rows)
        return Result<SyncRole>::failure(rows.error());
    const QString partnerCode = rows->isNull(0, 0) ? QString() : rows->text(0, 0);
    if (partnerCode.isEmpty() && rows->text(0, 1) == u"1")
        return Result<SyncRole>::failure(QCoreApplication::translate(
            "SyncRole", "This login belongs to the partners' group but is mapped to no partner; ask the manager to "
                        "run partnerdesk-cli central grant for it."));
    QMap<QString, QString> partnerLogins;
    const QJsonObject logins = QJsonDocument::fromJson(rows->text(0, 3).toUtf8()).object();
    for (auto it = logins.constBegin(); it != logins.constEnd(); ++it)
        partnerLogins.insert(it.key(), it.value().toString());
    return SyncRole::read(partnerCode, rows->text(0, 2), partnerLogins);
}

} // namespace PartnerDesk
