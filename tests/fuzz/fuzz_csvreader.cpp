// CsvReader over arbitrary bytes, in every block size that matters (1, 2, 3, 7 bytes and the
// default, in 64 KiB) and through a sequential device that hands out short reads: every block size
// gives the same records, errors and lines; lines only grow and stay within the input's line count;
// a record's fields hold no more bytes than the input.

#include "fuzzsupport.h"
#include "import/csvreader.h"

#include <QBuffer>

using namespace PartnerDesk;

namespace {

struct Step
{
    CsvReader::Outcome outcome;
    QStringList fields;
    qint64 line;
    QString error;
    bool operator==(const Step &) const = default;
};

QList<Step> readAll(QIODevice &device, qsizetype blockSize, qint64 maxLine, qsizetype inputSize)
{
    CsvReader reader(&device, blockSize);
    QList<Step> steps;
    QStringList fields;
    qint64 lastLine = 0;
    // Each record consumes at least one byte, so more steps than bytes is a loop.
    for (qsizetype guard = 0; guard <= inputSize + 1; ++guard) {
        const CsvReader::Outcome outcome = reader.next(fields);
        if (outcome == CsvReader::Outcome::End) {
            FUZZ_CHECK(reader.bytesRead() <= inputSize, "read %lld bytes of %lld", qint64(reader.bytesRead()),
                       qint64(inputSize));
            return steps;
        }
        FUZZ_CHECK(reader.line() >= 1 && reader.line() <= maxLine, "line %lld outside 1..%lld", reader.line(), maxLine);
        if (outcome == CsvReader::Outcome::Unreadable) {
            // A limit, a NUL or bytes that are not UTF-8: reading stops there for good, with a reason.
            FUZZ_CHECK(reader.line() >= lastLine, "unreadable at line %lld after line %lld", reader.line(), lastLine);
            FUZZ_CHECK(!reader.error().isEmpty(), "unreadable without a reason at line %lld", reader.line());
            const qint64 line = reader.line();
            const QString error = reader.error();
            QStringList again;
            FUZZ_CHECK(reader.next(again) == CsvReader::Outcome::Unreadable && reader.line() == line &&
                           reader.error() == error,
                       "an unreadable file read on after line %lld", line);
            steps.append({outcome, {}, line, error});
            return steps;
        }
        FUZZ_CHECK(reader.line() > lastLine, "line %lld after line %lld", reader.line(), lastLine);
        lastLine = reader.line();
        if (outcome == CsvReader::Outcome::Malformed) {
            FUZZ_CHECK(!reader.error().isEmpty(), "a malformed record without a reason at line %lld", reader.line());
        } else {
            FUZZ_CHECK(!fields.isEmpty(), "a record without fields at line %lld", reader.line());
            qsizetype bytes = 0;
            for (const QString &field : std::as_const(fields))
                bytes += field.toUtf8().size();
            // Bytes that are not UTF-8 stop the reader (Unreadable), so a field is input bytes.
            FUZZ_CHECK(bytes <= inputSize, "fields hold %lld bytes of a %lld-byte input", qint64(bytes),
                       qint64(inputSize));
        }
        steps.append({outcome, fields, reader.line(), reader.error()});
    }
    FUZZ_FAIL("more records than bytes: the reader does not advance");
}

// A device that gives at most `chunk` bytes per read (a pipe, a slow disk).
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(const QByteArray &data, qint64 chunk)
        : m_data(data)
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Lines are counted at LF, or at CR when the file has CR-only line ends: either way at most
    // one more than the line-end bytes.
    const qint64 maxLine = std::max(input.count('\n'), input.count('\r')) + 1;

    QBuffer whole;
    whole.setData(input);
    whole.open(QIODevice::ReadOnly);
    // 64 KiB blocks stand for the default 1 MiB: the same code path, without a 1 MiB allocation per run.
    const QList<Step> reference = readAll(whole, 1 << 16, maxLine, input.size());
    for (const qsizetype blockSize : {1, 2, 3, 7, 64}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        const QList<Step> steps = readAll(buffer, blockSize, maxLine, input.size());
        FUZZ_CHECK(steps == reference, "block size %lld reads %lld steps, 64 KiB blocks %lld (or they differ)",
                   qint64(blockSize), qint64(steps.size()), qint64(reference.size()));
    }
    TrickleDevice trickle(input, 5);
    const QList<Step> trickled = readAll(trickle, 1 << 16, maxLine, input.size());
    FUZZ_CHECK(trickled == reference, "reads of 5 bytes give %lld steps, one read %lld (or they differ)",
               qint64(trickled.size()), qint64(reference.size()));
    return 0;
}
