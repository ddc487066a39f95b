#include "entitywriter.h"

#include "auditlog.h"
#include "rawstatement.h"
#include "sqlfunctions.h"
#include "sqlquery.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

FieldValues::FieldValues(RecordKind kind)
    : m_entity(&Catalogue::entity(kind))
{
    Q_ASSERT(m_entity->fields.size() <= 64);
    m_values.resize(m_entity->fields.size());
}

FieldValues FieldValues::fromMap(RecordKind kind, const QVariantMap &map)
{
    FieldValues values(kind);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const int index = values.indexOf(it.key());
        if (index < 0)
            throw StorageError(u"%1 has no field %2 in the catalogue."_s.arg(values.entity().table, it.key()));
        values.set(index, it.value());
    }
    return values;
}

int FieldValues::indexOf(QStringView column) const
{
    for (int i = 0; i < m_entity->fields.size(); ++i) {
        if (m_entity->fields.at(i).column == column)
            return i;
    }
    return -1;
}

FieldValues &FieldValues::set(QStringView column, const QVariant &value)
{
    const int index = indexOf(column);
    Q_ASSERT_X(index >= 0, "FieldValues::set", "a column the catalogue does not know");
    return set(index, value);
}

FieldValues &FieldValues::set(int index, const QVariant &value)
{
    m_values[index] = value;
    m_given |= quint64(1) << index;
    return *this;
}

bool FieldValues::has(QStringView column) const
{
    const int index = indexOf(column);
    return index >= 0 && has(index);
}

QVariant FieldValues::value(QStringView column) const
{
    const int index = indexOf(column);
    return index >= 0 ? m_values.at(index) : QVariant();
}

/// One statement, through Qt's driver (Normal) or on the raw handle (Bulk); placeholders :p1, :p2... in order.
class EntityWriter::Statement
{
public:
    Statement(const QSqlDatabase &db, sqlite3 *handle, const QString &sql)
    {
        if (handle)
            m_raw = std::make_unique<RawStatement>(handle, sql.toUtf8().constData());
        else
            m_query.emplace(db, sql);
    }
    Statement &bind(int index, const QVariant &value)
    {
        if (m_raw)
            m_raw->bind(index, value);
        else
            m_query->bind(u":p"_s + QString::number(index), value);
        return *this;
    }
    void exec()
    {
        if (m_raw)
            m_raw->exec();
        else
            m_query->exec();
    }
    /// Runs a query; true when it gave a row (read it with value(), then call done()).
    bool first()
    {
        if (m_raw)
            return m_raw->step();
        m_query->exec();
        return m_query->next();
    }
    bool next() { return m_raw ? m_raw->step() : m_query->next(); }
    QVariant value(int index) const { return m_raw ? m_raw->columnValue(index) : m_query->value(index); }
    void done()
    {
        if (m_raw)
            m_raw->reset();
    }
    qint64 lastInsertId() const { return m_raw ? m_raw->lastInsertId() : m_query->lastInsertId(); }

private:
    std::unique_ptr<RawStatement> m_raw;
    std::optional<SqlQuery> m_query;
};

EntityWriter::EntityWriter(QSqlDatabase db, RecordKind kind, Mode mode)
    : m_db(std::move(db))
    , m_entity(&Catalogue::entity(kind))
    , m_mode(mode)
{
    if (m_mode == Mode::Bulk) {
        m_handle = sqliteHandle(m_db);
        m_user = AuditLog::userName();
        m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
}

EntityWriter::~EntityWriter() = default;

namespace {
// Statement keys: the kind of statement in the low 4 bits, the fields (or the set) it is about above them.
enum StatementKind : quint64
{
    InsertKey,
    SampleInsertKey,
    UpdateKey,
    ReadKey,
    AuditKey,
    AddToSetKey,
    ReadSetKey,
    ClearSetKey,
};
quint64 key(StatementKind kind, quint64 detail = 0)
{
    return (detail << 4) | kind;
}
} // namespace

EntityWriter::Statement &EntityWriter::statement(quint64 key, const std::function<QString()> &sql)
{
    if (m_mode == Mode::Normal) {
        // A form's save prepares what it runs; nothing outlives the call but the last statement.
        m_last = std::make_shared<Statement>(m_db, nullptr, sql());
        return *m_last;
    }
    std::shared_ptr<Statement> &cached = m_statements[key];
    if (!cached)
        cached = std::make_shared<Statement>(m_db, m_handle, sql());
    return *cached;
}

QVariant EntityWriter::storedValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString trimmed = value.toString().trimmed();
        return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
    }
    if (value.metaType() == QMetaType::fromType<QDate>()) {
        const QDate date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? 1 : 0;
    return value;
}

QString EntityWriter::auditText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

bool EntityWriter::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().trimmed().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().trimmed().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return auditText(a) == auditText(b);
}

void EntityWriter::audit(const QString &action, qint64 id, const QString &field, const QString &oldValue,
                         const QString &newValue)
{
    if (!m_audited)
        return;
    Statement &insert = statement(key(AuditKey), [] {
        return u"INSERT INTO audit_log (at, user_name, action, entity, entity_id, field, old_value, new_value) "
               "VALUES (:p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8)"_s;
    });
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    };
    insert.bind(1, m_mode == Mode::Bulk ? m_now : QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, m_mode == Mode::Bulk ? m_user : AuditLog::userName())
        .bind(3, action)
        .bind(4, m_entity->table)
        .bind(5, id)
        .bind(6, text(field))
        .bind(7, text(oldValue))
        .bind(8, text(newValue))
        .exec();
}

QString EntityWriter::recordSummary(qint64 id, const FieldValues &values)
{
    const QString name = m_entity->nameColumn();
    if (!name.isEmpty())
        return values.value(name).toString().trimmed();
    return AuditLog::recordName(m_db, m_entity->table, id);
}

qint64 EntityWriter::insert(const FieldValues &values, bool isSample, const QString &summary)
{
    // Identifiers come from the catalogue, never from input; one statement per set of fields given.
    Statement &insert = statement(key(isSample ? SampleInsertKey : InsertKey, values.given()), [&] {
        QStringList columns;
        QStringList placeholders;
        QString namePlaceholder;
        for (int i = 0; i < m_entity->fields.size(); ++i) {
            if (values.has(i)) {
                columns << m_entity->fields.at(i).column;
                placeholders << u":p"_s + QString::number(placeholders.size() + 1);
                if (m_entity->fields.at(i).is(FieldFlag::NameGiving))
                    namePlaceholder = placeholders.constLast();
            }
        }
        if (m_entity->sampled) {
            columns << u"is_sample"_s;
            placeholders << u":p"_s + QString::number(placeholders.size() + 1);
        }
        // The name's sort key is written with the row: the connection's trigger would otherwise write the row twice
        // (an UPDATE after each INSERT), which doubled an import's time.
        if (m_entity->sortKeyed && !namePlaceholder.isEmpty()) {
            columns << u"sort_key"_s;
            placeholders << u"ad_sort_key(%1)"_s.arg(namePlaceholder);
        }
        return columns.isEmpty() ? u"INSERT INTO %1 DEFAULT VALUES"_s.arg(m_entity->table)
                                 : u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_entity->table, columns.join(u", "_s),
                                                                            placeholders.join(u", "_s));
    });
    int parameter = 0;
    for (int i = 0; i < m_entity->fields.size(); ++i) {
        if (values.has(i))
            insert.bind(++parameter, storedValue(values.value(i)));
    }
    if (m_entity->sampled)
        insert.bind(++parameter, isSample ? 1 : 0);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    if (m_audited)
        audit(u"create"_s, id, QString(), QString(), summary.isNull() ? recordSummary(id, values) : summary);
    return id;
}

bool EntityWriter::update(qint64 id, const FieldValues &before, const FieldValues &after)
{
    quint64 changed = 0;
    for (int i = 0; i < m_entity->fields.size(); ++i) {
        if (after.has(i) && !sameValue(before.value(i), after.value(i)))
            changed |= quint64(1) << i;
    }
    if (!changed)
        return false;
    Statement &write = statement(key(UpdateKey, changed), [&] {
        QStringList assignments;
        for (int i = 0; i < m_entity->fields.size(); ++i) {
            if (changed & (quint64(1) << i))
                assignments << u"%1 = :p%2"_s.arg(m_entity->fields.at(i).column).arg(assignments.size() + 1);
        }
        const qsizetype idParameter = assignments.size() + 1;
        if (m_entity->versioned)
            assignments << u"row_version = row_version + 1"_s;
        return u"UPDATE %1 SET %2 WHERE id = :p%3"_s.arg(m_entity->table, assignments.join(u", "_s)).arg(idParameter);
    });
    int parameter = 0;
    for (int i = 0; i < m_entity->fields.size(); ++i) {
        if (changed & (quint64(1) << i))
            write.bind(++parameter, storedValue(after.value(i)));
    }
    write.bind(++parameter, id).exec();

    const QString changedText = QCoreApplication::translate("RowWriter", "(changed)");
    for (int i = 0; i < m_entity->fields.size(); ++i) {
        if (!(changed & (quint64(1) << i)))
            continue;
        const FieldDescription &field = m_entity->fields.at(i);
        if (field.is(FieldFlag::Protected))
            audit(u"update"_s, id, field.column, QString(), changedText);
        else
            audit(u"update"_s, id, field.column, auditText(before.value(i)), auditText(after.value(i)));
    }
    return true;
}

FieldValues EntityWriter::read(qint64 id)
{
    Statement &select = statement(key(ReadKey), [&] {
        QStringList columns;
        for (const FieldDescription &field : m_entity->fields)
            columns << field.column;
        return u"SELECT %1 FROM %2 WHERE id = :p1"_s.arg(columns.join(u", "_s), m_entity->table);
    });
    FieldValues values(m_entity->kind);
    select.bind(1, id);
    if (select.first()) {
        for (int i = 0; i < m_entity->fields.size(); ++i)
            values.set(i, select.value(i));
    }
    select.done();
    return values;
}

const SetDescription &EntityWriter::set(QStringView table) const
{
    for (const SetDescription &description : m_entity->sets) {
        if (description.table == table)
            return description;
    }
    throw StorageError(u"%1 has no set %2 in the catalogue."_s.arg(m_entity->table, table.toString()));
}

quint64 EntityWriter::setIndex(const SetDescription &description) const
{
    return quint64(&description - m_entity->sets.constData());
}

QString EntityWriter::setAuditField(const SetDescription &set)
{
    // The set's table without its owner's prefix: organisation_focus_areas -> focus_areas.
    return set.table.mid(set.table.indexOf(u'_') + 1);
}

void EntityWriter::addToSet(qint64 id, QStringView table, const QStringList &values)
{
    const SetDescription &description = set(table);
    Statement &insert = statement(key(AddToSetKey, setIndex(description)), [&] {
        return u"INSERT OR IGNORE INTO %1 (%2, %3) VALUES (:p1, :p2)"_s.arg(description.table, description.ownerColumn,
                                                                            description.valueColumn);
    });
    for (const QString &value : values)
        insert.bind(1, id).bind(2, value).exec();
}

QStringList EntityWriter::readSet(qint64 id, QStringView table)
{
    const SetDescription &description = set(table);
    Statement &select = statement(key(ReadSetKey, setIndex(description)), [&] {
        return u"SELECT %1 FROM %2 WHERE %3 = :p1 ORDER BY %1"_s.arg(description.valueColumn, description.table,
                                                                     description.ownerColumn);
    });
    QStringList values;
    select.bind(1, id);
    for (bool row = select.first(); row; row = select.next())
        values << select.value(0).toString();
    select.done();
    return values;
}

bool EntityWriter::replaceSet(qint64 id, QStringView table, const QStringList &before, const QStringList &after)
{
    const SetDescription &description = set(table);
    QStringList sortedBefore = before;
    QStringList sortedAfter = after;
    sortedBefore.sort();
    sortedBefore.removeDuplicates();
    sortedAfter.sort();
    sortedAfter.removeDuplicates();
    if (sortedBefore == sortedAfter)
        return false;
    Statement &clear = statement(key(ClearSetKey, setIndex(description)), [&] {
        return u"DELETE FROM %1 WHERE %2 = :p1"_s.arg(description.table, description.ownerColumn);
    });
    clear.bind(1, id).exec();
    addToSet(id, table, sortedAfter);
    audit(u"update"_s, id, setAuditField(description), sortedBefore.join(u", "_s), sortedAfter.join(u", "_s));
    return true;
}

} // namespace AllianceDesk
