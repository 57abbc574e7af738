#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

// A notice ready to send: its subject line and plain-text body.
struct RenderedNotice
{
    QString subject;
    QString body;
};

// The texts of e-mail notices to partners (docs/NOTICES.md): resources/notices/<language>/<name>.txt,
// plain UTF-8, "Subject: ..." on the first line, a blank line, then the body. {{placeholder}}s are
// filled from the values given, once (a value is never read for placeholders itself); a
// placeholder without a value is an error, so a misspelt one cannot reach a partner. Money and
// dates are written in the language's locale (cs_CZ, en_GB).
class NoticeTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(NoticeTemplates)

public:
    static QStringList languages(); // en, cs
    static QLocale locale(const QString &language);

    // `name`: transaction, digest, digest-line, threshold, decision-approved, decision-rejected, welcome.
    static Result<RenderedNotice> render(const QString &name, const QString &language,
                                         const QHash<QString, QString> &values);
    // A part without a subject (digest-line): the file's text, its last line break dropped, filled.
    static Result<QString> part(const QString &name, const QString &language, const QHash<QString, QString> &values);
    // Fills the placeholders of `text` (a template or one of its parts).
    static Result<QString> fill(const QString &text, const QHash<QString, QString> &values);

    // A word of the language's words.txt ("status.pending", "kind.claim"...); the key when it has none.
    static QString word(const QString &language, const QString &key);
    // "12,50 €" (cs), "€12.50" (en): Money::displayString in the language's locale.
    static QString money(qint64 minor, const QString &currency, const QString &language);
    // A day as people of the language write it: "3. 12. 2026" (cs), "3 December 2026" (en).
    static QString date(qint64 secondsSinceEpoch, const QString &language);
};

} // namespace PartnerDesk
