#include "rewriteeditorwidget.h"

#include "checkresultdelegate.h"
#include "filedialogs.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/rewritetablemodel.h"
#include "network/rewritechecker.h"
#include "pane.h"
#include "rewritecommands.h"
#include "rewritedialog.h"
#include "store/affiliatestore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"
#include "themeicon.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString filterKey = QStringLiteral("RewriteEditor/filter");
const QString checkThroughKey = QStringLiteral("RewriteEditor/checkThrough");
const QString headerKey = QStringLiteral("RewriteEditor/header");
const QString exportFolderKey = QStringLiteral("RewriteEditor/exportFolder");

QString address(const Rewrite &rewrite)
{
    return rewrite.host + rewrite.path;
}

} // namespace

RewriteEditorWidget::RewriteEditorWidget(Pane *pane, QWidget *parent)
    : QWidget(parent)
    , m_pane(pane)
    , m_model(new RewriteTableModel(pane->database(), this))
    , m_proxy(new TableProxyModel(this))
    , m_checker(new RewriteChecker(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("rewriteEditor"));
    m_proxy->setSourceModel(m_model);
    m_choosePath = [](QWidget *dialog, const QString &suggested) {
        QSettings settings;
        const QString folder = settings.value(exportFolderKey, QDir::homePath()).toString();
        const QString path =
            FileDialogs::saveFileName(dialog, tr("Save Rewrite Rules"), QDir(folder).filePath(suggested),
                                      tr("Configuration files (*.conf)") + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
        return path;
    };
    createActions();
    createViews();
    connect(m_checker, &RewriteChecker::checked, this, &RewriteEditorWidget::checked);
    connect(m_checker, &RewriteChecker::finished, this, [this] {
        updateActions();
        Q_EMIT m_pane->statusMessage(tr("Rewrite check finished."));
    });
    updateActions();
    updateStatus();
}

RewriteEditorWidget::~RewriteEditorWidget()
{
    m_checker->cancel();
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

QAction *RewriteEditorWidget::createAction(const QString &text, const QString &objectName, const QString &iconName)
{
    auto *action = new QAction(themeIcon(iconName), text, this);
    action->setObjectName(objectName);
    // Like the panes' own actions: the keys work while the focus is in the editor.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void RewriteEditorWidget::createActions()
{
    m_addAction = createAction(tr("&Add Rewrite…"), QStringLiteral("addRewriteAction"), QStringLiteral("list-add"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setToolTip(tr("Add a vanity path on a store host for a partner (Insert)"));
    connect(m_addAction, &QAction::triggered, this, &RewriteEditorWidget::addRewrite);

    m_editAction =
        createAction(tr("&Edit Rewrite…"), QStringLiteral("editRewriteAction"), QStringLiteral("document-edit"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(tr("Edit the selected rewrite (F2, or double-click it)"));
    connect(m_editAction, &QAction::triggered, this, &RewriteEditorWidget::editRewrite);

    m_deleteAction =
        createAction(tr("&Delete Rewrite"), QStringLiteral("deleteRewriteAction"), QStringLiteral("edit-delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected rewrites (Delete); Edit › Undo brings them back"));
    connect(m_deleteAction, &QAction::triggered, this, &RewriteEditorWidget::deleteRewrites);

    m_checkAction =
        createAction(tr("C&heck"), QStringLiteral("checkRewritesAction"), QStringLiteral("network-connect"));
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkAction->setToolTip(tr("Request the vanity URLs of the selected rewrites (all shown when none is selected) "
                                 "and confirm each answers 302 with its tracked URL (Ctrl+K)"));
    connect(m_checkAction, &QAction::triggered, this, &RewriteEditorWidget::checkSelected);

    m_cancelCheckAction =
        createAction(tr("Stop Check"), QStringLiteral("cancelCheckAction"), QStringLiteral("process-stop"));
    m_cancelCheckAction->setToolTip(tr("Stop the running check"));
    connect(m_cancelCheckAction, &QAction::triggered, this, [this] {
        m_checker->cancel();
        m_model->clearRunning();
        updateActions();
        Q_EMIT m_pane->statusMessage(tr("Rewrite check stopped."));
    });

    m_exportAction = createAction(tr("E&xport Rules…"), QStringLiteral("exportRewriteRulesAction"),
                                  QStringLiteral("document-export"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setToolTip(tr("Every rewrite as nginx or Apache rules, saved to a file or copied (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, &RewriteEditorWidget::exportRules);
}

void RewriteEditorWidget::createViews()
{
    auto *toolBar = new QToolBar(tr("Rewrites"), this);
    toolBar->setObjectName(QStringLiteral("rewritesToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_checkAction);
    toolBar->addAction(m_cancelCheckAction);
    toolBar->addSeparator();
    toolBar->addAction(m_exportAction);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("rewriteFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by host, path, partner or target"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setText(QSettings().value(filterKey).toString());
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        QSettings().setValue(filterKey, m_filterEdit->text());
        m_model->setSearch(m_filterEdit->text());
        updateActions();
        updateStatus();
    });
    m_model->setSearch(m_filterEdit->text());

    m_checkThroughEdit = new QLineEdit(this);
    m_checkThroughEdit->setObjectName(QStringLiteral("checkThroughEdit"));
    m_checkThroughEdit->setPlaceholderText(tr("Check through (empty: the live site), e.g. http://127.0.0.1:8080"));
    m_checkThroughEdit->setToolTip(
        tr("Send the check's requests to this server (staging, a local nginx) with the store host in the Host "
           "header; empty requests https://HOST/PATH on the live site"));
    m_checkThroughEdit->setClearButtonEnabled(true);
    m_checkThroughEdit->setText(QSettings().value(checkThroughKey).toString());
    connect(m_checkThroughEdit, &QLineEdit::editingFinished, this, &RewriteEditorWidget::checkThroughEdited);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_filterEdit, 2);
    bar->addWidget(m_checkThroughEdit, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rewriteEditorTable"));
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RewriteTableModel::Host, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(RewriteTableModel::LastCheck, new CheckResultDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(RewriteTableModel::Host, 160);
    header->resizeSection(RewriteTableModel::Path, 180);
    header->resizeSection(RewriteTableModel::Partner, 200);
    header->resizeSection(RewriteTableModel::Target, 320);
    header->setStretchLastSection(true);
    header->restoreState(QSettings().value(headerKey).toByteArray());
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RewriteEditorWidget::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &RewriteEditorWidget::editRewrite);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RewriteEditorWidget::updateActions);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("rewritesStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
}

void RewriteEditorWidget::reload()
{
    showRewrite(0);
}

void RewriteEditorWidget::showRewrite(qint64 id)
{
    QList<qint64> ids;
    for (const RewriteRow &row : selectedRewrites())
        ids.append(row.rewrite.id);
    m_model->reload();
    selectIds(id > 0 ? QList<qint64>{id} : ids);
    updateActions();
    updateStatus();
}

void RewriteEditorWidget::showChanged(qint64 changedId, qint64 shownId)
{
    // What a check found before says nothing about the rewrite as it is now.
    m_model->clearCheck(changedId);
    showRewrite(shownId);
}

void RewriteEditorWidget::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(RewriteTableModel::Count - 1));
        if (!first.isValid())
            first = index;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

QList<RewriteRow> RewriteEditorWidget::selectedRewrites() const
{
    QList<RewriteRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        if (const RewriteRow *row = m_model->row(m_proxy->mapToSource(index).row()))
            rows.append(*row);
    }
    return rows;
}

void RewriteEditorWidget::updateActions()
{
    const qsizetype selected = m_table ? m_table->selectionModel()->selectedRows().size() : 0;
    m_editAction->setEnabled(selected == 1);
    m_deleteAction->setEnabled(selected > 0);
    m_checkAction->setEnabled(!m_checker->isRunning() && m_model->rowCount() > 0);
    m_cancelCheckAction->setEnabled(m_checker->isRunning());
    m_exportAction->setEnabled(true);
}

void RewriteEditorWidget::updateStatus()
{
    const int shown = m_model->rowCount();
    if (m_model->isTruncated())
        m_statusLabel->setText(tr("Showing the first %1 rewrites; type in the filter to narrow them.").arg(shown));
    else if (shown == 0 && !m_model->search().isEmpty())
        m_statusLabel->setText(tr("No rewrite matches \"%1\".").arg(m_model->search()));
    else if (shown == 0)
        m_statusLabel->setText(tr("No rewrites yet. Add one to give a partner a vanity link such as "
                                  "https://store.example/partner/jane."));
    else
        m_statusLabel->setText(tr("%n rewrite(s).", nullptr, shown));
}

void RewriteEditorWidget::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_checkAction);
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void RewriteEditorWidget::addRewrite()
{
    RewriteDialog dialog(m_pane->database(), std::nullopt, this);
    // On a failed save (someone else took the address meanwhile) the dialog opens again as it was.
    while (dialog.exec() == QDialog::Accepted) {
        const Result<Rewrite> valid = RewriteStore(m_pane->database()).validate(dialog.draft());
        const QString text = valid ? tr("Add rewrite %1").arg(address(*valid)) : tr("Add rewrite");
        const Status status =
            BookCommand::run(m_pane->undoStack(), new AddRewriteCommand(m_pane, this, dialog.draft(), text));
        if (status) {
            Q_EMIT m_pane->statusMessage(tr("Added %1, forwarding to %2.").arg(address(*valid), valid->targetUrl));
            return;
        }
        QMessageBox::warning(this, tr("Add Rewrite"), status.error());
    }
}

void RewriteEditorWidget::editRewrite()
{
    const QList<RewriteRow> selected = selectedRewrites();
    if (selected.size() != 1)
        return;
    const RewriteRow before = selected.first();
    RewriteDialog dialog(m_pane->database(), before, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString text = tr("Edit rewrite %1").arg(address(before.rewrite));
        const Status status =
            BookCommand::run(m_pane->undoStack(), new EditRewriteCommand(m_pane, this, before, dialog.draft(), text));
        if (status) {
            Q_EMIT m_pane->statusMessage(tr("Saved rewrite %1.").arg(address(before.rewrite)));
            return;
        }
        QMessageBox::warning(this, tr("Edit Rewrite"), status.error());
    }
}

void RewriteEditorWidget::deleteRewrites()
{
    const QList<RewriteRow> selected = selectedRewrites();
    if (selected.isEmpty())
        return;
    // Undoable, so no "Are you sure?": Edit › Undo brings them back exactly.
    QUndoStack *stack = m_pane->undoStack();
    const bool several = selected.size() > 1;
    if (several)
        stack->beginMacro(tr("Delete %n rewrite(s)", nullptr, int(selected.size())));
    QStringList failures;
    int deleted = 0;
    for (const RewriteRow &row : selected) {
        const Status status = BookCommand::run(
            stack, new DeleteRewriteCommand(m_pane, this, row, tr("Delete rewrite %1").arg(address(row.rewrite))));
        if (status)
            ++deleted;
        else
            failures.append(address(row.rewrite) + QStringLiteral(": ") + status.error());
    }
    if (several)
        stack->endMacro();
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Delete Rewrite"), failures.join(u'\n'));
    if (deleted > 0)
        Q_EMIT m_pane->statusMessage(tr("Deleted %n rewrite(s); Edit › Undo brings them back.", nullptr, deleted));
}

void RewriteEditorWidget::checkThroughEdited()
{
    const Result<QUrl> base = RewriteChecker::parseCheckThrough(m_checkThroughEdit->text());
    if (!base) {
        m_statusLabel->setText(base.error());
        return;
    }
    QSettings().setValue(checkThroughKey, m_checkThroughEdit->text().trimmed());
    updateStatus();
}

void RewriteEditorWidget::checkSelected()
{
    const Result<QUrl> base = RewriteChecker::parseCheckThrough(m_checkThroughEdit->text());
    if (!base) {
        m_statusLabel->setText(base.error());
        m_checkThroughEdit->setFocus();
        return;
    }
    QSettings().setValue(checkThroughKey, m_checkThroughEdit->text().trimmed());
    QList<Rewrite> rewrites;
    QList<RewriteRow> rows = selectedRewrites();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.append(*m_model->row(row));
    }
    for (const RewriteRow &row : std::as_const(rows)) {
        rewrites.append(row.rewrite);
        m_model->setChecking(row.rewrite.id);
    }
    if (rewrites.isEmpty())
        return;
    m_checker->cancel();
    m_checker->setCheckThrough(*base);
    if (m_checkerSetup)
        m_checkerSetup(*m_checker);
    m_checker->start(rewrites);
    updateActions();
    Q_EMIT m_pane->statusMessage(
        base->isEmpty()
            ? tr("Checking %n rewrite(s) on the live site…", nullptr, int(rewrites.size()))
            : tr("Checking %n rewrite(s) through %1…", nullptr, int(rewrites.size())).arg(base->toString()));
}

void RewriteEditorWidget::checked(const RewriteCheck &result)
{
    m_model->setCheckResult(result.rewrite.id, result.isOk(), result.summary(), result.details());
}

void RewriteEditorWidget::exportRules()
{
    // What the web server should answer: the active rewrites, exactly as the CLI exports them.
    RewriteExportDialog dialog(AffiliateStore(m_pane->database()).rewrites(), m_choosePath, this);
    dialog.exec();
}

} // namespace PartnerDesk
