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

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
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
    void englishPluralsAreEnglish();
    void everyPluralHasEnglishForms();

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
    QTest::addRow("LinkBuilder") << Message(
        [](Database &) { return LinkBuilder::build(u"ftp://koongo.com/"_s, u"jane"_s, {u"koongo.com"_s}).error; });
    QTest::addRow("ProgramStore") << Message([](Database &) {
        Program program;
        return ProgramStore::validate(program);
    });
    QTest::addRow("AffiliateStore") << Message(
        [](Database &db) { return AffiliateStore(db).add(u"Jane"_s, u"not-an-email"_s).error(); });
    QTest::addRow("LedgerStore") << Message(
        [](Database &db) { return LedgerStore(db).assign(u"404"_s, 1, u"why"_s).error(); });
    QTest::addRow("OrderImporter") << Message(
        [](Database &db) { return OrderImporter(db).importFile(u"/nonexistent/orders.csv"_s).fatalError; });
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

// An English desktop loads partnerdesk_en (plural forms only) the way the app does, and "%n
// partner(s)" reads "1 partner" / "3 partners".
void TestTranslations::englishPluralsAreEnglish()
{
    QTranslator english;
    QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"partnerdesk"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&english);
    const QString one = QCoreApplication::translate("PartnerDesk::ConflictsDialog",
                                                    "%n row(s) changed both here and in the central database since "
                                                    "the last sync. Nothing is overwritten until you choose which "
                                                    "version to keep.",
                                                    nullptr, 1);
    const QString three = QCoreApplication::translate("PartnerDesk::ConflictsDialog",
                                                      "%n row(s) changed both here and in the central database since "
                                                      "the last sync. Nothing is overwritten until you choose which "
                                                      "version to keep.",
                                                      nullptr, 3);
    QCoreApplication::removeTranslator(&english);
    QVERIFY2(one.startsWith(u"1 row changed"_s), qPrintable(one));
    QVERIFY2(three.startsWith(u"3 rows changed"_s), qPrintable(three));
}

// Every message with a count that Czech translates has English forms too (scripts/i18n.py plurals).
void TestTranslations::everyPluralHasEnglishForms()
{
    auto plurals = [](const QString &path, bool finishedOnly) {
        QSet<QString> found;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return found;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation" && numerus &&
                     (!finishedOnly || xml.attributes().value(u"type"_s) != u"unfinished"))
                found.insert(context + u" | "_s + source);
        }
        return found;
    };
    const QString dir = QStringLiteral(QT_TESTCASE_SOURCEDIR) + u"/../translations/"_s;
    const QSet<QString> czech = plurals(dir + u"partnerdesk_cs.ts"_s, false);
    const QSet<QString> english = plurals(dir + u"partnerdesk_en.ts"_s, true);
    QVERIFY(czech.size() > 5);
    const QSet<QString> missing = czech - english;
    QVERIFY2(missing.isEmpty(), qPrintable(u"run scripts/i18n.py plurals; no English forms for: "_s +
                                           QStringList(missing.cbegin(), missing.cend()).join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
