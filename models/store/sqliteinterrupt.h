#pragma once

#include <QtGlobal>
#include <atomic>
#include <sqlite3.h>

namespace PartnerDesk {

// While it lives, SQLite polls `flag` every few thousand instructions of a running query on the
// connection and interrupts the query once it is set (from any thread). One at a time per
// connection: the destructor removes the connection's progress handler.
class SqliteInterrupt final
{
public:
    SqliteInterrupt(sqlite3 *handle, const std::atomic_bool *flag)
        : m_handle(flag ? handle : nullptr)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 10000, &interruptWhenSet, const_cast<std::atomic_bool *>(flag));
    }
    ~SqliteInterrupt()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(SqliteInterrupt)

private:
    static int interruptWhenSet(void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; }

    sqlite3 *m_handle;
};

} // namespace PartnerDesk
