#include "itemmodels/importissuemodel.h"
#include "itemmodels/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

// The rejected rows of an import as the result dialog lists them and saves them.
class TestImportIssueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsIssuesInFileOrder();
    void writesCsvWithQuoting();
};

void TestImportIssueModel::listsIssuesInFileOrder()
{
    ImportIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setIssues({{3, u"currency"_s, u"\"EURO\" is not an ISO 4217 currency code"_s},
                     {12, QString(), u"the row has 4 fields, the header 10"_s}});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ImportIssueModel::Count));
    QCOMPARE(model.index(0, ImportIssueModel::Line).data().toString(), u"3"_s);
    QCOMPARE(model.index(1, ImportIssueModel::Line).data(ModelRoles::SortRole).toLongLong(), 12);
    QCOMPARE(model.index(0, ImportIssueModel::Field).data().toString(), u"currency"_s);
    QCOMPARE(model.index(1, ImportIssueModel::Field).data().toString(), u"(whole row)"_s);
    QCOMPARE(model.index(0, ImportIssueModel::Reason).data().toString(),
             u"\"EURO\" is not an ISO 4217 currency code"_s);
    QCOMPARE(model.headerData(ImportIssueModel::Reason, Qt::Horizontal).toString(), u"Reason"_s);
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void TestImportIssueModel::writesCsvWithQuoting()
{
    ImportIssueModel model;
    model.setIssues({{7, u"subtotal"_s, u"12,345 has a comma"_s}, {9, QString(), u"say \"no\""_s}});
    QString text;
    QTextStream out(&text);
    model.writeCsv(out, u"orders, May.csv"_s);
    out.flush();
    QCOMPARE(text, u"file,line,field,reason\n"
                   "\"orders, May.csv\",7,subtotal,\"12,345 has a comma\"\n"
                   "\"orders, May.csv\",9,,\"say \"\"no\"\"\"\n"_s);
}

QTEST_GUILESS_MAIN(TestImportIssueModel)
#include "tst_importissuemodel.moc"
