#pragma once

// Helpers for GUI tests that drive the real main window: modal dialogs, children by objectName,
// typing into editors. Header-only so every GUI test executable can include it.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <functional>

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

} // namespace GuiTestKit
