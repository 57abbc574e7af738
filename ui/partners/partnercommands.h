#pragma once

#include "bookcommand.h"
#include "core/records.h"

namespace PartnerDesk {

class PartnersPane;

// The undoable edits of the Partners pane. Each holds ids, not rows, and asks the stores again
// on every undo and redo. Their text is written by the pane (translated there).

// Base: the pane whose partner changed is shown again after every undo and redo.
class PartnerCommand : public BookCommand
{
    Q_DISABLE_COPY_MOVE(PartnerCommand)

protected:
    PartnerCommand(PartnersPane *pane, qint64 affiliateId, const QString &text);
    void show() override;

    PartnersPane *m_pane = nullptr;
    qint64 m_affiliateId = 0;
};

// Approve, suspend or reactivate: undo sets the status he had before.
class SetPartnerStatusCommand final : public PartnerCommand
{
public:
    SetPartnerStatusCommand(PartnersPane *pane, const Affiliate &affiliate, const QString &status, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_before;
    QString m_after;
};

// Joins a program; undo leaves it again (a join changes the primary only when he had no active
// membership, and leaving hands it back the same way).
class JoinProgramCommand final : public PartnerCommand
{
public:
    JoinProgramCommand(PartnersPane *pane, qint64 affiliateId, qint64 programId, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_programId = 0;
};

// Leaves a program; undo joins it again and, when it was his primary program, makes it primary again.
class LeaveProgramCommand final : public PartnerCommand
{
public:
    LeaveProgramCommand(PartnersPane *pane, const Membership &membership, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_programId = 0;
    bool m_wasPrimary = false;
};

// Makes a membership the primary one; undo makes the previous primary program primary again.
class SetPrimaryCommand final : public PartnerCommand
{
public:
    SetPrimaryCommand(PartnersPane *pane, qint64 affiliateId, qint64 previousProgramId, qint64 programId,
                      const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_previous = 0;
    qint64 m_programId = 0;
};

// Adds a partner; undo removes him again, which the store allows only while nothing refers to him
// (no membership, coupon, domain or transaction yet). Redo brings him back with the same id and code.
class AddPartnerCommand final : public PartnerCommand
{
public:
    AddPartnerCommand(PartnersPane *pane, const QString &name, const QString &email, const QString &code,
                      const QString &text);
    const Affiliate &affiliate() const { return m_affiliate; }

protected:
    Status apply() override;
    Status revert() override;
    void show() override;

private:
    Affiliate m_affiliate;
    bool m_created = false;
};

// Creates a coupon; undo switches it off (a coupon code is never deleted: orders may carry it),
// redo switches it on again.
class CreateCouponCommand final : public PartnerCommand
{
public:
    CreateCouponCommand(PartnersPane *pane, qint64 affiliateId, qint64 programId, const QString &code,
                        const QString &text);
    const QString &code() const { return m_code; }

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_programId = 0;
    QString m_code;
    bool m_created = false;
};

} // namespace PartnerDesk
