#include "conflictsdialog.h"
#include "guitestkit.h"
#include "itemmodels/conflictfieldmodel.h"
#include "itemmodels/conflictlistmodel.h"
#include "itemmodels/modelroles.h"
#include "mainwindow.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "storetestkit.h"
#include "sync/conflictstore.h"
#include "sync/syncids.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;

class TestConflictsDialog : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsShowBothVersions();
    void takeTheirsThenKeepMine();
    void nothingWaits();

private:
    // The row of `affiliate` as the sync sends it, and a conflict whose central copy has `centralName`.
    QJsonObject localJson(Database &database, qint64 affiliateId) const;
    qint64 recordConflict(Database &database, qint64 affiliateId, const QString &centralName, qint64 version) const;
    QAction *conflictsAction() const { return m_window->findChild<QAction *>(u"syncConflictsAction"_s); }
    // Opens the dialog through File › Sync Conflicts…, runs `check` on it, then chooses `button`.
    bool openAndChoose(const QString &button, const std::function<void(ConflictsDialog *)> &check);
};

void TestConflictsDialog::initTestCase()
{
    isolateSettings();
}

void TestConflictsDialog::init()
{
    QVERIFY(newBook());
    QVERIFY(openWindow());
    QVERIFY(openCheck());
}

void TestConflictsDialog::cleanup()
{
    closeBook();
}

QJsonObject TestConflictsDialog::localJson(Database &database, qint64 affiliateId) const
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT code, name, email, status, created_at, requested_email, notice_mode, language FROM "
                  "affiliates WHERE id = ?"_s);
    query.addBindValue(affiliateId);
    if (!query.exec() || !query.next())
        return {};
    return {{u"code"_s, query.value(0).toString()},       {u"name"_s, query.value(1).toString()},
            {u"email"_s, query.value(2).toString()},      {u"status"_s, query.value(3).toString()},
            {u"created_at"_s, query.value(4).toString()}, {u"requested_email"_s, query.value(5).toString()},
            {u"email_requested_at"_s, QJsonValue()},      {u"notice_mode"_s, query.value(6).toString()},
            {u"language"_s, query.value(7).toString()}};
}

qint64 TestConflictsDialog::recordConflict(Database &database, qint64 affiliateId, const QString &centralName,
                                           qint64 version) const
{
    Transaction transaction(database.connection());
    const Result<QUuid> uid = SyncIds(database).ensureUid(u"affiliates"_s, affiliateId);
    if (!uid)
        return -1;
    const QJsonObject local = localJson(database, affiliateId);
    QJsonObject central = local;
    central.insert(u"name"_s, centralName);
    if (!ConflictStore(database).record(u"affiliates"_s, *uid, local, central, version) || !transaction.commit())
        return -1;
    const QList<SyncConflict> open = ConflictStore(database).list();
    return open.isEmpty() ? -1 : open.last().id;
}

bool TestConflictsDialog::openAndChoose(const QString &button, const std::function<void(ConflictsDialog *)> &check)
{
    bool chosen = false;
    GuiTestKit::whenModal<ConflictsDialog>([&](ConflictsDialog *dialog) {
        check(dialog);
        auto *choice = dialog->findChild<QPushButton *>(button);
        if (!choice || !choice->isEnabled())
            return;
        QString question;
        GuiTestKit::whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(choice, Qt::LeftButton);
        const auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        if (!question.isEmpty() && error && error->text().isEmpty() && dialog->choiceMade())
            chosen = true;
        else
            qWarning("no choice: question '%s', error '%s'", qPrintable(question),
                     error ? qPrintable(error->text()) : "");
        if (button == "keepMineButton"_L1 && !question.contains(u"central version 7"_s))
            chosen = false; // the confirmation says over which central version the row goes
        dialog->accept();
    });
    conflictsAction()->trigger();
    return chosen;
}

void TestConflictsDialog::modelsShowBothVersions()
{
    AffiliateStore affiliates(*m_check);
    const Result<Affiliate> jane = affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(jane);
    QVERIFY(recordConflict(*m_check, jane->id, u"Jane Central"_s, 7) > 0);

    ConflictListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
    list.setConflicts(ConflictStore(*m_check).list());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, ConflictListModel::Table).data().toString(), u"Partner"_s);
    QCOMPARE(list.index(0, ConflictListModel::Row).data().toString(), u"JANE"_s);
    QVERIFY(!list.index(0, ConflictListModel::DetectedAt).data().toString().isEmpty());
    QCOMPARE(list.index(0, 0).data(ModelRoles::IdRole).toLongLong(), list.conflict(0).id);

    ConflictFieldModel fields;
    QAbstractItemModelTester fieldTester(&fields, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fields.setConflict(list.conflict(0));
    QCOMPARE(fields.differingCount(), 1);
    int nameRow = -1;
    for (int row = 0; row < fields.rowCount(); ++row) {
        if (fields.index(row, ConflictFieldModel::Field).data(ConflictFieldModel::ColumnNameRole).toString() ==
            "name"_L1)
            nameRow = row;
        else
            QVERIFY(!fields.index(row, 0).data(ConflictFieldModel::DiffersRole).toBool());
    }
    QVERIFY(nameRow >= 0);
    QCOMPARE(fields.index(nameRow, ConflictFieldModel::Mine).data().toString(), u"Jane Blogger"_s);
    QCOMPARE(fields.index(nameRow, ConflictFieldModel::Theirs).data().toString(), u"Jane Central"_s);
    QVERIFY(fields.index(nameRow, ConflictFieldModel::Field).data(ConflictFieldModel::DiffersRole).toBool());
    QCOMPARE(fields.index(nameRow, ConflictFieldModel::Theirs).data(ModelRoles::AttentionRole).toInt(), 1);

    // A central tombstone: every central field is "(deleted)" and differs.
    SyncConflict tombstone = list.conflict(0);
    tombstone.central = {{u"deleted"_s, true}};
    fields.setConflict(tombstone);
    QVERIFY(fields.centralDeleted());
    QVERIFY(fields.rowCount() >= 5);
    QCOMPARE(fields.differingCount(), fields.rowCount());
    QCOMPARE(fields.index(0, ConflictFieldModel::Theirs).data().toString(), u"(deleted)"_s);
    // Deleted here.
    SyncConflict deletedHere = list.conflict(0);
    deletedHere.local = {};
    fields.setConflict(deletedHere);
    QVERIFY(fields.localDeleted());
    QCOMPARE(fields.index(0, ConflictFieldModel::Mine).data().toString(), u"(deleted)"_s);
    fields.setConflict(std::nullopt);
    QCOMPARE(fields.rowCount(), 0);
    list.setConflicts({});
    QCOMPARE(list.rowCount(), 0);
}

void TestConflictsDialog::takeTheirsThenKeepMine()
{
    AffiliateStore affiliates(*m_check);
    const Result<Affiliate> jane = affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(jane);
    QVERIFY(recordConflict(*m_check, jane->id, u"Jane Central"_s, 7) > 0);
    QVERIFY(StoreTestKit::count(*m_check, u"sync_outbox"_s, u"tbl = 'affiliates' AND local_id = %1"_s.arg(jane->id)) >
            0);

    // Take Theirs: the central name replaces this desktop's, the queued change is dropped.
    bool shown = false;
    QVERIFY(openAndChoose(u"takeTheirsButton"_s, [&](ConflictsDialog *dialog) {
        auto *list = dialog->findChild<QTableView *>(u"conflictList"_s);
        auto *fields = dialog->findChild<QTableView *>(u"conflictFields"_s);
        if (!list || !fields || list->model()->rowCount() != 1)
            return;
        for (int row = 0; row < fields->model()->rowCount(); ++row) {
            const QAbstractItemModel *model = fields->model();
            if (model->index(row, 1).data().toString() == "Jane Blogger"_L1 &&
                model->index(row, 2).data().toString() == "Jane Central"_L1 &&
                model->index(row, 0).data(ConflictFieldModel::DiffersRole).toBool())
                shown = true;
        }
    }));
    QVERIFY(shown);
    Database second;
    QVERIFY(second.open(m_path));
    QCOMPARE(AffiliateStore(second).byCode(u"JANE"_s)->name, u"Jane Central"_s);
    QCOMPARE(ConflictStore(second).openCount(), 0);
    QCOMPARE(StoreTestKit::count(second, u"sync_outbox"_s, u"tbl = 'affiliates' AND local_id = %1"_s.arg(jane->id)), 0);
    QCOMPARE(StoreTestKit::count(second, u"audit_log"_s, u"action = 'sync.take_theirs'"_s), 1);

    // Keep Mine: the row is queued for the next sync, the conflict closed, the local name kept.
    QVERIFY(recordConflict(second, jane->id, u"Jane Elsewhere"_s, 7) > 0);
    QVERIFY(openAndChoose(u"keepMineButton"_s, [](ConflictsDialog *) {}));
    QCOMPARE(ConflictStore(second).openCount(), 0);
    QCOMPARE(AffiliateStore(second).byCode(u"JANE"_s)->name, u"Jane Central"_s);
    QCOMPARE(StoreTestKit::count(second, u"sync_outbox"_s,
                                 u"tbl = 'affiliates' AND op = 'upsert' AND local_id = %1"_s.arg(jane->id)),
             1);
}

void TestConflictsDialog::nothingWaits()
{
    QString summary;
    bool disabled = false;
    GuiTestKit::whenModal<ConflictsDialog>([&](ConflictsDialog *dialog) {
        summary = dialog->findChild<QLabel *>(u"conflictSummary"_s)->text();
        disabled = !dialog->findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled() &&
                   !dialog->findChild<QPushButton *>(u"takeTheirsButton"_s)->isEnabled();
        dialog->reject();
    });
    conflictsAction()->trigger();
    QVERIFY2(summary.startsWith(u"No sync conflicts"_s), qPrintable(summary));
    QVERIFY(disabled);
}

QTEST_MAIN(TestConflictsDialog)
#include "tst_conflictsdialog.moc"
