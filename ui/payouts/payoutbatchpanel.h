#pragma once

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace PartnerDesk {

class Database;
class PayoutBatchListModel;
class PayoutLineModel;
class TableProxyModel;

// The payout batches already created and the lines of the selected one, with "Export Again…" and
// "Mark Paid…". Part of the Payouts pane, which puts its actions on its toolbar.
class PayoutBatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutBatchPanel)

public:
    // Asks where to write a batch file: caption, suggested path, and the format ("paypal" | "csv"),
    // which the chooser may change. An empty path cancels.
    using PathChooser = std::function<QString(const QString &caption, const QString &suggestedPath, QString *format)>;

    PayoutBatchPanel(Database &database, PathChooser choosePath, QWidget *parent = nullptr);
    ~PayoutBatchPanel() override;

    void reload();
    // 0 when no batch is selected.
    qint64 selectedBatchId() const;
    void selectBatch(qint64 batchId);

    void exportBatchAgain();
    void markBatchPaid();

    QAction *exportAction() const { return m_exportAction; }
    QAction *markPaidAction() const { return m_markPaidAction; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // Where a batch file goes by default: the folder of the last one, else Documents.
    static QString suggestedPath(qint64 batchId);
    static void rememberFolder(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A batch was marked paid.
    void booksChanged();

private:
    void createActions();
    void showLines();
    void updateActions();
    void showMenu(const QPoint &position);

    Database &m_database;
    PathChooser m_choosePath;
    PayoutBatchListModel *m_batches = nullptr;
    TableProxyModel *m_batchesProxy = nullptr;
    PayoutLineModel *m_lines = nullptr;
    QTableView *m_batchesTable = nullptr;
    QTableView *m_linesTable = nullptr;
    QLabel *m_linesLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_markPaidAction = nullptr;
};

} // namespace PartnerDesk
