#include "noticetemplates.h"

#include "money.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace PartnerDesk {

namespace {

QString resourceText(const QString &language, const QString &name)
{
    QFile file(QStringLiteral(":/notices/%1/%2.txt").arg(language, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList NoticeTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("cs")};
}

QLocale NoticeTemplates::locale(const QString &language)
{
    if (language == u"cs")
        return QLocale(QLocale::Czech, QLocale::Czechia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Result<QString> NoticeTemplates::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString result;
    result.reserve(text.size() * 2);
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.cend())
            return Result<QString>::failure(tr("The notice text needs a value for {{%1}}.").arg(name));
        result += QStringView(text).mid(from, match.capturedStart() - from);
        result += *value;
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result;
}

Result<RenderedNotice> NoticeTemplates::render(const QString &name, const QString &language,
                                               const QHash<QString, QString> &values)
{
    if (!languages().contains(language))
        return Result<RenderedNotice>::failure(tr("There are no notices in the language \"%1\".").arg(language));
    const QString text = resourceText(language, name);
    static const QString prefix = QStringLiteral("Subject: ");
    const qsizetype blank = text.indexOf(QStringLiteral("\n\n"));
    if (!text.startsWith(prefix) || blank < 0)
        return Result<RenderedNotice>::failure(tr("There is no notice text \"%1\" in %2.").arg(name, language));
    const Result<QString> subject = fill(text.mid(prefix.size(), blank - prefix.size()).trimmed(), values);
    if (!subject)
        return Result<RenderedNotice>::failure(subject.error());
    const Result<QString> body = fill(text.mid(blank + 2), values);
    if (!body)
        return Result<RenderedNotice>::failure(body.error());
    // A subject is one line whatever the values held.
    QString oneLine = *subject;
    oneLine.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
    return RenderedNotice{oneLine.simplified(), *body};
}

Result<QString> NoticeTemplates::part(const QString &name, const QString &language,
                                      const QHash<QString, QString> &values)
{
    QString text = resourceText(language, name);
    if (text.isEmpty())
        return Result<QString>::failure(tr("There is no notice text \"%1\" in %2.").arg(name, language));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return fill(text, values);
}

QString NoticeTemplates::word(const QString &language, const QString &key)
{
    static const QHash<QString, QHash<QString, QString>> words = [] {
        QHash<QString, QHash<QString, QString>> all;
        for (const QString &lang : languages()) {
            const QStringList lines = resourceText(lang, QStringLiteral("words")).split(u'\n');
            for (const QString &line : lines) {
                const qsizetype equals = line.indexOf(u'=');
                if (line.startsWith(u'#') || equals <= 0)
                    continue;
                all[lang].insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
            }
        }
        return all;
    }();
    return words.value(language).value(key, key);
}

QString NoticeTemplates::money(qint64 minor, const QString &currency, const QString &language)
{
    return Money::displayString(minor, currency, locale(language));
}

QString NoticeTemplates::date(qint64 secondsSinceEpoch, const QString &language)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc()).date();
    if (language == u"cs")
        return QStringLiteral("%1. %2. %3").arg(day.day()).arg(day.month()).arg(day.year());
    return locale(language).toString(day, QStringLiteral("d MMMM yyyy"));
}

} // namespace PartnerDesk
