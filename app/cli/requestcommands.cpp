#include "requestcommands.h"

#include "core/csvwriter.h"
#include "core/money.h"
#include "import/csvreader.h"
#include "store/programstore.h"
#include "store/requeststore.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

// The CSV column a refusal of an application is about.
QString columnOf(RequestStore::Field field)
{
    switch (field) {
    case RequestStore::Field::Name:
        return u"name"_s;
    case RequestStore::Field::Email:
        return u"email"_s;
    case RequestStore::Field::Website:
        return u"website"_s;
    case RequestStore::Field::Promotion:
        return u"promotion"_s;
    case RequestStore::Field::Program:
        return u"program"_s;
    default:
        break;
    }
    return {};
}

// What a request asks for, in one line.
QString asked(const PartnerRequest &r)
{
    switch (r.kind) {
    case RequestKind::Signup:
        return u"%1 <%2>%3"_s.arg(r.applicantName, r.applicantEmail,
                                  r.website.isEmpty() ? QString() : u" "_s + r.website);
    case RequestKind::Claim: {
        QString text = u"order "_s + r.orderId;
        if (!r.orderDate.isEmpty())
            text += u" of "_s + r.orderDate;
        if (r.amountMinor)
            text += u" ("_s + Money::formatMinor(*r.amountMinor, qMax(0, Currency::minorDigits(r.currency))) + u' ' +
                    r.currency + u')';
        return text;
    }
    case RequestKind::Vanity:
        return u"%1%2 -> %3"_s.arg(r.host, r.approvedPath.isEmpty() ? r.path : r.approvedPath, r.targetUrl);
    case RequestKind::PayoutEmail:
        break;
    }
    return u"payout e-mail %1 (now %2)"_s.arg(r.requestedEmail, r.affiliateEmail);
}

QString duplicates(const PartnerRequest &r)
{
    QStringList names;
    for (const qint64 id : r.duplicateSignups)
        names.append(u"R"_s + QString::number(id));
    names += r.duplicatePartners;
    return names.join(u' ');
}

} // namespace

QList<Command> RequestCommands::all()
{
    return {
        {u"applications import"_s,
         tr("File the sign-ups of a CSV (header name,email,website,promotion,program; the program by name; "
            "\"note\" may stand for \"promotion\"), all or nothing: bad rows go to stderr as FILE:LINE: field: "
            "reason and nothing is filed. Prints the request ids."),
         {},
         {},
         {{tr("FILE"), tr("The applications CSV.")}},
         true,
         &RequestCommands::importApplications},
        {u"request list"_s,
         tr("Print the requests as CSV, newest first: sign-ups, claims, vanity links and payout e-mail changes."),
         {valueOption(u"state"_s, tr("Only the waiting, approved or rejected ones."), tr("STATE")),
          valueOption(u"format"_s, tr("csv (the default) or table."), tr("FORMAT"))},
         {},
         {},
         true,
         &RequestCommands::list},
        {u"request approve"_s,
         tr("Approve a request: a claim assigns the order, a vanity request adds the rewrite, a sign-up creates "
            "the partner with his membership and coupon, a payout e-mail becomes his. Audited."),
         {valueOption(u"id"_s, tr("The request as \"request list\" prints it (R12, E34)."), tr("ID")),
          valueOption(u"path"_s, tr("A vanity request: approve it with this path instead."), tr("PATH")),
          valueOption(u"reason"_s, tr("A note to the partner, kept in the audit log."), tr("TEXT"))},
         {u"id"_s},
         {},
         true,
         &RequestCommands::approve},
        {u"request reject"_s,
         tr("Reject a request with a reason the partner reads. Audited."),
         {valueOption(u"id"_s, tr("The request as \"request list\" prints it (R12, E34)."), tr("ID")),
          valueOption(u"reason"_s, tr("Why; the partner sees it."), tr("TEXT"))},
         {u"id"_s, u"reason"_s},
         {},
         true,
         &RequestCommands::reject},
        {u"claim"_s,
         tr("File a partner's claim for an order the rules gave to nobody or another partner; a manager decides. "
            "Prints the request id (last line)."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"order"_s, tr("The order id as the customer gave it."), tr("ID")),
          valueOption(u"reason"_s, tr("Why the order is his, e.g. the coupon the customer forgot."), tr("TEXT")),
          valueOption(u"date"_s, tr("The order's date, YYYY-MM-DD."), tr("DATE")),
          valueOption(u"amount"_s, tr("The order's amount, e.g. 120.50, in the program's currency."), tr("AMOUNT")),
          valueOption(u"program"_s, tr("The program the order belongs to."), tr("NAME"))},
         {u"affiliate"_s, u"order"_s, u"reason"_s},
         {},
         true,
         &RequestCommands::claim},
        {u"vanity"_s,
         tr("File a partner's request for a vanity link on a store host; a manager decides. Prints the request "
            "id (last line)."),
         {valueOption(u"affiliate"_s, tr("The partner's affiliate code."), tr("CODE")),
          valueOption(u"host"_s, tr("A store host of his programs."), tr("HOST")),
          valueOption(u"path"_s, tr("The path he would like, e.g. /partner/jane."), tr("PATH")),
          valueOption(u"target"_s, tr("The store URL it leads to."), tr("URL")),
          valueOption(u"reason"_s, tr("A message to the manager."), tr("TEXT"))},
         {u"affiliate"_s, u"host"_s, u"path"_s, u"target"_s},
         {},
         true,
         &RequestCommands::vanity},
    };
}

int RequestCommands::importApplications(Invocation &run)
{
    const QString path = run.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return run.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    CsvReader reader(&file);
    QStringList fields;
    if (reader.next(fields) != CsvReader::Outcome::Record)
        return run.fail(tr("%1 has no header line (name,email,website,promotion,program).").arg(path));
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < fields.size(); ++i)
        column.insert(fields.at(i).trimmed().toLower(), i);
    if (!column.contains(u"promotion"_s) && column.contains(u"note"_s))
        column.insert(u"promotion"_s, column.value(u"note"_s));
    for (const QString &needed : {u"name"_s, u"email"_s, u"program"_s}) {
        if (!column.contains(needed))
            return run.fail(tr("%1:1: the header has no \"%2\" column.").arg(path, needed));
    }
    const auto cell = [&](const QStringList &row, const QString &name) {
        const qsizetype i = column.value(name, -1);
        return i >= 0 && i < row.size() ? row.at(i) : QString();
    };
    RequestStore store(run.database());
    ProgramStore programs(run.database());
    QList<ApplicationDraft> drafts;
    int bad = 0;
    for (;;) {
        const CsvReader::Outcome outcome = reader.next(fields);
        if (outcome == CsvReader::Outcome::End)
            break;
        if (outcome == CsvReader::Outcome::Unreadable)
            return run.fail(u"%1:%2: %3 "_s.arg(path).arg(reader.line()).arg(reader.error()) +
                            tr("Nothing was filed."));
        if (outcome == CsvReader::Outcome::Malformed) {
            run.err() << path << ':' << reader.line() << ": " << reader.error() << '\n';
            ++bad;
            continue;
        }
        ApplicationDraft draft{cell(fields, u"name"_s),
                               cell(fields, u"email"_s),
                               cell(fields, u"website"_s),
                               cell(fields, u"promotion"_s),
                               0,
                               {}};
        const QString programName = cell(fields, u"program"_s).trimmed();
        if (const std::optional<Program> program = programs.byName(programName))
            draft.programId = program->id;
        RequestStore::Field field = RequestStore::Field::None;
        Status valid = store.checkApplication(draft, &field);
        if (!valid && field == RequestStore::Field::Program && !programName.isEmpty() && draft.programId == 0)
            valid = Status::failure(tr("There is no program named \"%1\".").arg(programName));
        if (!valid) {
            run.err() << path << ':' << reader.line() << ": ";
            if (const QString name = columnOf(field); !name.isEmpty())
                run.err() << name << ": ";
            run.err() << valid.error() << '\n';
            ++bad;
            continue;
        }
        drafts.append(draft);
    }
    if (bad > 0)
        return run.fail(tr("%n bad row(s) in %1; nothing was filed.", nullptr, bad).arg(path));
    const auto filed = store.fileApplications(drafts);
    if (!filed)
        return run.fail(filed.error());
    for (const PartnerRequest &r : *filed)
        run.out() << r.displayId() << '\n';
    run.out() << tr("filed %n sign-up(s)", nullptr, int(filed->size())) << Qt::endl;
    return ExitSuccess;
}

int RequestCommands::list(Invocation &run)
{
    const std::optional<QString> format = run.format({u"csv"_s, u"table"_s});
    if (!format)
        return ExitFailure;
    std::optional<RequestState> state;
    if (run.isSet(u"state"_s)) {
        state = RequestStore::parseState(run.value(u"state"_s).trimmed());
        if (!state)
            return run.fail(tr("--state is waiting, approved or rejected, not \"%1\".").arg(run.value(u"state"_s)));
    }
    const QList<PartnerRequest> rows = RequestStore(run.database()).list(state);
    const QStringList header = {u"id"_s,        u"kind"_s,    u"state"_s,    u"partner"_s,    u"program"_s,
                                u"asked"_s,     u"message"_s, u"filed_at"_s, u"decided_at"_s, u"decision_reason"_s,
                                u"duplicates"_s};
    QList<QStringList> lines;
    for (const PartnerRequest &r : rows)
        lines.append({r.displayId(), RequestStore::kindName(r.kind), RequestStore::stateName(r.state), r.affiliateCode,
                      r.programName, asked(r), r.kind == RequestKind::Signup ? r.promotion : r.message, r.filedAt,
                      r.decidedAt, r.decisionReason, duplicates(r)});
    if (*format == u"csv") {
        run.out() << CsvWriter::line({header.cbegin(), header.cend()});
        for (const QStringList &line : std::as_const(lines))
            run.out() << CsvWriter::line({line.cbegin(), line.cend()});
        return ExitSuccess;
    }
    // A table for people: one line per request, long text cut.
    QList<qsizetype> widths(header.size(), 0);
    const auto shown = [](const QString &text) {
        QString one = text.simplified();
        return one.size() > 40 ? one.left(39) + u'…' : one;
    };
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header.at(c).size();
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = qMax(widths[c], shown(line.at(c)).size());
    }
    const auto print = [&](const QStringList &line) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += shown(line.at(c)).leftJustified(widths.at(c) + 2);
        run.out() << text.trimmed() << '\n';
    };
    print(header);
    for (const QStringList &line : std::as_const(lines))
        print(line);
    return ExitSuccess;
}

int RequestCommands::approve(Invocation &run)
{
    RequestStore store(run.database());
    const std::optional<PartnerRequest> request = store.byDisplayId(run.value(u"id"_s));
    if (!request)
        return run.fail(tr("There is no request \"%1\"; \"request list\" prints their ids.").arg(run.value(u"id"_s)));
    const auto decision =
        store.approve(request->kind, request->id, {run.value(u"path"_s).trimmed(), run.value(u"reason"_s), false});
    if (!decision)
        return run.fail(decision.error());
    run.out() << tr("approved %1").arg(request->displayId());
    if (decision->partner)
        run.out() << ": " << tr("partner %1, coupon %2").arg(decision->partner->code, decision->couponCode);
    else if (decision->rewrite)
        run.out() << ": " << decision->rewrite->rewrite.host << decision->rewrite->rewrite.path;
    run.out() << Qt::endl;
    // His own login is a database administrator's step (it creates a PostgreSQL role), once this
    // desktop's sync has taken the new partner to the central database.
    if (decision->partner)
        run.out() << tr("To give %1 his own login: sync, then (as the database administrator) "
                        "partnerdesk-cli central grant --affiliate %1 --login LOGIN --central URL")
                         .arg(decision->partner->code)
                  << Qt::endl;
    return ExitSuccess;
}

int RequestCommands::reject(Invocation &run)
{
    RequestStore store(run.database());
    const std::optional<PartnerRequest> request = store.byDisplayId(run.value(u"id"_s));
    if (!request)
        return run.fail(tr("There is no request \"%1\"; \"request list\" prints their ids.").arg(run.value(u"id"_s)));
    const auto decision = store.reject(request->kind, request->id, run.value(u"reason"_s));
    if (!decision)
        return run.fail(decision.error());
    run.out() << tr("rejected %1").arg(request->displayId()) << Qt::endl;
    return ExitSuccess;
}

int RequestCommands::claim(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    ClaimDraft draft{run.value(u"order"_s), run.value(u"date"_s), std::nullopt, run.value(u"reason"_s), 0};
    std::optional<Program> program;
    if (run.isSet(u"program"_s)) {
        program = run.program();
        if (!program)
            return ExitFailure;
        draft.programId = program->id;
    }
    if (run.isSet(u"amount"_s)) {
        // The amount's digits: the program's currency, else his primary program's.
        QString currency = program ? program->currency : QString();
        if (currency.isEmpty()) {
            for (const Membership &m : ProgramStore(run.database()).membershipsOf(affiliate->id)) {
                if (m.active && (currency.isEmpty() || m.primary)) {
                    if (const std::optional<Program> p = ProgramStore(run.database()).byId(m.programId))
                        currency = p->currency;
                }
            }
        }
        if (currency.isEmpty())
            return run.fail(tr("--amount needs --program: an amount is in a program's currency."));
        QString error;
        const std::optional<Money> amount = Money::parse(run.value(u"amount"_s).trimmed(), currency, &error);
        if (!amount)
            return run.fail(u"--amount: "_s + error);
        draft.amountMinor = amount->minor();
    }
    const auto filed = RequestStore(run.database()).fileClaim(affiliate->id, draft);
    if (!filed)
        return run.fail(filed.error());
    run.out() << filed->displayId() << Qt::endl;
    return ExitSuccess;
}

int RequestCommands::vanity(Invocation &run)
{
    const std::optional<Affiliate> affiliate = run.affiliate();
    if (!affiliate)
        return ExitFailure;
    const auto filed = RequestStore(run.database())
                           .fileVanity(affiliate->id, {run.value(u"host"_s), run.value(u"path"_s),
                                                       run.value(u"target"_s), run.value(u"reason"_s)});
    if (!filed)
        return run.fail(filed.error());
    run.out() << filed->displayId() << Qt::endl;
    return ExitSuccess;
}

} // namespace PartnerDesk
