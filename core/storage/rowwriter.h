#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace AllianceDesk {

/**
 * Saves an edited record: writes only the columns that changed, records each change in the audit trail (protected
 * columns as "changed", never their values), and refuses with a ConflictError when someone else saved the record
 * since it was loaded (its row_version moved on).
 */
class RowWriter
{
public:
    /// How a save treats a record changed elsewhere since it was loaded.
    enum class OnConflict
    {
        Refuse,    ///< throw ConflictError
        Overwrite, ///< the user chose to keep their version
    };

    RowWriter(QSqlDatabase db, QString table);

    /// Columns whose values never enter the audit trail.
    static bool isProtected(const QString &table, const QString &column);

    /**
     * Updates row @p id from @p before to @p after (column name -> value; only the keys of @p after are looked
     * at). @p loadedVersion is the row_version the user started from. Returns true when anything changed.
     */
    bool update(qint64 id, qint64 loadedVersion, const QVariantMap &before, const QVariantMap &after,
                const QString &record, OnConflict onConflict = OnConflict::Refuse);

    /// Records in the audit trail that a set-valued field (focus areas, themes...) changed.
    void auditSet(qint64 id, const QString &field, const QStringList &before, const QStringList &after);

    /// The current row_version of row @p id (to tell the user what changed, or to reload).
    qint64 currentVersion(qint64 id) const;

private:
    QSqlDatabase m_db;
    QString m_table;
};

} // namespace AllianceDesk
