#include "noticesettingsstore.h"

#include "auditlog.h"
#include "core/timestamp.h"
#include "database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

NoticeSettingsStore::NoticeSettingsStore(Database &database)
    : m_db(database.connection())
{}

QStringList NoticeSettingsStore::programModes()
{
    return {QStringLiteral("off"), QStringLiteral("each"), QStringLiteral("digest")};
}

QStringList NoticeSettingsStore::partnerModes()
{
    return {QStringLiteral(""), QStringLiteral("each"), QStringLiteral("digest"), QStringLiteral("off")};
}

QStringList NoticeSettingsStore::languages()
{
    return {QStringLiteral("en"), QStringLiteral("cs")};
}

QString NoticeSettingsStore::effectiveMode(const QString &partnerMode, const QString &programMode)
{
    return partnerMode.isEmpty() ? programMode : partnerMode;
}

QString NoticeSettingsStore::partnerDesktopCode() const
{
    // sync_state "desktop_role" (SyncRole::claim): "partner:CODE" on a partner's own desktop.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'desktop_role' AND value LIKE 'partner:%'"));
    if (query.exec() && query.next())
        return query.value(0).toString().mid(8);
    return {};
}

std::optional<ProgramNotices> NoticeSettingsStore::program(qint64 programId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT notices, notices_since FROM programs WHERE id = ?"));
    query.addBindValue(programId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ProgramNotices{programId, query.value(0).toString(), query.value(1).toString()};
}

Status NoticeSettingsStore::setProgramMode(qint64 programId, const QString &mode)
{
    if (!programModes().contains(mode))
        return Status::failure(tr("\"%1\" is not a notice setting of a program; use off, each or digest.").arg(mode));
    if (!partnerDesktopCode().isEmpty())
        return Status::failure(tr("Only a manager sets a program's notices; this is a partner's desktop."));
    const std::optional<ProgramNotices> before = program(programId);
    if (!before)
        return Status::failure(tr("The program no longer exists."));
    if (before->mode == mode)
        return Done{};
    ProgramNotices after = *before;
    after.mode = mode;
    if (before->mode == u"off")
        after.since = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE programs SET notices = ?, notices_since = ? WHERE id = ? AND notices = ?"));
    query.addBindValue(after.mode);
    query.addBindValue(after.since.isEmpty() ? QVariant() : QVariant(after.since));
    query.addBindValue(programId);
    query.addBindValue(before->mode);
    if (!query.exec())
        return Status::failure(tr("Database error: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("The program's notices changed meanwhile; nothing was changed."));
    auto json = [](const ProgramNotices &state) {
        return QJsonObject{{QStringLiteral("notices"), state.mode}, {QStringLiteral("notices_since"), state.since}};
    };
    if (auto audited = AuditLog(m_db).append(QStringLiteral("program.notices"), QStringLiteral("program"),
                                             QString::number(programId), json(*before), json(after));
        !audited)
        return audited;
    return transaction.commit();
}

std::optional<PartnerNotices> NoticeSettingsStore::partner(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT notice_mode, language FROM affiliates WHERE id = ?"));
    query.addBindValue(affiliateId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PartnerNotices{affiliateId, query.value(0).toString(), query.value(1).toString()};
}

Status NoticeSettingsStore::setPartner(qint64 affiliateId, const QString &mode, const QString &language)
{
    if (!partnerModes().contains(mode))
        return Status::failure(
            tr("\"%1\" is not a notice setting of a partner; use each, digest, off or \"\" for the program's.")
                .arg(mode));
    if (!languages().contains(language))
        return Status::failure(tr("\"%1\" is not a language of notices; use en or cs.").arg(language));
    const std::optional<PartnerNotices> before = partner(affiliateId);
    if (!before)
        return Status::failure(tr("The partner no longer exists."));
    if (const QString own = partnerDesktopCode(); !own.isEmpty()) {
        QSqlQuery code(m_db);
        code.prepare(QStringLiteral("SELECT 1 FROM affiliates WHERE id = ? AND code = ?"));
        code.addBindValue(affiliateId);
        code.addBindValue(own);
        if (!code.exec() || !code.next())
            return Status::failure(tr("A partner's desktop changes only its own partner's notices."));
    }
    if (before->mode == mode && before->language == language)
        return Done{};
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE affiliates SET notice_mode = ?, language = ? WHERE id = ?"));
    // A null QString binds as NULL; notice_mode is NOT NULL ''.
    query.addBindValue(mode.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(mode));
    query.addBindValue(language);
    query.addBindValue(affiliateId);
    if (!query.exec())
        return Status::failure(tr("Database error: %1").arg(query.lastError().text()));
    auto json = [](const PartnerNotices &state) {
        return QJsonObject{{QStringLiteral("notice_mode"), state.mode}, {QStringLiteral("language"), state.language}};
    };
    if (auto audited =
            AuditLog(m_db).append(QStringLiteral("affiliate.notices"), QStringLiteral("affiliate"),
                                  QString::number(affiliateId), json(*before), json({affiliateId, mode, language}));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace PartnerDesk
