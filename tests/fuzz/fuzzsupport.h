#pragma once

// Shared by the fuzz targets: hard invariant checks (a failed one aborts, so libFuzzer keeps the
// input as a crash), a QCoreApplication for what needs one, and a splitter that turns the fuzzer's
// bytes into several strings.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdio>
#include <cstdlib>

// Aborts with the message when `condition` is false: the input becomes a crash artifact.
#define FUZZ_CHECK(condition, ...)                                                                                     \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "\n%s:%d: invariant failed: %s\n  ", __FILE__, __LINE__, #condition);                 \
            std::fprintf(stderr, __VA_ARGS__);                                                                         \
            std::fprintf(stderr, "\n");                                                                                \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

#define FUZZ_FAIL(...) FUZZ_CHECK(false, __VA_ARGS__)

namespace FuzzSupport {

// For FUZZ_CHECK messages: a QString as local 8-bit text, valid for the full expression.
inline QByteArray text(const QString &value)
{
    return value.toUtf8();
}

// Creates the application object once (translations, SQL drivers and plugins expect one) and pins
// "now" so that what a target writes does not depend on the clock.
inline int initialize(int *argc, char ***argv)
{
    qputenv("PARTNERDESK_NOW", QByteArrayLiteral("2026-06-01T00:00:00Z"));
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    static int appArgc = 1;
    static char *appArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    static QCoreApplication app(appArgc, appArgv);
    return 0;
}

// The input split at every 0xFF byte (which never occurs in UTF-8): part i, or "" when there are
// fewer parts. Lets one input carry a URL, a code and a title.
inline QList<QByteArray> split(const uint8_t *data, size_t size, qsizetype parts)
{
    QList<QByteArray> result =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\xFF');
    for (QByteArray &part : result)
        part.detach();
    while (result.size() < parts)
        result.append(QByteArray());
    return result;
}

} // namespace FuzzSupport
