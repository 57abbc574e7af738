#include "importqueue.h"

#include "core/money.h"
#include "filedialogs.h"
#include "importresultdialog.h"
#include "notifier.h"
#include "themeicon.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>

namespace PartnerDesk {

namespace {

constexpr int statusTimeout = 8000;

QString titleOf(ImportQueue::Kind kind)
{
    return kind == ImportQueue::Kind::Orders ? ImportQueue::tr("Import Orders") : ImportQueue::tr("Import Visits");
}

} // namespace

ImportQueue::ImportQueue(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qRegisterMetaType<PartnerDesk::ImportOutcome>();
}

ImportQueue::~ImportQueue()
{
    m_queue.clear();
    closeProgress();
}

QMenu *ImportQueue::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Import"), parent);
    menu->setIcon(themeIcon(QStringLiteral("document-import")));
    menu->menuAction()->setObjectName(QStringLiteral("importMenuAction"));
    menu->setToolTipsVisible(true);
    QAction *orders = menu->addAction(tr("&Orders…"), this, [this] { choose(Kind::Orders); });
    orders->setObjectName(QStringLiteral("importOrdersAction"));
    orders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // Ctrl+I is Explain in the panes
    orders->setToolTip(tr("Import the store's orders CSV (or drop CSV files on the window)"));
    QAction *visits = menu->addAction(tr("&Visits…"), this, [this] { choose(Kind::Visits); });
    visits->setObjectName(QStringLiteral("importVisitsAction"));
    visits->setToolTip(tr(
        "Import a visits CSV (visited_at, landing_url, referrer_url, affiliate_code) for the conversion in Reports"));
    m_actions = {menu->menuAction(), orders, visits};
    setDatabasePath(m_databasePath);
    return menu;
}

void ImportQueue::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(!path.isEmpty());
}

QStringList ImportQueue::csvFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void ImportQueue::choose(Kind kind)
{
    QSettings settings;
    const QString key = QStringLiteral("MainWindow/importFolder");
    const QString filter = kind == Kind::Orders ? tr("Orders CSV (*.csv)") : tr("Visits CSV (*.csv)");
    const QStringList paths =
        FileDialogs::openFileNames(m_window, titleOf(kind), settings.value(key, QDir::homePath()).toString(),
                                   filter + QStringLiteral(";;") + tr("All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(key, QFileInfo(paths.first()).absolutePath());
    enqueue(kind, paths);
}

void ImportQueue::enqueue(Kind kind, const QStringList &paths)
{
    if (m_databasePath.isEmpty())
        return;
    for (const QString &path : paths)
        m_queue.append({kind, QFileInfo(path).absoluteFilePath()});
    if (m_held && !isImporting() && !m_queue.isEmpty())
        Q_EMIT statusMessage(tr("The import starts when the approval of due commission is done…"), 0);
    startNext();
}

void ImportQueue::setHeld(bool held)
{
    m_held = held;
    startNext();
}

void ImportQueue::cancelAll()
{
    m_queue.clear();
    if (!isImporting())
        return;
    m_orders.abandon(); // waits for the rollback
    m_visits.abandon();
    finish();
}

void ImportQueue::startNext()
{
    if (m_queue.isEmpty() || m_databasePath.isEmpty() || isImporting() || m_held)
        return;
    const Entry entry = m_queue.takeFirst();
    showProgress(entry);
    const auto progress = [this](int value, int maximum) {
        if (m_progress && maximum > 0 && !m_progress->wasCanceled())
            m_progress->setValue(value * m_progress->maximum() / maximum);
    };
    const QString database = m_databasePath;
    const QString path = entry.path;
    if (entry.kind == Kind::Orders) {
        m_orders.start([database, path](JobControl &control) { return importOrdersFile(database, path, control); },
                       [this](const ImportOutcome &outcome) { ordersFinished(outcome); }, progress);
    } else {
        m_visits.start([database, path](JobControl &control) { return importVisitsFile(database, path, control); },
                       [this](const VisitImportOutcome &outcome) { visitsFinished(outcome); }, progress);
    }
    Q_EMIT statusMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)), 0);
    Q_EMIT busyChanged(true);
}

void ImportQueue::showProgress(const Entry &entry)
{
    closeProgress();
    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(entry.path).fileName()), tr("Cancel"), 0,
                                     JobControl::steps, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(titleOf(entry.kind));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_orders.cancel();
        m_visits.cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling; nothing will be written…"));
    });
}

void ImportQueue::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->close();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void ImportQueue::finish()
{
    closeProgress();
    Q_EMIT busyChanged(false);
}

QString ImportQueue::thresholdText(const QList<BalanceRow> &newlyDue)
{
    QStringList who;
    for (const BalanceRow &row : newlyDue.mid(0, 3))
        who.append(tr("%1 (%2)").arg(row.name, Money(row.balanceMinor, row.currency).toDisplayString()));
    if (newlyDue.size() > 3)
        who.append(tr("%1 more").arg(QLocale().toString(newlyDue.size() - 3)));
    return tr("Reached the payout threshold: %1.").arg(who.join(QStringLiteral(", ")));
}

void ImportQueue::ordersFinished(const ImportOutcome &outcome)
{
    finish();
    const QString name = QFileInfo(outcome.path).fileName();
    const ImportSummary &summary = outcome.summary;
    if (summary.cancelled) {
        Q_EMIT statusMessage(tr("Import of %1 cancelled; nothing was written.").arg(name), statusTimeout);
        startNext();
        return;
    }
    if (summary.imported > 0) {
        Q_EMIT booksChanged();
        const QLocale locale;
        // Label-and-value sentences: they read right for any count without plural forms.
        QString message = tr("new transactions: %1 (from %2).").arg(locale.toString(summary.newTransactions), name);
        QString pane = QStringLiteral("transactions");
        if (!outcome.newlyDue.isEmpty()) {
            message += u' ' + thresholdText(outcome.newlyDue);
            pane = QStringLiteral("payouts");
        }
        if (m_notifier && (summary.newTransactions > 0 || !outcome.newlyDue.isEmpty()))
            m_notifier->notify(tr("Orders imported"), message, pane);
        Q_EMIT statusMessage(tr("Imported %1 of %2 rows from %3.")
                                 .arg(locale.toString(summary.imported), locale.toString(summary.rows), name),
                             statusTimeout);
    } else {
        Q_EMIT statusMessage(tr("Nothing was imported from %1.").arg(name), statusTimeout);
    }
    auto *dialog = new ImportResultDialog(outcome, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The next file of a drop waits until the user has read about this one.
    connect(dialog, &QDialog::finished, this, &ImportQueue::startNext);
    dialog->open();
}

void ImportQueue::visitsFinished(const VisitImportOutcome &outcome)
{
    finish();
    const QString name = QFileInfo(outcome.path).fileName();
    const VisitImportSummary &summary = outcome.summary;
    if (summary.cancelled) {
        Q_EMIT statusMessage(tr("Import of %1 cancelled; no visit was written.").arg(name), statusTimeout);
        startNext();
        return;
    }
    const QLocale locale;
    if (!summary.fatalError.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing was imported from %1.").arg(name), statusTimeout);
    } else {
        if (summary.imported > 0)
            Q_EMIT booksChanged(); // the next report counts the visits
        Q_EMIT statusMessage(tr("Imported %1 visits (%2 attributed, %3 unattributed) from %4; %5 already known; %6 "
                                "rejected.")
                                 .arg(locale.toString(summary.imported), locale.toString(summary.attributed()),
                                      locale.toString(summary.unattributed), name, locale.toString(summary.duplicates),
                                      locale.toString(summary.rejected)),
                             statusTimeout);
    }
    auto *dialog = new ImportResultDialog(outcome, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ImportQueue::startNext);
    dialog->open();
}

} // namespace PartnerDesk
