#pragma once

#include <QString>

#include <exception>

namespace AllianceDesk {

/// Base of the errors core reports. The message is one sentence a secretariat officer understands.
class Error : public std::exception
{
public:
    explicit Error(QString message);
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/// Data that breaks a rule of the alliance model (names the record and the rule); nothing was written.
class RuleViolation : public Error
{
public:
    using Error::Error;
};

/// A change could not be applied because a record changed elsewhere since it was loaded; nothing was written.
class ConflictError : public RuleViolation
{
public:
    using RuleViolation::RuleViolation;
};

/// The database could not be read or written (I/O, locking, driver failure).
class StorageError : public Error
{
public:
    using Error::Error;
};

/// A file could not be opened as an AllianceDesk database; its bytes were left as they were.
class OpenError : public StorageError
{
public:
    enum class Reason
    {
        NotFound,
        NotAllianceDesk,
        Corrupt,
        TooNew,
        CannotCreate,
        Locked,
        ReadOnly,     ///< on a read-only disk, folder or file, and it would need writing (an older data format…)
        NoSpace,      ///< the disk that holds it is full
        ForeignLog,   ///< the write-ahead log beside it is not its own (copied from elsewhere, or not a log at all)
        EmptySqlite,  ///< an SQLite file without tables that AllianceDesk did not make: adopted only when asked
        CannotMigrate ///< its data format could not be brought up to date (the migration was rolled back)
    };
    OpenError(Reason reason, QString message);
    Reason reason() const noexcept { return m_reason; }

private:
    Reason m_reason;
};

} // namespace AllianceDesk
