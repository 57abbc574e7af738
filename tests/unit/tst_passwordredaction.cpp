// withoutPasswords (models/sync/passwordredaction.h): every form a password takes in a URL or a
// libpq connection string is hidden, the passwords in use are hidden wherever they appear, and the
// rest of the text (what the user needs to act on) is left as it was.

#include "sync/passwordredaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestPasswordRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hidden_data();
    void hidden();
};

void TestPasswordRedaction::hidden_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("passwords");
    QTest::addColumn<QString>("expected");
    const QStringList none;
    QTest::addRow("URL") << u"Cannot parse postgresql://mgr:Se-cret9@db:5432/books here"_s << none
                         << u"Cannot parse postgresql://mgr:***@db:5432/books here"_s;
    QTest::addRow("URL, encoded") << u"postgres://jana:s%40cr%2Fet@db/books"_s << none
                                  << u"postgres://jana:***@db/books"_s;
    QTest::addRow("URL, a raw slash and @ in it") << u"\"postgresql://jana:a/b@c@db/books\" is not valid"_s << none
                                                  << u"\"postgresql://jana:***@db/books\" is not valid"_s;
    QTest::addRow("URL, empty password") << u"postgresql://jana:@db/books"_s << none
                                         << u"postgresql://jana:***@db/books"_s;
    QTest::addRow("URL query") << u"postgresql://db/books?sslmode=disable&password=Se-cret9&x=1"_s << none
                               << u"postgresql://db/books?sslmode=disable&password=***&x=1"_s;
    QTest::addRow("conninfo") << u"host=db password=Se-cret9 dbname=books"_s << none
                              << u"host=db password=*** dbname=books"_s;
    QTest::addRow("conninfo, quoted") << u"host=db password = 'it\\'s secret' dbname=books"_s << none
                                      << u"host=db password = *** dbname=books"_s;
    QTest::addRow("options, upper case") << u"PASSWORD=Se-cret9;sslmode=verify-full"_s << none
                                         << u"PASSWORD=***;sslmode=verify-full"_s;
    QTest::addRow("a password in use") << u"FATAL: role \"Se-cret9\" does not exist"_s << QStringList{u"Se-cret9"_s}
                                       << u"FATAL: role \"***\" does not exist"_s;
    QTest::addRow("a short one is left") << u"the abc of it"_s << QStringList{u"abc"_s} << u"the abc of it"_s;
    QTest::addRow("libpq's own words") << u"password authentication failed for user \"mgr\""_s << none
                                       << u"password authentication failed for user \"mgr\""_s;
    QTest::addRow("no password") << u"Cannot connect to mgr@127.0.0.1:5432/books: Connection refused"_s << none
                                 << u"Cannot connect to mgr@127.0.0.1:5432/books: Connection refused"_s;
    QTest::addRow("URL without a password") << u"postgresql://mgr@[::1]:5432/books?sslmode=verify-full"_s << none
                                            << u"postgresql://mgr@[::1]:5432/books?sslmode=verify-full"_s;
}

void TestPasswordRedaction::hidden()
{
    QFETCH(QString, text);
    QFETCH(QStringList, passwords);
    QFETCH(QString, expected);
    QCOMPARE(withoutPasswords(text, passwords), expected);
}

QTEST_GUILESS_MAIN(TestPasswordRedaction)
#include "tst_passwordredaction.moc"
