// The test harness for everything central: a real PostgreSQL cluster started by the test
// (tests/common/pgtestkit.h), reached through Qt's QPSQL driver with a password over TCP, stopped
// the hard way (pg_ctl stop -m immediate) and started again with its committed rows intact. Also
// shows what the sync code must live with: QPSQL's isOpen() stays true after the server is gone.

#include "pgtestkit.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passwordIsRequiredOverTcp();
    void committedRowsSurviveACrash();

private:
    QSqlDatabase connect(const QString &name, const QString &password);
    PgTestKit::Server m_server;
};

void TestPgServer::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        QFAIL("the QPSQL driver is missing (Debian: libqt6sql6-psql)");
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

void TestPgServer::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase TestPgServer::connect(const QString &name, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_server.host());
    db.setPort(m_server.port());
    db.setUserName(QString::fromLatin1(PgTestKit::Server::superuser));
    db.setPassword(password);
    db.setDatabaseName(u"postgres"_s);
    db.open();
    return db;
}

void TestPgServer::passwordIsRequiredOverTcp()
{
    {
        QSqlDatabase wrong = connect(u"wrong"_s, u"not the password"_s);
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.lastError().text().contains(u"password"_s), qPrintable(wrong.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"wrong"_s);
    QString output;
    QVERIFY(m_server.psql(u"SELECT current_user"_s, QString::fromLatin1(PgTestKit::Server::superuser),
                          QString::fromLatin1(PgTestKit::Server::superPassword), u"postgres"_s, &output));
    QCOMPARE(output, u"postgres"_s);
}

void TestPgServer::committedRowsSurviveACrash()
{
    {
        QSqlDatabase db = connect(u"crash"_s, QString::fromLatin1(PgTestKit::Server::superPassword));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE kept (id integer PRIMARY KEY)"_s));
        QVERIFY(query.exec(u"INSERT INTO kept SELECT generate_series(1, 1000)"_s));
        QVERIFY(db.transaction());
        QVERIFY(query.exec(u"INSERT INTO kept VALUES (5000)"_s)); // never committed

        m_server.stop(PgTestKit::Server::Stop::Immediate);
        QVERIFY(!m_server.isRunning());
        // QPSQL still says open; only a statement finds out.
        QVERIFY(db.isOpen());
        QVERIFY(!query.exec(u"SELECT 1"_s));

        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        db.close();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery again(db);
        QVERIFY(again.exec(u"SELECT count(*), max(id) FROM kept"_s));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 1000);
        QCOMPARE(again.value(1).toInt(), 1000);
    }
    QSqlDatabase::removeDatabase(u"crash"_s);
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
