#pragma once

#include "domain/catalogue.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

struct sqlite3;

namespace AllianceDesk {

class RawStatement;

/**
 * The values of some fields of one record of a record kind, by the catalogue's columns. A field not set is left to
 * the schema on insert and left as it is on update; a field set to an empty text or a null is stored as NULL.
 */
class FieldValues
{
public:
    explicit FieldValues(RecordKind kind);
    /// The values of @p map (column -> value); a column the catalogue does not know is a programming error.
    static FieldValues fromMap(RecordKind kind, const QVariantMap &map);

    const EntityDescription &entity() const { return *m_entity; }
    /// The position of @p column among the catalogue's fields of the kind, or -1.
    int indexOf(QStringView column) const;

    /// Sets @p column (a field of the catalogue; anything else is a programming error).
    FieldValues &set(QStringView column, const QVariant &value);
    FieldValues &set(int index, const QVariant &value);
    bool has(int index) const { return m_given & (quint64(1) << index); }
    bool has(QStringView column) const;
    QVariant value(int index) const { return m_values.at(index); }
    QVariant value(QStringView column) const;
    /// The mask of the fields set (bit i: the catalogue's field i).
    quint64 given() const { return m_given; }

private:
    const EntityDescription *m_entity;
    QVariantList m_values;
    quint64 m_given = 0;
};

/**
 * Writes records of one record kind, as the catalogue describes them, with their audit trail: an insert is audited
 * as created with the record's name, an update writes the fields that changed, moves row_version on and audits each
 * change (a protected field as "(changed)", never its values), a set-valued field (focus areas...) is audited as one
 * change from the old list to the new. Forms (through the repositories), the import, the generator and the sample
 * all write through it, so a field added to the catalogue and the schema is written by all of them.
 *
 * In Normal mode each call prepares its statements through Qt's driver (the forms' errors in words for the user). In
 * Bulk mode statements are prepared once on the raw SQLite handle and reused, and the audit trail's time and user
 * are taken once: for writing many records inside one transaction (an import, the generator). Both write the same
 * rows for the same values.
 */
class EntityWriter
{
public:
    enum class Mode
    {
        Normal,
        Bulk,
    };

    EntityWriter(QSqlDatabase db, RecordKind kind, Mode mode = Mode::Normal);
    ~EntityWriter();
    EntityWriter(const EntityWriter &) = delete;
    EntityWriter &operator=(const EntityWriter &) = delete;

    const EntityDescription &entity() const { return *m_entity; }
    FieldValues values() const { return FieldValues(m_entity->kind); }

    /// Whether the record's audit entries are written (on by default; the generator's records are not audited).
    void setAudited(bool audited) { m_audited = audited; }

    /**
     * Inserts a record with @p values (and is_sample for the kinds that have it), audits it as created with
     * @p summary, or with its name when @p summary is null; returns its id.
     */
    qint64 insert(const FieldValues &values, bool isSample = false, const QString &summary = QString());

    /**
     * Writes the fields set in @p after whose values differ from @p before (empty text and NULL are the same), moves
     * row_version on for versioned kinds and audits each change. Returns whether anything changed. Conflicts with
     * someone else's save are RowWriter's to detect.
     */
    bool update(qint64 id, const FieldValues &before, const FieldValues &after);

    /// The stored values of every field of record @p id (all of them set; an unknown id gives none set).
    FieldValues read(qint64 id);

    /// Adds @p values to the set @p table of record @p id (values already there stay once); not audited.
    void addToSet(qint64 id, QStringView table, const QStringList &values);
    /**
     * Makes the set @p table of record @p id hold @p after (from @p before) and audits the change as one entry named
     * after the set (organisation_focus_areas: "focus_areas"). Returns whether it changed.
     */
    bool replaceSet(qint64 id, QStringView table, const QStringList &before, const QStringList &after);
    /// The values of the set @p table of record @p id, sorted.
    QStringList readSet(qint64 id, QStringView table);

    /// The audit trail's field name of a set ("focus_areas" for organisation_focus_areas).
    static QString setAuditField(const SetDescription &set);
    /// A value as it is stored: text trimmed (empty: NULL), a date in ISO 8601, a boolean as 0 or 1.
    static QVariant storedValue(const QVariant &value);
    /// A value as the audit trail records it.
    static QString auditText(const QVariant &value);
    /// Empty text and NULL are the same "not given".
    static bool sameValue(const QVariant &a, const QVariant &b);

    /// Records an audit entry of this writer's kind (its time and user as the writer's mode takes them).
    void audit(const QString &action, qint64 id, const QString &field, const QString &oldValue,
               const QString &newValue);

private:
    class Statement;
    const SetDescription &set(QStringView table) const;
    quint64 setIndex(const SetDescription &description) const;
    /// The statement called @p key (its kind of statement and the fields it writes), built by @p sql on first use.
    Statement &statement(quint64 key, const std::function<QString()> &sql);
    QString recordSummary(qint64 id, const FieldValues &values);

    QSqlDatabase m_db;
    const EntityDescription *m_entity;
    Mode m_mode;
    bool m_audited = true;
    sqlite3 *m_handle = nullptr;
    QString m_user;                                          ///< Bulk: taken once
    QString m_now;                                           ///< Bulk: taken once
    QHash<quint64, std::shared_ptr<Statement>> m_statements; ///< Bulk: prepared once
    std::shared_ptr<Statement> m_last;                       ///< Normal: the statement of the current call
};

} // namespace AllianceDesk
