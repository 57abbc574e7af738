#pragma once

// Helpers for GUI tests that drive the real main window: the window on a fresh book
// (WindowFixture), modal dialogs, children by objectName, typing into editors. Header-only so
// every GUI test executable can include it.

#include "filedialogs.h"
#include "mainwindow.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace GuiTestKit {

using namespace Qt::StringLiterals;

// Runs `handle` on the next modal dialog of type T once it shows. exec() runs its own event loop,
// so the code that opens the dialog cannot go on until the dialog is closed; this timer can.
// A dialog the handler leaves open (a failed check) is rejected so the test cannot hang.
template<typename T>
void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    const QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, handle = std::move(handle)] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog) {
            qWarning("no modal %s appeared", T::staticMetaObject.className());
            return;
        }
        const QPointer<T> guard(dialog);
        handle(dialog);
        if (guard && guard->isVisible())
            guard->reject();
    });
    timer->start();
}

inline void clickDialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *button = buttons->button(which);
    QVERIFY(button);
    // Dialogs that validate say why in a label named errorLabel, or under the field (a *Reason label).
    QStringList why;
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if ((label->objectName() == u"errorLabel" || label->objectName().endsWith(u"Reason")) &&
            !label->text().isEmpty())
            why.append(label->objectName() + u": "_s + label->text());
    }
    QVERIFY2(button->isEnabled(), qPrintable(why.isEmpty() ? u"the button is disabled"_s : why.join(u'\n')));
    QTest::mouseClick(button, Qt::LeftButton);
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

inline void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void replaceText(QPlainTextEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void replaceValue(QSpinBox *spin, int value)
{
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    QTest::keyClicks(spin, QString::number(value));
}

// The set-up every window test shares: settings of the test's own, a fresh folder with a SQLite
// book in it, the real MainWindow on that book, shown, and a second connection to read (and fill)
// what the store really holds. A test class derives from it beside QObject and calls the steps
// from its own initTestCase()/init()/cleanup(), in the order it needs: some fill the book before
// the window opens, some reopen the window within a test.
class WindowFixture
{
protected:
    // initTestCase(): QSettings and QStandardPaths are the test executable's own (named after it,
    // tst_foo), never the user's.
    static void isolateSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
        QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    }

    // init(): no settings left from an earlier test function, and a fresh folder; the book is
    // `fileName` in it (m_path), not created yet.
    bool newBook(const QString &fileName = u"partnerdesk.sqlite"_s)
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            qWarning("cannot create a temporary folder: %s", qPrintable(m_dir->errorString()));
            return false;
        }
        m_path = m_dir->filePath(fileName);
        return true;
    }

    // The second connection (m_check) to the book, created if it is not there yet.
    bool openCheck()
    {
        m_check = std::make_unique<PartnerDesk::Database>();
        if (!m_check->open(m_path)) {
            qWarning("cannot open %s", qPrintable(m_path));
            return false;
        }
        return true;
    }

    // A new MainWindow on the book (m_window), not shown.
    bool openWindowHidden(PartnerDesk::FirstRun::Content whenNew = PartnerDesk::FirstRun::Content::Empty)
    {
        m_window = std::make_unique<PartnerDesk::MainWindow>();
        const PartnerDesk::Status opened = m_window->openDatabase(m_path, whenNew);
        if (!opened) {
            qWarning("the window did not open %s: %s", qPrintable(m_path), qPrintable(opened.error()));
            return false;
        }
        return true;
    }

    // A new MainWindow on the book, shown and exposed.
    bool openWindow(PartnerDesk::FirstRun::Content whenNew = PartnerDesk::FirstRun::Content::Empty)
    {
        if (!openWindowHidden(whenNew))
            return false;
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("the window was not exposed");
            return false;
        }
        // The approvals at open run on a worker thread (issue #16); their notice and a partner's
        // news come when they end. Tests look at the window after that.
        if (!QTest::qWaitFor([this] { return !m_window->isApproving(); }, 20000)) {
            qWarning("the approvals at open did not end");
            return false;
        }
        return true;
    }

    // A new MainWindow on the book as partner `code` sees it, shown and exposed.
    bool openPartnerWindow(const QString &code)
    {
        m_window = std::make_unique<PartnerDesk::MainWindow>();
        const PartnerDesk::Status opened = m_window->openAsPartner(m_path, code);
        if (!opened) {
            qWarning("the window did not open %s as %s: %s", qPrintable(m_path), qPrintable(code),
                     qPrintable(opened.error()));
            return false;
        }
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("the window was not exposed");
            return false;
        }
        // The approvals at open run on a worker thread (issue #16); their notice and a partner's
        // news come when they end. Tests look at the window after that.
        if (!QTest::qWaitFor([this] { return !m_window->isApproving(); }, 20000)) {
            qWarning("the approvals at open did not end");
            return false;
        }
        return true;
    }

    // The window's child of type T named `name` (nullptr, with a warning, when there is none).
    template<typename T>
    T *find(const QString &name) const
    {
        return child<T>(m_window.get(), name);
    }

    // File › Import Orders… with the file dialog answering `paths`; false when the action is not
    // there, disabled, or asked no file.
    bool importThroughMenu(const QStringList &paths)
    {
        auto *import = find<QAction>(u"importOrdersAction"_s);
        if (!import || !import->isEnabled())
            return false;
        PartnerDesk::FileDialogs::answerNext({paths, {}});
        import->trigger();
        return PartnerDesk::FileDialogs::unusedAnswers() == 0;
    }

    // cleanup(): a dialog a failed check left open is rejected, answers no file dialog took are
    // dropped, then the window, the second connection and the folder go.
    void closeBook()
    {
        PartnerDesk::FileDialogs::reset();
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
        m_window.reset();
        m_check.reset();
        m_dir.reset();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; // the book
    std::unique_ptr<PartnerDesk::MainWindow> m_window;
    std::unique_ptr<PartnerDesk::Database> m_check; // a second connection: what the store really holds
};

} // namespace GuiTestKit
