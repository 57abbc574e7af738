// E-mail notices in the window (issue #14, docs/NOTICES.md), offscreen on a real SQLite book and a
// real SMTP server on loopback (tests/common/smtpserver.py: STARTTLS and AUTH required): the
// program editor's "E-mail notices to partners" (undoable with the edit), the partner's own choice
// of mode and language in his My Balance, and the manager's File › E-mail Notices…: the SMTP
// settings (the password never in QSettings), Send Now in the background, the queue with each
// notice's state and, when the server refuses, the error and the retry.

#include "guitestkit.h"
#include "mainwindow.h"
#include "network/smtpsender.h"
#include "noticesdialog.h"
#include "payouttestkit.h"
#include "programdialog.h"
#include "smtptestkit.h"
#include "store/database.h"
#include "store/noticesettingsstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestNoticesGui : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void programEditorSetsNotices();
    void partnerChoosesHisNotices();
    void sendNowDeliversOnce();
    void aRefusedLoginIsShownAndRetried();

private:
    // Fills the SMTP settings of an open Notices dialog.
    void fill(NoticesDialog *dialog, const QString &password) const;
    void sendThroughDialog(const QString &password, const std::function<void(NoticesDialog *)> &check);
    static QString cellText(QTableWidget *table, int row, int column) { return table->item(row, column)->text(); }

    SmtpTestKit::Server m_smtp;
    PayoutTestKit::Books m_ids;
};

void TestNoticesGui::initTestCase()
{
    StoreTestKit::pinNow();
    qputenv("PARTNERDESK_ACTOR", "manager");
    isolateSettings();
    QVERIFY2(m_smtp.start(u"notices"_s, u"smtp-pw"_s), qPrintable(m_smtp.error()));
}

void TestNoticesGui::init()
{
    QVERIFY(newBook());
    QVERIFY(openCheck());
    QVERIFY(PayoutTestKit::setUpBooks(*m_check, m_ids));
    QVERIFY(PayoutTestKit::importOrders(*m_check, m_dir->filePath(u"orders.csv"_s),
                                        {PayoutTestKit::viaLink(u"A1"_s, u"ANNA"_s, u"100.00"_s),
                                         PayoutTestKit::viaLink(u"C1"_s, u"CARL"_s, u"12.50"_s)}));
}

void TestNoticesGui::cleanup()
{
    closeBook();
}

void TestNoticesGui::programEditorSetsNotices()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->showPane(u"programs"_s));
    auto *table = find<QTableView>(u"programsTable"_s);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == u"Koongo Partner")
            row = r;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    bool checked = false;
    whenModal<ProgramDialog>([&](ProgramDialog *dialog) {
        auto *notices = dialog->findChild<QComboBox *>(u"noticesCombo"_s);
        QVERIFY(notices);
        QCOMPARE(notices->currentData().toString(), u"off"_s); // off by default
        notices->setCurrentIndex(notices->findData(u"each"_s));
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        checked = true;
    });
    find<QAction>(u"editProgramAction"_s)->trigger();
    QVERIFY(checked);
    const auto stored = [this] {
        return *NoticeSettingsStore(*m_check).program(m_ids.partnerProgram);
    };
    QCOMPARE(stored().mode, u"each"_s);
    QVERIFY(!stored().since.isEmpty());
    find<QAction>(u"undoAction"_s)->trigger();
    QCOMPARE(stored().mode, u"off"_s);
    find<QAction>(u"redoAction"_s)->trigger();
    QCOMPARE(stored().mode, u"each"_s);
}

void TestNoticesGui::partnerChoosesHisNotices()
{
    QVERIFY(openPartnerWindow(u"ANNA"_s));
    QVERIFY(m_window->showPane(u"balance"_s));
    auto *mode = find<QComboBox>(u"noticeModeCombo"_s);
    auto *language = find<QComboBox>(u"noticeLanguageCombo"_s);
    QTRY_VERIFY(mode->isEnabled());
    QCOMPARE(mode->currentData().toString(), QString()); // the program's choice
    QCOMPARE(language->currentData().toString(), u"en"_s);
    mode->setCurrentIndex(mode->findData(u"digest"_s));
    language->setCurrentIndex(language->findData(u"cs"_s));
    const PartnerNotices stored = *NoticeSettingsStore(*m_check).partner(m_ids.anna);
    QCOMPARE(stored.mode, u"digest"_s);
    QCOMPARE(stored.language, u"cs"_s);
    // Read back when the window opens again.
    QVERIFY(openPartnerWindow(u"ANNA"_s));
    QVERIFY(m_window->showPane(u"balance"_s));
    QTRY_COMPARE(find<QComboBox>(u"noticeModeCombo"_s)->currentData().toString(), u"digest"_s);
    QCOMPARE(find<QComboBox>(u"noticeLanguageCombo"_s)->currentData().toString(), u"cs"_s);
}

void TestNoticesGui::fill(NoticesDialog *dialog, const QString &password) const
{
    replaceText(dialog->findChild<QLineEdit *>(u"smtpUrlEdit"_s), m_smtp.url());
    replaceText(dialog->findChild<QLineEdit *>(u"smtpUserEdit"_s), u"notices"_s);
    replaceText(dialog->findChild<QLineEdit *>(u"smtpPasswordEdit"_s), password);
    replaceText(dialog->findChild<QLineEdit *>(u"smtpFromEdit"_s), u"partners@koongo.com"_s);
    replaceText(dialog->findChild<QLineEdit *>(u"smtpCaEdit"_s), m_smtp.caFile());
}

void TestNoticesGui::sendThroughDialog(const QString &password, const std::function<void(NoticesDialog *)> &check)
{
    QVERIFY(NoticeSettingsStore(*m_check).setProgramMode(m_ids.partnerProgram, u"each"_s));
    QVERIFY(NoticeSettingsStore(*m_check).setPartner(m_ids.anna, {}, u"cs"_s));
    QVERIFY(openWindow());
    bool checked = false;
    whenModal<NoticesDialog>([&](NoticesDialog *dialog) {
        QTRY_VERIFY(!dialog->isBusy()); // the first read of the queue
        auto *send = dialog->findChild<QPushButton *>(u"sendNowButton"_s);
        // Not without a server and a sender; the reason under the server.
        replaceText(dialog->findChild<QLineEdit *>(u"smtpUrlEdit"_s), u"http://mail.example.com"_s);
        QVERIFY(!send->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(u"smtpReason"_s)->text().isEmpty());
        fill(dialog, password);
        QVERIFY2(send->isEnabled(), qPrintable(dialog->findChild<QLabel *>(u"smtpReason"_s)->text()));
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        check(dialog);
        checked = true;
    });
    find<QAction>(u"noticesAction"_s)->trigger();
    QVERIFY(checked);
}

void TestNoticesGui::sendNowDeliversOnce()
{
    const qsizetype before = m_smtp.messages().size();
    sendThroughDialog(u"smtp-pw"_s, [&](NoticesDialog *dialog) {
        QCOMPARE(dialog->findChild<QLabel *>(u"sendResultLabel"_s)->text(), u"Sent: 2; to be retried: 0; failed: 0."_s);
        auto *table = dialog->findChild<QTableWidget *>(u"noticesTable"_s);
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cellText(table, row, 4), u"sent"_s);
            QCOMPARE(cellText(table, row, 5), u"1"_s);
        }
        // With PARTNERDESK_SCREENSHOT_DIR set (scripts/screenshots.sh): docs/screenshot-notices.png.
        if (const QString shots = qEnvironmentVariable("PARTNERDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + u"/screenshot-notices.png"_s));
        // Sent once: Send Now again has nothing to send.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendNowButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QCOMPARE(dialog->findChild<QLabel *>(u"sendResultLabel"_s)->text(), u"Sent: 0; to be retried: 0; failed: 0."_s);
    });
    const QList<QJsonObject> messages = m_smtp.messages().mid(before);
    QCOMPARE(messages.size(), 2);
    QStringList subjects;
    for (const QJsonObject &message : messages)
        subjects.append(message.value(u"subject"_s).toString());
    subjects.sort();
    QCOMPARE(subjects, (QStringList{u"New transaction: order C1 in Koongo Partner"_s,
                                    u"Nová transakce: objednávka A1 v programu Koongo Partner"_s}));
    // The settings are kept, the password is not in them.
    QSettings settings;
    QCOMPARE(SmtpSettings::load(settings).url, m_smtp.url());
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"smtp-pw"_s), qPrintable(key));
}

void TestNoticesGui::aRefusedLoginIsShownAndRetried()
{
    const qsizetype before = m_smtp.messages().size();
    sendThroughDialog(u"wrong-pw"_s, [&](NoticesDialog *dialog) {
        const QString result = dialog->findChild<QLabel *>(u"sendResultLabel"_s)->text();
        QVERIFY2(result.startsWith(u"Sent: 0; to be retried: 2; failed: 0. Last error: "_s), qPrintable(result));
        auto *table = dialog->findChild<QTableWidget *>(u"noticesTable"_s);
        QCOMPARE(table->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cellText(table, row, 4), u"due"_s);
            QCOMPARE(cellText(table, row, 5), u"1"_s);
            QVERIFY(!cellText(table, row, 6).isEmpty()); // the next attempt
            QVERIFY(!cellText(table, row, 7).isEmpty()); // the server's refusal
        }
    });
    QCOMPARE(m_smtp.messages().size(), before);
}

QTEST_MAIN(TestNoticesGui)
#include "tst_noticesgui.moc"
