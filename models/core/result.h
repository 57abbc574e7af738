#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace PartnerDesk {

// A value or the reason there is none; the error is a sentence for the user.
template<typename T>
class Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(const QString &error)
    {
        Result r;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown error") : error;
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace PartnerDesk
