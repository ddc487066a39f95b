#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace AllianceDesk::SqlValues {

/// Conversions between domain values and what the schema stores (ISO dates as text, NULL for "not given").

inline QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

template<typename T>
QVariant fromOptional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

inline std::optional<qint64> toOptionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace AllianceDesk::SqlValues
