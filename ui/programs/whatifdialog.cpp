#include "whatifdialog.h"

#include "backgroundtask.h"
#include "core/money.h"
#include "core/timestamp.h"
#include "store/database.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

enum Column
{
    CurrencyColumn,
    OrdersColumn,
    BeforeColumn,
    AfterColumn,
    DifferenceColumn,
    ChangedColumn,
    ColumnCount
};

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

WhatIfDialog::WhatIfDialog(Database &database, const RuleChange &change, qint64 affiliateId, const QString &what,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_change(change)
    , m_affiliateId(affiliateId)
{
    setObjectName(QStringLiteral("WhatIfDialog"));
    setWindowTitle(tr("What If"));

    auto *summary = new QLabel(what, this);
    summary->setObjectName(QStringLiteral("whatIfSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    const QDate today = QDateTime::fromSecsSinceEpoch(Timestamp::now(), Qt::UTC).date();
    m_fromEdit = new QDateEdit(today.addMonths(-12), this);
    m_fromEdit->setObjectName(QStringLiteral("whatIfFromEdit"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("whatIfToEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("whatIfRunButton"));
    m_runButton->setToolTip(tr("Settle every order placed in the period again with the change; nothing is written"));
    connect(m_runButton, &QPushButton::clicked, this, &WhatIfDialog::run);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromEdit);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_toEdit);
    period->addWidget(m_runButton);
    period->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Orders placed from (UTC):"), period);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("whatIfTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Orders"), tr("Before"), tr("After"), tr("Difference"), tr("Orders changed")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_statusLabel = new QLabel(tr("Choose a period and Run: nothing is written."), this);
    m_statusLabel->setObjectName(QStringLiteral("whatIfStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(620, 320);
}

WhatIfDialog::~WhatIfDialog() = default;

void WhatIfDialog::run()
{
    const qint64 from = startOfDay(m_fromEdit->date());
    const qint64 to = startOfDay(m_toEdit->date().addDays(1)); // the whole last day
    if (to <= from) {
        m_statusLabel->setText(tr("The period must end after it starts."));
        return;
    }
    std::optional<WhatIfResult> result;
    const RuleChange change = m_change;
    const qint64 affiliateId = m_affiliateId;
    const Result<bool> ran = BackgroundTask::run(
        m_database.path(), tr("Settling the period again with the change…"), BackgroundTask::Cancel::Allowed, this,
        [&result, change, from, to, affiliateId](Database &database, const BackgroundTask::Progress &progress) {
            Result<WhatIfResult> computed = WhatIf(database).run(change, from, to, affiliateId, progress);
            if (!computed)
                return Status::failure(computed.error());
            result = *computed;
            return Status(Done{});
        });
    if (!ran) {
        m_statusLabel->setText(ran.error());
        return;
    }
    if (!*ran || !result) {
        m_statusLabel->setText(tr("Cancelled: nothing was computed, nothing was written."));
        return;
    }
    m_result = result;
    showResult(*result);
}

void WhatIfDialog::showResult(const WhatIfResult &result)
{
    m_table->setRowCount(0);
    const auto cell = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column != CurrencyColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    for (const WhatIfLine &line : result.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        cell(row, CurrencyColumn, line.currency);
        cell(row, OrdersColumn, formatCount(line.orders));
        cell(row, BeforeColumn, Money(line.beforeMinor, line.currency).toDisplayString());
        cell(row, AfterColumn, Money(line.afterMinor, line.currency).toDisplayString());
        const qint64 difference = line.afterMinor - line.beforeMinor;
        cell(row, DifferenceColumn,
             (difference > 0 ? QStringLiteral("+") : QString()) + Money(difference, line.currency).toDisplayString());
        cell(row, ChangedColumn, formatCount(line.changedOrders));
    }
    m_statusLabel->setText(
        result.lines.isEmpty()
            ? tr("No credited order in the period: the change would have paid nothing.")
            : tr("%1 orders settled again; nothing was written.").arg(QLocale().toString(result.ordersSettled)));
}

} // namespace PartnerDesk
