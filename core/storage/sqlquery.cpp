#include "sqlquery.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteFull = 13;
constexpr int sqliteConstraint = 19;

/// Words for the rules the schema itself enforces (its CHECKs, triggers and unique indexes).
QString describeConstraint(const QString &text)
{
    struct Known
    {
        const char *needle;
        const char *message;
    };
    static const Known known[] = {
        {"secretariat terms overlap",
         QT_TRANSLATE_NOOP("SqlQuery", "secretariat terms of one network may not overlap")},
        {"secretariat_terms.network_id",
         QT_TRANSLATE_NOOP("SqlQuery", "a network has at most one current secretariat")},
        {"membership history is append-only",
         QT_TRANSLATE_NOOP("SqlQuery", "a membership's history is appended to, never rewritten")},
        {"predates the latest one",
         QT_TRANSLATE_NOOP("SqlQuery", "a membership status change may not predate the latest one")},
        {"FOREIGN KEY", QT_TRANSLATE_NOOP("SqlQuery", "the record refers to, or is referred to by, another record")},
        {"UNIQUE", QT_TRANSLATE_NOOP("SqlQuery", "such a record already exists")},
        {"NOT NULL", QT_TRANSLATE_NOOP("SqlQuery", "a required value is missing")},
        {"CHECK", QT_TRANSLATE_NOOP("SqlQuery", "a value is outside what is allowed")},
    };
    for (const Known &k : known) {
        if (text.contains(QLatin1StringView(k.needle), Qt::CaseInsensitive))
            return QCoreApplication::translate("SqlQuery", k.message);
    }
    return text;
}

} // namespace

void throwSqlError(const QSqlError &error, const QString &sql)
{
    const int code = error.nativeErrorCode().toInt();
    const int primary = code & 0xff;
    if (primary == sqliteBusy || primary == sqliteLocked) {
        throw StorageError(QCoreApplication::translate("SqlQuery",
                                                       "The database is busy: another AllianceDesk window or program "
                                                       "is saving changes. Try again in a moment."));
    }
    if (primary == sqliteReadOnly) {
        throw StorageError(QCoreApplication::translate("SqlQuery",
                                                       "The change cannot be saved: the database is open read-only "
                                                       "(its disk, folder or file cannot be written to). Copy it to "
                                                       "a folder you can write to, and open that copy."));
    }
    if (primary == sqliteFull) {
        throw StorageError(QCoreApplication::translate("SqlQuery",
                                                       "The change cannot be saved: there is not enough space on the "
                                                       "disk. Nothing was saved; free some space and try again."));
    }
    if (primary == sqliteConstraint || error.databaseText().contains(u"constraint"_s, Qt::CaseInsensitive)) {
        throw RuleViolation(QCoreApplication::translate("SqlQuery", "The change was refused: %1.")
                                .arg(describeConstraint(error.databaseText())));
    }
    throw StorageError(
        QCoreApplication::translate("SqlQuery", "The database reported an error: %1 (while running: %2).")
            .arg(error.text(), sql.simplified().left(120)));
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throwSqlError(m_query.lastError(), sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bindText(const QString &placeholder, const QString &value)
{
    const QString trimmed = value.trimmed();
    m_query.bindValue(placeholder, trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        throwSqlError(m_query.lastError(), m_sql);
    return *this;
}

} // namespace AllianceDesk
