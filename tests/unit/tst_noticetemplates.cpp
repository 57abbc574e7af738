// The texts of e-mail notices (resources/notices/<language>/): every template of both languages
// fills with the values NoticePlanner gives and leaves no placeholder; money and dates in the
// language's way; a placeholder without a value is an error, never an empty hole in a partner's
// mail; a value is not read for placeholders itself.

#include "core/noticetemplates.h"
#include "core/timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;

class TestNoticeTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTemplateFills_data();
    void everyTemplateFills();
    void transactionInCzech();
    void transactionInEnglish();
    void moneyAndDatesFollowTheLanguage();
    void aMissingValueIsAnError();
    void valuesAreNotReadForPlaceholders();
    void statusWordsExistInBothLanguages();
    void anUnknownLanguageOrTemplateIsAnError();

private:
    static QHash<QString, QString> values()
    {
        return {{u"name"_s, u"Anna Nováková"_s},
                {u"program"_s, u"Koongo Partner"_s},
                {u"order_id"_s, u"100042"_s},
                {u"placed_at"_s, u"3. 12. 2026"_s},
                {u"base"_s, u"100,00 €"_s},
                {u"commission"_s, u"20,00 €"_s},
                {u"status"_s, u"schválená"_s},
                {u"date"_s, u"3. 12. 2026"_s},
                {u"lines"_s, u"  100042"_s},
                {u"count"_s, u"1"_s},
                {u"totals"_s, u"20,00 €"_s},
                {u"balance"_s, u"50,00 €"_s},
                {u"threshold"_s, u"50,00 €"_s},
                {u"payout_email"_s, u"anna@example.com"_s},
                {u"request"_s, u"Přiřazení objednávky 100042"_s},
                {u"filed_at"_s, u"3. 12. 2026"_s},
                {u"reason"_s, u"Objednávka patří jinému partnerovi."_s},
                {u"note"_s, QString()},
                {u"code"_s, u"ANNA"_s},
                {u"link"_s, u"https://koongo.com/?acc=ANNA"_s},
                {u"coupon"_s, u"ANNA10"_s}};
    }
};

void TestNoticeTemplates::everyTemplateFills_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    for (const QString &language : NoticeTemplates::languages()) {
        for (const char *name :
             {"transaction", "digest", "threshold", "decision-approved", "decision-rejected", "welcome"})
            QTest::addRow("%s %s", name, qPrintable(language)) << QString::fromLatin1(name) << language;
    }
}

void TestNoticeTemplates::everyTemplateFills()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const Result<RenderedNotice> notice = NoticeTemplates::render(name, language, values());
    QVERIFY2(notice, qPrintable(notice.error()));
    QVERIFY(!notice->subject.isEmpty());
    QVERIFY(!notice->subject.contains(u'\n'));
    QVERIFY(!notice->body.trimmed().isEmpty());
    QVERIFY2(!notice->subject.contains(u"{{"_s) && !notice->body.contains(u"{{"_s), qPrintable(notice->body));
    // A Czech notice greets without the partner's name (Czech would want its vocative); an
    // English one by name.
    QCOMPARE(notice->body.startsWith(u"Dobrý den,\n"_s), language == u"cs");
    QCOMPARE(notice->body.startsWith(u"Hello Anna Nováková,\n"_s), language == u"en");
}

void TestNoticeTemplates::transactionInCzech()
{
    QHash<QString, QString> v = values();
    v[u"base"_s] = NoticeTemplates::money(10000, u"EUR"_s, u"cs"_s);
    v[u"commission"_s] = NoticeTemplates::money(2000, u"EUR"_s, u"cs"_s);
    v[u"status"_s] = NoticeTemplates::word(u"cs"_s, u"status.pending"_s);
    const Result<RenderedNotice> notice = NoticeTemplates::render(u"transaction"_s, u"cs"_s, v);
    QVERIFY2(notice, qPrintable(notice.error()));
    QCOMPARE(notice->subject, u"Nová transakce: objednávka 100042 v programu Koongo Partner"_s);
    QVERIFY(notice->body.contains(u"  Provize:            20,00\u00a0€\n"_s));
    QVERIFY(notice->body.contains(u"  Částka objednávky:  100,00\u00a0€\n"_s));
    QVERIFY(notice->body.contains(u"  Stav:               čeká na schválení\n"_s));
}

void TestNoticeTemplates::transactionInEnglish()
{
    QHash<QString, QString> v = values();
    v[u"commission"_s] = NoticeTemplates::money(2000, u"EUR"_s, u"en"_s);
    v[u"status"_s] = NoticeTemplates::word(u"en"_s, u"status.approved"_s);
    const Result<RenderedNotice> notice = NoticeTemplates::render(u"transaction"_s, u"en"_s, v);
    QVERIFY2(notice, qPrintable(notice.error()));
    QCOMPARE(notice->subject, u"New transaction: order 100042 in Koongo Partner"_s);
    QVERIFY(notice->body.contains(u"  Commission:    €20.00\n"_s));
    QVERIFY(notice->body.contains(u"  Status:        approved\n"_s));
}

void TestNoticeTemplates::moneyAndDatesFollowTheLanguage()
{
    QCOMPARE(NoticeTemplates::money(123456789, u"CZK"_s, u"cs"_s), u"1\u00a0234\u00a0567,89\u00a0Kč"_s);
    QCOMPARE(NoticeTemplates::money(123456789, u"EUR"_s, u"en"_s), u"€1,234,567.89"_s);
    QCOMPARE(NoticeTemplates::money(-5, u"EUR"_s, u"cs"_s), u"-0,05\u00a0€"_s);
    const qint64 day = *Timestamp::parse(u"2026-12-03T23:59:59Z"_s);
    QCOMPARE(NoticeTemplates::date(day, u"cs"_s), u"3. 12. 2026"_s);
    QCOMPARE(NoticeTemplates::date(day, u"en"_s), u"3 December 2026"_s);
}

void TestNoticeTemplates::aMissingValueIsAnError()
{
    QHash<QString, QString> v = values();
    v.remove(u"commission"_s);
    const Result<RenderedNotice> notice = NoticeTemplates::render(u"transaction"_s, u"en"_s, v);
    QVERIFY(!notice);
    QVERIFY2(notice.error().contains(u"{{commission}}"_s), qPrintable(notice.error()));
}

void TestNoticeTemplates::valuesAreNotReadForPlaceholders()
{
    const Result<QString> text = NoticeTemplates::fill(u"{{a}} and {{b}}"_s, {{u"a"_s, u"{{b}}"_s}, {u"b"_s, u"B"_s}});
    QVERIFY(text);
    QCOMPARE(*text, u"{{b}} and B"_s);
    // A subject stays one line whatever a value holds.
    QHash<QString, QString> v = values();
    v[u"order_id"_s] = u"1\r\nBcc: x@evil.example"_s;
    const Result<RenderedNotice> notice = NoticeTemplates::render(u"transaction"_s, u"en"_s, v);
    QVERIFY(notice);
    QVERIFY(!notice->subject.contains(u'\n') && !notice->subject.contains(u'\r'));
}

void TestNoticeTemplates::statusWordsExistInBothLanguages()
{
    for (const QString &language : NoticeTemplates::languages()) {
        for (const char *key : {"status.pending", "status.approved", "status.cancelled", "status.paid", "request.claim",
                                "request.vanity", "request.signup", "note"}) {
            const QString word = NoticeTemplates::word(language, QString::fromLatin1(key));
            QVERIFY2(word != QString::fromLatin1(key), key);
        }
    }
    QCOMPARE(NoticeTemplates::word(u"cs"_s, u"status.cancelled"_s), u"zrušená"_s);
    QCOMPARE(NoticeTemplates::word(u"en"_s, u"status.cancelled"_s), u"cancelled"_s);
}

void TestNoticeTemplates::anUnknownLanguageOrTemplateIsAnError()
{
    QVERIFY(!NoticeTemplates::render(u"transaction"_s, u"de"_s, values()));
    QVERIFY(!NoticeTemplates::render(u"nonsense"_s, u"en"_s, values()));
    const Result<QString> line = NoticeTemplates::part(u"digest-line"_s, u"cs"_s, values());
    QVERIFY2(line, qPrintable(line.error()));
    QCOMPARE(*line, u"  100042 (Koongo Partner): objednávka 100,00 €, provize 20,00 €, schválená"_s);
}

QTEST_GUILESS_MAIN(TestNoticeTemplates)
#include "tst_noticetemplates.moc"
