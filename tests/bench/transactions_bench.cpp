// Transactions pane benchmark: the windowed TransactionTableModel in a real QTableView (and the
// whole TransactionsPane) shown offscreen over a large database, each action beside the same
// action on a plain in-memory QAbstractTableModel of 1,000 rows. Prints figures; never fails.
//
//   build/app/partnerdesk-cli demo --orders 1000000 --db /tmp/tx1m.sqlite     (once, < 1 min)
//   QT_QPA_PLATFORM=offscreen build/tests/transactions_bench --db /tmp/tx1m.sqlite [--runs 7]

#include "itemmodels/modelroles.h"
#include "itemmodels/transactiontablemodel.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/transactionquery.h"
#include "transactionspane.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;

namespace {

// The reference: 1,000 rows held in memory, filtered and sorted in memory.
class ReferenceModel final : public QAbstractTableModel
{
public:
    struct Row
    {
        QStringList cells;
        qint64 commission = 0;
    };

    ReferenceModel()
    {
        QRandomGenerator random(42);
        const QStringList kinds = {u"coupon"_s, u"link"_s, u"direct"_s, u"rewrite"_s};
        for (int i = 0; i < 1000; ++i) {
            Row row;
            row.commission = random.bounded(100000);
            const QString kind = kinds.at(random.bounded(kinds.size()));
            row.cells = {u"2026-%1-%2 12:00"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')),
                         u"D%1"_s.arg(i, 7, 10, QChar(u'0')),
                         u"p%1"_s.arg(random.bounded(10000), 5, 10, QChar(u'0')),
                         u"Partner %1"_s.arg(i),
                         u"Koongo Partner"_s,
                         kind,
                         u"%1.00"_s.arg(random.bounded(1000)),
                         u"20 %"_s,
                         u"%1.%2"_s.arg(row.commission / 100).arg(row.commission % 100, 2, 10, QChar(u'0')),
                         u"EUR"_s,
                         u"approved"_s,
                         QString()};
            m_all.append(row);
        }
        m_rows = m_all;
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 12; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return m_rows.at(index.row()).cells.at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const QStringList titles = {u"Placed (UTC)"_s, u"Order"_s,    u"Partner"_s, u"Partner Name"_s,
                                           u"Program"_s,      u"Kind"_s,     u"Base"_s,    u"Rate"_s,
                                           u"Commission"_s,   u"Currency"_s, u"Status"_s,  u"Flags"_s};
        return titles.value(section);
    }
    void setKind(const QString &kind)
    {
        beginResetModel();
        m_rows.clear();
        for (const Row &row : std::as_const(m_all)) {
            if (kind.isEmpty() || row.cells.at(5) == kind)
                m_rows.append(row);
        }
        endResetModel();
    }
    void sort(int column, Qt::SortOrder order) override
    {
        Q_EMIT layoutAboutToBeChanged();
        std::stable_sort(m_rows.begin(), m_rows.end(), [column, order](const Row &a, const Row &b) {
            const bool less = column == 8 ? a.commission < b.commission : a.cells.at(column) < b.cells.at(column);
            const bool more = column == 8 ? b.commission < a.commission : b.cells.at(column) < a.cells.at(column);
            return order == Qt::AscendingOrder ? less : more;
        });
        Q_EMIT layoutChanged();
    }

private:
    QList<Row> m_all;
    QList<Row> m_rows;
};

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->resize(1200, 800);
}

void paint(QTableView *table)
{
    QCoreApplication::processEvents(); // layout, scrollbar ranges
    table->viewport()->repaint();
}

double timed(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figure
{
    QList<double> samples;
    double median() const
    {
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
    double max() const { return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end()); }
};

QString procStatus(const char *field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field) + 1).trimmed());
    }
    return {};
}

bool waitForCount(TransactionTableModel *model)
{
    return QTest::qWaitFor([model] { return model->isCountKnown(); }, 60000);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no settings of a real user read or written
    QCoreApplication::setOrganizationName(u"PartnerDesk Bench"_s);
    QCoreApplication::setApplicationName(u"transactions_bench"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"A database made by partnerdesk-cli demo --orders 1000000."_s, u"FILE"_s});
    parser.addOption({u"runs"_s, u"Repetitions of each action (median and max are printed)."_s, u"N"_s, u"7"_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "transactions_bench: --db FILE is required (make one with partnerdesk-cli demo)\n");
        return 1;
    }
    QTextStream out(stdout);

    Database database;
    const double migrate = timed([&] {
        if (const Status opened = database.open(path); !opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            std::exit(1);
        }
    });
    const qint64 transactions =
        TransactionQuery(database, {}, TransactionSort::PlacedAt, Qt::DescendingOrder).count().value();
    out << "database: " << path << ", " << transactions << " transactions; open + migrate " << migrate << " ms\n";
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture() << ", "
        << QThread::idealThreadCount() << " threads, Qt " << qVersion() << "\n\n";
    out.flush();

    QMap<QString, std::pair<Figure, Figure>> figures; // action → (model, reference)
    QStringList order;
    const auto record = [&](const QString &action, double ours, double reference) {
        if (!order.contains(action))
            order.append(action);
        figures[action].first.samples.append(ours);
        figures[action].second.samples.append(reference);
    };
    Figure countReady;
    Figure paneShow;
    Figure explain;
    Figure anchorsReady;
    Figure rowsFilled;
    QString rssAfterShow;
    QString rssAfterFirstRun;

    for (int run = 0; run < runs; ++run) {
        // Show: model + view + first paint.
        std::unique_ptr<QTableView> view;
        TransactionTableModel *model = nullptr;
        QElapsedTimer sinceShow;
        const double showOurs = timed([&] {
            sinceShow.start();
            view = std::make_unique<QTableView>();
            setUpTable(view.get());
            model = new TransactionTableModel(database, view.get());
            model->setFilter({});
            view->setModel(model);
            view->setSortingEnabled(true);
            view->horizontalHeader()->setSortIndicator(TransactionTableModel::PlacedAt, Qt::DescendingOrder);
            view->show();
            paint(view.get());
        });
        std::unique_ptr<QTableView> refView;
        ReferenceModel *reference = nullptr;
        const double showReference = timed([&] {
            refView = std::make_unique<QTableView>();
            setUpTable(refView.get());
            reference = new ReferenceModel;
            reference->setParent(refView.get());
            refView->setModel(reference);
            refView->show();
            paint(refView.get());
        });
        record(u"show (model + view + first paint)"_s, showOurs, showReference);
        if (run == 0)
            rssAfterShow = procStatus("VmHWM:");
        waitForCount(model);
        countReady.samples.append(double(sinceShow.nsecsElapsed()) / 1e6);

        // Filters, each from the whole ledger.
        const std::pair<QString, TransactionFilter> filters[] = {
            {u"filter kind = link (89 %)"_s,
             [] {
                 TransactionFilter f;
                 f.kind = u"link"_s;
                 return f;
             }()},
            {u"filter kind = coupon (9 %)"_s,
             [] {
                 TransactionFilter f;
                 f.kind = u"coupon"_s;
                 return f;
             }()},
            {u"filter partner (~80 rows)"_s,
             [] {
                 TransactionFilter f;
                 f.affiliateId = 1234;
                 return f;
             }()},
            {u"filter link+approved+EUR+2026"_s,
             [] {
                 TransactionFilter f;
                 f.kind = u"link"_s;
                 f.status = u"approved"_s;
                 f.currency = u"EUR"_s;
                 f.from = QDate(2026, 1, 1);
                 return f;
             }()},
            {u"filter order id prefix"_s,
             [] {
                 TransactionFilter f;
                 f.orderIdPrefix = u"D00012"_s;
                 return f;
             }()},
        };
        for (const auto &entry : filters) {
            const QString &name = entry.first;
            const TransactionFilter &filter = entry.second;
            const double ours = timed([&] {
                model->setFilter(filter);
                paint(view.get());
            });
            const double theirs = timed([&] {
                reference->setKind(filter.kind.isEmpty() ? u"coupon"_s : filter.kind);
                paint(refView.get());
            });
            record(u"apply "_s + name, ours, theirs);
            waitForCount(model);
            model->setFilter({});
            reference->setKind({});
            waitForCount(model);
        }

        // Sorts (header click → sort() in SQL).
        const std::pair<QString, int> sorts[] = {
            {u"sort by commission"_s, int(TransactionTableModel::Commission)},
            {u"sort by partner name"_s, int(TransactionTableModel::PartnerName)},
            {u"sort by program"_s, int(TransactionTableModel::Program)},
        };
        for (const auto &entry : sorts) {
            const QString &name = entry.first;
            const int column = entry.second;
            const Qt::SortOrder direction = run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            // As the pane does: a new order starts at its top.
            const double ours = timed([&] {
                view->sortByColumn(column, direction);
                view->scrollToTop();
                paint(view.get());
            });
            const double theirs = timed([&] {
                refView->sortByColumn(column, direction);
                refView->scrollToTop();
                paint(refView.get());
            });
            record(u"change sort: "_s + name, ours, theirs);
            // Jump to the last row in this order.
            const double lastOurs = timed([&] {
                view->scrollToBottom();
                paint(view.get());
            });
            const double lastTheirs = timed([&] {
                refView->scrollToBottom();
                paint(refView.get());
            });
            record(u"jump to last row, "_s + name, lastOurs, lastTheirs);
            // Drag the scrollbar to somewhere in the middle.
            const double middleOurs = timed([&] {
                QScrollBar *bar = view->verticalScrollBar();
                bar->setValue(bar->maximum() * (3 + run) / 11);
                paint(view.get());
            });
            const double middleTheirs = timed([&] {
                QScrollBar *bar = refView->verticalScrollBar();
                bar->setValue(bar->maximum() * (3 + run) / 11);
                paint(refView.get());
            });
            record(u"scrollbar jump to the middle, "_s + name, middleOurs, middleTheirs);
        }
        // A filtered list, jumped into far from any row read so far.
        for (const auto &[name, column] :
             {std::pair<QString, int>{u"newest first"_s, TransactionTableModel::PlacedAt},
              std::pair<QString, int>{u"by commission"_s, TransactionTableModel::Commission}}) {
            TransactionFilter approvedLinks;
            approvedLinks.kind = u"link"_s;
            approvedLinks.status = u"approved"_s;
            view->sortByColumn(column,
                               column == TransactionTableModel::PlacedAt ? Qt::DescendingOrder : Qt::AscendingOrder);
            model->setFilter(approvedLinks);
            reference->setKind(u"link"_s);
            waitForCount(model);
            paint(view.get());
            paint(refView.get());
            const double ours = timed([&] {
                QScrollBar *bar = view->verticalScrollBar();
                bar->setValue(bar->maximum() * (4 + run) / 13);
                paint(view.get());
            });
            const double theirs = timed([&] {
                QScrollBar *bar = refView->verticalScrollBar();
                bar->setValue(bar->maximum() * (4 + run) / 13);
                paint(refView.get());
            });
            record(u"filtered (link+approved) scrollbar jump, "_s + name, ours, theirs);
            if (column != TransactionTableModel::PlacedAt) {
                // Far from any known row, this jump paints its rows empty while the counter thread
                // reads anchors (every 2,000th row's key); then they are filled in, and later jumps
                // start from the nearest anchor.
                QElapsedTimer waiting;
                waiting.start();
                const auto shown = [&] {
                    return view->indexAt(QPoint(2, 2)).data(ModelRoles::IdRole).isValid();
                };
                if (QTest::qWaitFor(shown, 20000)) {
                    paint(view.get());
                    rowsFilled.samples.append(ours + double(waiting.nsecsElapsed()) / 1e6);
                }
                if (QTest::qWaitFor([&] { return model->knownAnchors() >= model->rowCount() / 2000; }, 20000))
                    anchorsReady.samples.append(double(waiting.nsecsElapsed()) / 1e6);
                const double later = timed([&] {
                    QScrollBar *bar = view->verticalScrollBar();
                    bar->setValue(bar->maximum() * (8 + run) / 17);
                    paint(view.get());
                });
                const double laterTheirs = timed([&] {
                    QScrollBar *bar = refView->verticalScrollBar();
                    bar->setValue(bar->maximum() * (8 + run) / 17);
                    paint(refView.get());
                });
                record(u"filtered (link+approved) scrollbar jump, "_s + name + u", anchors read"_s, later, laterTheirs);
            }
            model->setFilter({});
            reference->setKind({});
            waitForCount(model);
        }
        if (run == 0)
            rssAfterFirstRun = procStatus("VmHWM:");

        view->sortByColumn(TransactionTableModel::PlacedAt, Qt::DescendingOrder);
        const double lastOurs = timed([&] {
            view->scrollToBottom();
            paint(view.get());
        });
        const double lastTheirs = timed([&] {
            refView->scrollToBottom();
            paint(refView.get());
        });
        record(u"jump to last row, newest first"_s, lastOurs, lastTheirs);

        // The whole pane, as the window shows it: filter bar, table, detail panel.
        QUndoStack undo;
        std::unique_ptr<TransactionsPane> pane;
        paneShow.samples.append(timed([&] {
            pane = std::make_unique<TransactionsPane>(database, &undo);
            pane->resize(1400, 900);
            pane->show();
            QCoreApplication::processEvents();
            pane->findChild<QTableView *>(u"transactionsTable"_s)->viewport()->repaint();
        }));
        const QString orderId = model->transactionAt(run * 1000)->orderId;
        explain.samples.append(timed([&] { (void)LedgerStore(database).explain(orderId); }));
    }

    out << "| action (median of " << runs << ", max) | TransactionTableModel, 1M | reference, 1,000 rows | ratio |\n";
    out << "|---|---:|---:|---:|\n";
    for (const QString &action : std::as_const(order)) {
        const auto &[ours, theirs] = figures.value(action);
        out << "| " << action << " | " << QString::number(ours.median(), 'f', 1) << " ms (max "
            << QString::number(ours.max(), 'f', 1) << ") | " << QString::number(theirs.median(), 'f', 1) << " ms (max "
            << QString::number(theirs.max(), 'f', 1) << ") | "
            << QString::number(ours.median() / qMax(0.01, theirs.median()), 'f', 1) << "× |\n";
    }
    out << "\nexact count ready after show (counter thread): median " << QString::number(countReady.median(), 'f', 1)
        << " ms, max " << QString::number(countReady.max(), 'f', 1) << " ms\n";
    out << "anchors of the filtered list by commission read (counter thread), after the first jump: median "
        << QString::number(anchorsReady.median(), 'f', 1) << " ms, max " << QString::number(anchorsReady.max(), 'f', 1)
        << " ms\n";
    out << "filtered jump by commission: rows shown empty, then filled in after: median "
        << QString::number(rowsFilled.median(), 'f', 1) << " ms, max " << QString::number(rowsFilled.max(), 'f', 1)
        << " ms\n";
    out << "whole TransactionsPane shown and painted: median " << QString::number(paneShow.median(), 'f', 1)
        << " ms, max " << QString::number(paneShow.max(), 'f', 1) << " ms\n";
    out << "LedgerStore::explain (detail panel): median " << QString::number(explain.median(), 'f', 1) << " ms, max "
        << QString::number(explain.max(), 'f', 1) << " ms\n";
    out << "peak RSS (VmHWM) after the first show: " << rssAfterShow
        << "; after the first round of actions: " << rssAfterFirstRun << "\n";
    out << "peak RSS (VmHWM) with the pane open: " << procStatus("VmHWM:") << "; now (VmRSS): " << procStatus("VmRSS:")
        << "\n";

    // Every sort, both ways, over the whole ledger and under filters, first page and a keyset
    // page: which plans sort rows in a temporary b-tree?
    {
        // After the figures: the plan check's own reading must not count in the peak RSS above.
        const TransactionTableModel titles(database);
        TransactionFilter big;
        big.kind = u"link"_s;
        big.status = u"approved"_s;
        TransactionFilter coupons;
        coupons.kind = u"coupon"_s;
        TransactionFilter partner;
        partner.affiliateId = 1234;
        TransactionFilter month;
        month.from = QDate(2026, 3, 1);
        month.to = QDate(2026, 3, 31);
        int plans = 0;
        int narrowSorts = 0;
        QStringList sorted;
        QStringList readsTable;
        const std::pair<const char *, TransactionFilter> filters[] = {
            {"no filter", {}}, {"link+approved", big}, {"coupon", coupons}, {"partner", partner}, {"March", month}};
        for (const auto &[filterName, filter] : filters) {
            for (int column = 0; column < TransactionTableModel::Count; ++column) {
                for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    TransactionQuery query(database, filter, TransactionSort(column), direction);
                    query.chooseDriver();
                    const std::optional<QVariantList> key = query.keyAt({}).value();
                    TransactionQuery::Page next;
                    next.after = key.value_or(QVariantList());
                    for (const TransactionQuery::Page &page : {TransactionQuery::Page{}, next}) {
                        for (const bool keys : {false, true}) {
                            ++plans;
                            const QString plan = query.queryPlan(page, keys).join(u"; "_s);
                            // A filter's own index on at most 10,000 rows sorts them: by design.
                            const bool ordered = query.driver() == TransactionQuery::Driver::SortKey ||
                                                 (column == TransactionTableModel::PlacedAt &&
                                                  query.driver() != TransactionQuery::Driver::Dates &&
                                                  query.driver() != TransactionQuery::Driver::OrderId);
                            if (!ordered && plan.contains(u"TEMP B-TREE"_s)) {
                                ++narrowSorts;
                                continue;
                            }
                            const QString where = u"%1, %2 %3%4: %5"_s.arg(
                                QString::fromLatin1(filterName), titles.headerData(column, Qt::Horizontal).toString(),
                                direction == Qt::AscendingOrder ? u"asc"_s : u"desc"_s, keys ? u" (keys)"_s : QString(),
                                plan);
                            if (plan.contains(u"TEMP B-TREE"_s))
                                sorted.append(where);
                            else if (keys && !filter.isEmpty() && !plan.contains(u"COVERING"_s))
                                readsTable.append(where);
                        }
                    }
                }
            }
        }
        sorted.removeDuplicates();
        readsTable.removeDuplicates();
        out << "query plans checked: " << plans << "\n  sorting rows in a temporary b-tree: " << sorted.size()
            << "\n  sorting the at most 10,000 rows of a narrow filter (by design): " << narrowSorts
            << "\n  jumps that read the table for the filter columns: " << readsTable.size() << "\n";
        for (const QString &line : std::as_const(sorted))
            out << "    sorts: " << line << "\n";
        for (const QString &line : readsTable.mid(0, 6))
            out << "    reads the table, e.g. " << line << "\n";
        out << "\n";
        out.flush();
    }

    return 0;
}
