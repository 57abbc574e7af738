// Every layer's messages reach the user in Czech when the Czech translation is loaded: the
// context a string is looked up under at run time must be the one lupdate filed it under.
#include "core/attributionengine.h"
#include "core/linkbuilder.h"
#include "core/money.h"
#include "import/orderimporter.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/programstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace PartnerDesk;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void messageIsTranslated_data();
    void messageIsTranslated();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(u":/i18n/partnerdesk_cs.qm"_s));
}

void TestTranslations::messageIsTranslated_data()
{
    QTest::addColumn<std::function<QString(Database &)>>("message");
    using Message = std::function<QString(Database &)>;
    QTest::addRow("Money") << Message([](Database &) {
        QString error;
        Money::parse(u"1.234"_s, u"EUR"_s, &error);
        return error;
    });
    QTest::addRow("LinkBuilder") << Message([](Database &) {
        return LinkBuilder::build(u"ftp://koongo.com/"_s, u"jane"_s, {u"koongo.com"_s}).error;
    });
    QTest::addRow("ProgramStore") << Message([](Database &) {
        Program program;
        return ProgramStore::validate(program);
    });
    QTest::addRow("AffiliateStore") << Message([](Database &db) {
        return AffiliateStore(db).add(u"Jane"_s, u"not-an-email"_s).error();
    });
    QTest::addRow("LedgerStore") << Message([](Database &db) {
        return LedgerStore(db).assign(u"404"_s, 1, u"why"_s).error();
    });
    QTest::addRow("OrderImporter") << Message([](Database &db) {
        return OrderImporter(db).importFile(u"/nonexistent/orders.csv"_s).fatalError;
    });
    QTest::addRow("AttributionEngine") << Message([](Database &) {
        AttributionSnapshot snapshot;
        Order order;
        order.orderId = u"1"_s;
        return AttributionEngine(snapshot).attribute(order).trace.value(0).reason;
    });
}

void TestTranslations::messageIsTranslated()
{
    QFETCH(std::function<QString(Database &)>, message);
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"books.sqlite"_s)));

    const QString english = message(db);
    QVERIFY(!english.isEmpty());
    QTranslator czech;
    QVERIFY(czech.load(u":/i18n/partnerdesk_cs.qm"_s));
    QCoreApplication::installTranslator(&czech);
    const QString translated = message(db);
    QCoreApplication::removeTranslator(&czech);

    QVERIFY2(translated != english, qPrintable(u"not translated: "_s + english));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
