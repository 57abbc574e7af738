#include "websitesoverviewwidget.h"

#include "itemmodels/domainstatustext.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/websitelistmodel.h"
#include "network/domainrechecker.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString headerKey = QStringLiteral("WebsitesOverview/header");
const QString splitterKey = QStringLiteral("WebsitesOverview/splitter");
const QString filterKey = QStringLiteral("WebsitesOverview/filter");
const QString stateKey = QStringLiteral("WebsitesOverview/state");

using State = DomainRecord::State;

struct StateChoice
{
    const char *title;
    QList<State> states;
};

// The state filter, in combo order. Titles are translated where the combo is filled.
const QList<StateChoice> &stateChoices()
{
    static const QList<StateChoice> choices{
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "All websites"), {}},
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "Needing attention"),
         {State::Lapsing, State::Lapsed}},
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "Verified"), {State::Verified}},
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "Lapsing"), {State::Lapsing}},
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "Lapsed"), {State::Lapsed}},
        {QT_TRANSLATE_NOOP("PartnerDesk::WebsitesOverviewWidget", "Unverified"), {State::Unverified}},
    };
    return choices;
}

} // namespace

WebsitesOverviewWidget::WebsitesOverviewWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_ownRechecker(new DomainRechecker(database, this))
    , m_rechecker(m_ownRechecker)
{
    setObjectName(QStringLiteral("websitesOverview"));
    m_ownRechecker->setPolicy(DomainCheckPolicy::fromSettings());

    m_model = new WebsiteListModel(database, this);
    m_proxy = new TableProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("websitesFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by domain, partner or code"));
    m_filterEdit->setClearButtonEnabled(true);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("websitesStateCombo"));
    for (const StateChoice &choice : stateChoices())
        m_stateCombo->addItem(tr(choice.title));
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &WebsitesOverviewWidget::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &WebsitesOverviewWidget::applyFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("websitesTable"));
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebsiteListModel::Partner, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitHeaderTitles(m_table, 110);
    m_table->setColumnWidth(WebsiteListModel::Partner, 200);
    m_table->setColumnWidth(WebsiteListModel::Domain, 180);
    m_table->setColumnWidth(WebsiteListModel::Status, 200);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebsitesOverviewWidget::showSelected);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_recheckSelectedAction);
        menu.addAction(m_recheckDueAction);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });

    m_findingsEdit = new QPlainTextEdit(this);
    m_findingsEdit->setObjectName(QStringLiteral("websiteFindingsEdit"));
    m_findingsEdit->setReadOnly(true);
    m_findingsEdit->setPlaceholderText(tr("What the last check of the selected website found appears here."));

    createActions();
    m_recheckSelectedButton = new QPushButton(m_recheckSelectedAction->icon(), tr("Re-check &Now"), this);
    m_recheckSelectedButton->setObjectName(QStringLiteral("recheckSelectedButton"));
    m_recheckSelectedButton->setToolTip(m_recheckSelectedAction->toolTip());
    connect(m_recheckSelectedButton, &QPushButton::clicked, m_recheckSelectedAction, &QAction::trigger);
    m_recheckDueButton = new QPushButton(tr("Re-check All &Due"), this);
    m_recheckDueButton->setObjectName(QStringLiteral("recheckDueButton"));
    m_recheckDueButton->setToolTip(m_recheckDueAction->toolTip());
    connect(m_recheckDueButton, &QPushButton::clicked, m_recheckDueAction, &QAction::trigger);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recheckProgress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("recheckCancelButton"));
    m_cancelButton->setToolTip(tr("Stop the re-check; checks in flight are not recorded"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_rechecker)
            m_rechecker->cancel();
    });
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("recheckStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("websitesCountLabel"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_stateCombo);
    filterRow->addWidget(m_countLabel);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_recheckSelectedButton);
    actionRow->addWidget(m_recheckDueButton);
    actionRow->addWidget(m_progress, 1);
    actionRow->addWidget(m_cancelButton);
    actionRow->addWidget(m_statusLabel, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("websitesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_findingsEdit);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addLayout(actionRow);
    layout->addWidget(splitter, 1);

    const QSettings settings;
    m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    splitter->restoreState(settings.value(splitterKey).toByteArray());
    {
        const QSignalBlocker blockEdit(m_filterEdit);
        const QSignalBlocker blockCombo(m_stateCombo);
        m_filterEdit->setText(settings.value(filterKey).toString());
        m_stateCombo->setCurrentIndex(qBound(0, settings.value(stateKey).toInt(), m_stateCombo->count() - 1));
    }
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(splitterKey, splitter->saveState()); });

    connectRechecker();
    applyFilter();
}

WebsitesOverviewWidget::~WebsitesOverviewWidget()
{
    saveLayout();
    for (const QMetaObject::Connection &connection : std::as_const(m_recheckerConnections))
        disconnect(connection);
}

void WebsitesOverviewWidget::createActions()
{
    m_recheckSelectedAction = new QAction(themeIcon(QStringLiteral("view-refresh")), tr("Re-check &Now"), this);
    m_recheckSelectedAction->setObjectName(QStringLiteral("recheckSelectedAction"));
    m_recheckSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recheckSelectedAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_recheckSelectedAction->setToolTip(
        tr("Check the selected websites for their tokens now (%1)")
            .arg(m_recheckSelectedAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_recheckSelectedAction, &QAction::triggered, this, &WebsitesOverviewWidget::recheckSelected);
    addAction(m_recheckSelectedAction);

    m_recheckDueAction = new QAction(tr("Re-check All &Due"), this);
    m_recheckDueAction->setObjectName(QStringLiteral("recheckDueAction"));
    m_recheckDueAction->setToolTip(tr("Check every website whose partner requested a check, then every verified "
                                      "website whose last check is older than the re-check interval"));
    connect(m_recheckDueAction, &QAction::triggered, this, &WebsitesOverviewWidget::recheckDue);
    addAction(m_recheckDueAction);
}

void WebsitesOverviewWidget::setRechecker(DomainRechecker *rechecker)
{
    if (m_rechecker && m_rechecker->isRunning() && m_rechecker == m_ownRechecker)
        m_ownRechecker->cancel();
    m_rechecker = rechecker ? rechecker : m_ownRechecker;
    connectRechecker();
    updateActions();
}

DomainRechecker *WebsitesOverviewWidget::rechecker() const
{
    return m_rechecker;
}

void WebsitesOverviewWidget::setVerifierSetup(std::function<void(DomainVerifier &)> setup)
{
    m_ownRechecker->setVerifierSetup(std::move(setup));
}

void WebsitesOverviewWidget::connectRechecker()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_recheckerConnections))
        disconnect(connection);
    m_recheckerConnections.clear();
    if (!m_rechecker)
        return;
    DomainRechecker *rechecker = m_rechecker;
    m_recheckerConnections = {
        connect(rechecker, &DomainRechecker::started, this, &WebsitesOverviewWidget::runStarted),
        connect(rechecker, &DomainRechecker::progress, this, &WebsitesOverviewWidget::runProgress),
        connect(rechecker, &DomainRechecker::domainChecked, this, &WebsitesOverviewWidget::domainChecked),
        connect(rechecker, &DomainRechecker::finished, this, &WebsitesOverviewWidget::runFinished),
    };
}

void WebsitesOverviewWidget::reload()
{
    const QList<qint64> keep = selectedIds();
    m_model->reload();
    m_countLabel->setText(tr("websites: %1").arg(QLocale().toString(m_model->rowCount())));
    QItemSelection selection;
    for (const qint64 id : keep) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(WebsiteListModel::Count - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

void WebsitesOverviewWidget::applyFilter()
{
    m_filterTimer->stop();
    const int choice = qBound(0, m_stateCombo->currentIndex(), static_cast<int>(stateChoices().size()) - 1);
    m_model->setFilter(m_filterEdit->text(), stateChoices().at(choice).states);
    m_countLabel->setText(tr("websites: %1").arg(QLocale().toString(m_model->rowCount())));
    QSettings settings;
    settings.setValue(filterKey, m_filterEdit->text());
    settings.setValue(stateKey, choice);
    showSelected();
}

QList<qint64> WebsitesOverviewWidget::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ModelRoles::IdRole).toLongLong());
    return ids;
}

void WebsitesOverviewWidget::recheckSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_rechecker || m_rechecker->isRunning())
        return;
    m_rechecker->start(ids);
}

void WebsitesOverviewWidget::recheckDue()
{
    if (!m_rechecker || m_rechecker->isRunning())
        return;
    m_rechecker->startDue();
}

void WebsitesOverviewWidget::runStarted(int total)
{
    m_booksChanged = false;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progress->setVisible(total > 0);
    m_cancelButton->setVisible(total > 0);
    m_statusLabel->setText(total > 0 ? tr("Checking websites: %1…").arg(QLocale().toString(total))
                                     : tr("No website is due for a re-check."));
    updateActions();
}

void WebsitesOverviewWidget::runProgress(int done, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

void WebsitesOverviewWidget::domainChecked(const DomainRecheckResult &result)
{
    switch (result.outcome) {
    case DomainCheckOutcome::Verified:
    case DomainCheckOutcome::Lapsed:
        m_booksChanged = true;
        break;
    default:
        break;
    }
    // The row shows its new state at once; the whole list (filter, order) is read again at the end.
    m_model->updateDomain(result.domain);
    showSelected();
}

void WebsitesOverviewWidget::runFinished(const DomainRecheckSummary &summary)
{
    m_progress->hide();
    m_cancelButton->hide();
    const QLocale locale;
    QString text = tr("Checked: %1. Verified: %2. Lapsing: %3. Lapsed: %4.")
                       .arg(locale.toString(summary.checked), locale.toString(summary.stillVerified),
                            locale.toString(summary.lapsing), locale.toString(summary.lapsed));
    if (summary.notVerified > 0)
        text += u' ' + tr("Not verified: %1.").arg(locale.toString(summary.notVerified));
    if (summary.failed > 0)
        text += u' ' + tr("Not recorded: %1.").arg(locale.toString(summary.failed));
    if (summary.cancelled)
        text = tr("Cancelled; checks in flight were not recorded.") + u' ' + text;
    if (summary.checked + summary.failed > 0 || summary.cancelled)
        m_statusLabel->setText(text);
    reload();
    updateActions();
    Q_EMIT statusMessage(text);
    if (m_booksChanged)
        Q_EMIT booksChanged();
    m_booksChanged = false;
}

void WebsitesOverviewWidget::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const DomainRecord *domain =
        rows.size() == 1 ? m_model->domain(m_proxy->mapToSource(rows.constFirst()).row()) : nullptr;
    if (!domain) {
        m_findingsEdit->clear();
    } else {
        QStringList lines{
            tr("%1 (%2): %3").arg(domain->domain, domain->affiliateName, DomainStatusText::status(*domain))};
        if (!domain->checkedAt.isEmpty())
            lines.append(tr("Last checked %1.").arg(DomainStatusText::dateTime(domain->checkedAt)));
        if (domain->state() == DomainRecord::State::Lapsing)
            lines.append(tr("Failed re-checks in a row: %1.").arg(domain->failedChecks));
        if (!domain->lastFinding.isEmpty())
            lines.append(domain->lastFinding);
        m_findingsEdit->setPlainText(lines.join(u'\n'));
    }
    updateActions();
}

void WebsitesOverviewWidget::updateActions()
{
    const bool idle = m_rechecker && !m_rechecker->isRunning();
    m_recheckSelectedAction->setEnabled(idle && m_table->selectionModel()->hasSelection());
    m_recheckDueAction->setEnabled(idle);
    m_recheckSelectedButton->setEnabled(m_recheckSelectedAction->isEnabled());
    m_recheckDueButton->setEnabled(m_recheckDueAction->isEnabled());
}

void WebsitesOverviewWidget::saveLayout() const
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

} // namespace PartnerDesk
