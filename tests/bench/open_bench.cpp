// Opening a big book (issue #16): a real MainWindow opens a database the way `partnerdesk --db`
// does (shown first, then openDatabase) and the benchmark prints how long until the window first
// paints, how long the approvals at open run on their worker, and for every pane, shown one after
// the other: how long showing it blocks the window (building it the first time), when its first
// rows and its figures (counts, balances: no label still says "…") are there, and the longest the
// window did not answer meanwhile (the largest gap between two turns of its event loop). Prints
// figures; never fails on time.
//
//   build/app/partnerdesk-cli demo --orders 1000000 --db /tmp/open1m.sqlite     (once, ~30 s)
//   QT_QPA_PLATFORM=offscreen build/tests/open_bench --db /tmp/open1m.sqlite [--runs 3]
//
// With --migrate, the book must need a migration (one of schema 17: rename transactions.hold away
// and set user_version = 17, see docs/PERFORMANCE.md): the window opens it, its progress dialog is
// cancelled after --cancel-after ms, and the benchmark prints how long the cancel took, what the
// window said and the file's version after; then it opens it again and lets the update finish.

#include "mainwindow.h"
#include "notifier.h"
#include "pane.h"
#include "store/database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;

namespace {

// Notes the first paint of any widget after it is armed.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(const QElapsedTimer &clock)
        : m_clock(clock)
    {}
    qint64 firstPaint() const { return m_firstPaint; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_firstPaint < 0 && watched->isWidgetType())
            m_firstPaint = m_clock.elapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    qint64 m_firstPaint = -1;
};

bool hasRows(const Pane *pane)
{
    const QList<QAbstractItemView *> views = pane->findChildren<QAbstractItemView *>();
    return std::any_of(views.cbegin(), views.cend(), [](const QAbstractItemView *view) {
        return view->isVisible() && view->model() && view->model()->rowCount() > 0;
    });
}

// A label still saying "counting…", "Counting orders…", "loading…".
bool waitsForFigures(const Pane *pane)
{
    const QList<QLabel *> labels = pane->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [](const QLabel *label) { return label->isVisible() && label->text().contains(u'…'); });
}

// Turns the event loop until `done` or `timeoutMs`; returns when done (-1 on timeout) and keeps
// the longest time between two turns in `longestGap`.
qint64 turnUntil(const QElapsedTimer &clock, const std::function<bool()> &done, qint64 timeoutMs, qint64 &longestGap)
{
    qint64 last = clock.elapsed();
    const qint64 end = last + timeoutMs;
    while (clock.elapsed() < end) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
        if (done())
            return now;
        QThread::msleep(1);
    }
    return -1;
}

QString ms(qint64 value)
{
    return value < 0 ? u"-"_s : u"%1"_s.arg(value);
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void runOnce(const QString &path, int run)
{
    QSettings().remove(u"MainWindow/pane"_s); // opens on the first pane, Programs
    QElapsedTimer clock;
    PaintWatch paints(clock);
    clock.start();
    auto window = std::make_unique<MainWindow>();
    window->show();
    qApp->installEventFilter(&paints);
    const Status opened = window->openDatabase(path);
    const qint64 openReturned = clock.elapsed();
    if (!opened) {
        print(u"cannot open %1: %2"_s.arg(path, opened.error()));
        qApp->removeEventFilter(&paints);
        return;
    }
    qint64 gap = 0;
    turnUntil(
        clock, [&paints] { return paints.firstPaint() >= 0; }, 30000, gap);
    qApp->removeEventFilter(&paints);
    qint64 approvalGap = 0;
    const qint64 approved = turnUntil(
        clock, [&window] { return !window->isApproving(); }, 120000, approvalGap);
    print(u"run %1: openDatabase returned %2 ms, first paint %3 ms, approvals at open done %4 ms "
          "(longest unanswered %5 ms meanwhile; notice: \"%6\")"_s.arg(run)
              .arg(openReturned)
              .arg(ms(paints.firstPaint()))
              .arg(ms(approved))
              .arg(approvalGap)
              .arg(window->notifier()->currentMessage()));
    print(u"  %1 %2 %3 %4 %5"_s.arg(u"pane"_s, -14)
              .arg(u"show ms"_s, 9)
              .arg(u"rows ms"_s, 9)
              .arg(u"figures ms"_s, 11)
              .arg(u"longest unanswered ms"_s, 22));
    for (const QString &id : window->shownPaneIds()) {
        QElapsedTimer paneClock;
        paneClock.start();
        window->showPane(id);
        const qint64 shown = paneClock.elapsed();
        Pane *pane = window->builtPane(id);
        qint64 longest = shown;
        qint64 rows = hasRows(pane) ? shown : -1;
        const qint64 figures = turnUntil(
            paneClock,
            [pane, &rows, &paneClock] {
                if (rows < 0 && hasRows(pane))
                    rows = paneClock.elapsed();
                return !waitsForFigures(pane);
            },
            120000, longest);
        if (rows < 0) // a pane that may be empty: a little longer for its rows
            rows = turnUntil(
                paneClock, [pane] { return hasRows(pane); }, 2000, longest);
        print(u"  %1 %2 %3 %4 %5"_s.arg(id, -14).arg(shown, 9).arg(ms(rows), 9).arg(ms(figures), 11).arg(longest, 22));
    }
    window.reset();
}

// Opens a book that needs a migration, cancels it after `cancelAfterMs`, then opens it for good.
void migrate(const QString &path, int cancelAfterMs)
{
    QSettings().remove(u"MainWindow/pane"_s);
    const int before = Database::schemaVersionOf(path);
    {
        MainWindow window;
        window.show();
        QElapsedTimer clock;
        qint64 cancelledAt = -1;
        qint64 shownAt = -1;
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, &window, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(u"backgroundProgress"_s);
            if (dialog && dialog->isVisible() && shownAt < 0)
                shownAt = clock.elapsed();
            if (dialog && cancelledAt < 0 && clock.elapsed() >= cancelAfterMs) {
                cancelledAt = clock.elapsed();
                print(u"  cancelling at %1 ms, progress %2 of %3"_s.arg(cancelledAt)
                          .arg(dialog->value())
                          .arg(dialog->maximum()));
                // As the user does: the dialog's Cancel button.
                if (auto *button = dialog->findChild<QPushButton *>())
                    button->click();
            }
        });
        poll.start();
        clock.start();
        const Status opened = window.openDatabase(path);
        const qint64 returned = clock.elapsed();
        poll.stop();
        print(u"migrate, cancelled: schema %1 before; progress dialog shown at %2 ms; openDatabase returned at %3 ms "
              "(%4 ms after the cancel); the window says: %5; schema %6 after; book open: %7"_s.arg(before)
                  .arg(ms(shownAt))
                  .arg(returned)
                  .arg(cancelledAt < 0 ? -1 : returned - cancelledAt)
                  .arg(opened ? u"(opened: finished before the cancel)"_s : opened.error())
                  .arg(Database::schemaVersionOf(path))
                  .arg(window.database() ? u"yes"_s : u"no"_s));
    }
    {
        MainWindow window;
        window.show();
        QElapsedTimer clock;
        clock.start();
        const Status opened = window.openDatabase(path);
        print(u"migrate, to the end: openDatabase returned at %1 ms: %2; schema %3 after"_s.arg(clock.elapsed())
                  .arg(opened ? u"opened"_s : opened.error())
                  .arg(Database::schemaVersionOf(path)));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PartnerDeskOpenBench"_s);
    QCoreApplication::setApplicationName(u"open_bench"_s);
    QStandardPaths::setTestModeEnabled(true); // its settings apart from a user's

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The book to open (a migrated 1,000,000-order demo book)."_s, u"path"_s);
    const QCommandLineOption runs(u"runs"_s, u"How many times to open it."_s, u"n"_s, u"3"_s);
    const QCommandLineOption migrating(u"migrate"_s, u"Open a book that needs a migration: cancel, then finish."_s);
    const QCommandLineOption cancelAfter(u"cancel-after"_s, u"With --migrate: cancel after this many ms."_s, u"ms"_s,
                                         u"1000"_s);
    parser.addOptions({db, runs, migrating, cancelAfter});
    parser.process(app);
    const QString path = parser.value(db);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "open_bench: --db names no file\n");
        return 2;
    }
    print(u"open_bench: %1 (%2 MB), platform %3"_s.arg(path)
              .arg(QFileInfo(path).size() / (1024 * 1024))
              .arg(QGuiApplication::platformName()));
    if (parser.isSet(migrating)) {
        migrate(path, parser.value(cancelAfter).toInt());
        return 0;
    }
    const int count = std::max(1, parser.value(runs).toInt());
    for (int run = 1; run <= count; ++run)
        runOnce(path, run);
    return 0;
}
