#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace PartnerDesk {

class Database;

// A program's e-mail notice setting: the manager's default for its partners.
struct ProgramNotices
{
    qint64 programId = 0;
    QString mode = QStringLiteral("off"); // off | each | digest
    QString since;                        // when notices were last switched on; "" before
};

// A partner's own notice choice.
struct PartnerNotices
{
    qint64 affiliateId = 0;
    QString mode;                            // "" (the program's default) | each | digest | off
    QString language = QStringLiteral("en"); // en | cs
};

// The settings of e-mail notices to partners (docs/NOTICES.md): programs.notices and its switch
// time, affiliates.notice_mode and affiliates.language. Every change is audited in its
// transaction. A partner's desktop changes only its own partner's choice, never a program's.
class NoticeSettingsStore final
{
    Q_DECLARE_TR_FUNCTIONS(NoticeSettingsStore)

public:
    explicit NoticeSettingsStore(Database &database);

    static QStringList programModes(); // off, each, digest
    static QStringList partnerModes(); // "", each, digest, off
    static QStringList languages();    // en, cs
    // The mode a partner's notices follow: his own unless "", else the program's.
    static QString effectiveMode(const QString &partnerMode, const QString &programMode);

    std::optional<ProgramNotices> program(qint64 programId) const;
    // Switching on from off records the time: transactions created before it are never told.
    Status setProgramMode(qint64 programId, const QString &mode);

    std::optional<PartnerNotices> partner(qint64 affiliateId) const;
    Status setPartner(qint64 affiliateId, const QString &mode, const QString &language);

private:
    QString partnerDesktopCode() const;

    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
