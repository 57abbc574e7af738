#pragma once

#include "bookcommand.h"
#include "core/records.h"

namespace PartnerDesk {

class Database;
class ProgramsPane;

// The undoable edits of the Programs pane. Their text is written by the pane (translated there).

// Base: the program is shown again (its row, its members) after every undo and redo.
class ProgramCommand : public BookCommand
{
    Q_DISABLE_COPY_MOVE(ProgramCommand)

protected:
    ProgramCommand(ProgramsPane *pane, qint64 programId, const QString &text);
    void show() override;

    ProgramsPane *m_pane = nullptr;
    qint64 m_programId = 0;
};

// Saves a program and its e-mail notices setting; undo saves the program as it was before, store
// hosts and notices included.
class EditProgramCommand final : public ProgramCommand
{
public:
    EditProgramCommand(ProgramsPane *pane, const Program &before, const Program &after, const QString &noticesBefore,
                       const QString &noticesAfter, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Program m_before;
    Program m_after;
    QString m_noticesBefore;
    QString m_noticesAfter;
};

// Replaces a program's monthly tiers with `after` (TierStore: the tiers not wanted removed, the new
// ones added); undo puts `before` back.
class EditTiersCommand final : public ProgramCommand
{
public:
    EditTiersCommand(ProgramsPane *pane, qint64 programId, const QList<Tier> &before, const QList<Tier> &after,
                     const QString &text);

    // Makes the program's tiers `tiers` (min orders and rates; ids ignored).
    static Status replaceTiers(Database &database, qint64 programId, const QList<Tier> &tiers);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Tier> m_before;
    QList<Tier> m_after;
};

// Activates or deactivates a program; undo does the opposite.
class SetProgramActiveCommand final : public ProgramCommand
{
public:
    SetProgramActiveCommand(ProgramsPane *pane, qint64 programId, bool active, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    bool m_active = true;
};

// A partner joined the program (in JoinPartnerDialog); undo ends the membership, redo joins again.
class JoinPartnerCommand final : public ProgramCommand
{
public:
    JoinPartnerCommand(ProgramsPane *pane, qint64 programId, qint64 affiliateId, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_affiliateId = 0;
};

} // namespace PartnerDesk
