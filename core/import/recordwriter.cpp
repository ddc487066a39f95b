#include "recordwriter.h"

#include "listing/listdefinition.h"
#include "util/countrycatalog.h"
#include "util/error.h"
#include "valuenormaliser.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordWriter", text);
}

using F = ImportField;

RecordKind recordKindOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return RecordKind::Organisation;
    case ImportKind::People:
        return RecordKind::Person;
    case ImportKind::Meetings:
        return RecordKind::Meeting;
    case ImportKind::Participants:
        return RecordKind::EventParticipant;
    }
    Q_UNREACHABLE();
}

} // namespace

RecordWriter::RecordWriter(const QSqlDatabase &db, ImportKind kind, qint64 networkId)
    : m_db(db)
    , m_store(db)
    , m_recordKind(recordKindOf(kind))
    , m_writer(&m_store.writer(m_recordKind))
    , m_kind(kind)
    , m_networkId(networkId)
    , m_today(QDate::currentDate().toString(Qt::ISODate))
{
    // The record's own fields a column of the file fills, by the catalogue (a field added there is imported here).
    const QList<ImportField> importable = ImportFields::forKind(kind);
    const QList<FieldDescription> &fields = m_writer->entity().fields;
    for (int i = 0; i < fields.size(); ++i) {
        const std::optional<ImportField> field = ImportFields::fromCode(fields.at(i).column);
        if (field && importable.contains(*field))
            m_columns.append({i, *field});
    }
    // Organisations outside a network and people touch only tables whose triggers queue search-index updates.
    if (kind == ImportKind::Organisations && networkId == 0)
        m_triggersPaused =
            m_store.pauseSearchTriggers(RecordKind::Organisation, {u"organisations"_s, u"organisation_focus_areas"_s});
    else if (kind == ImportKind::People)
        m_triggersPaused = m_store.pauseSearchTriggers(RecordKind::Person, {u"people"_s, u"affiliations"_s});
    loadIndex();
}

RecordWriter::~RecordWriter() = default;

void RecordWriter::finish()
{
    if (!m_triggersPaused)
        return;
    m_store.queueSearch(int(m_kind == ImportKind::People ? ListKind::People : ListKind::Organisations), m_updated,
                        m_kind == ImportKind::Organisations ? int(ListKind::Concerns) : -1);
}

RecordWriter::Fingerprint RecordWriter::fingerprint(const QString &key)
{
    return {qHash(key, size_t(0x9e3779b97f4a7c15)), qHash(key, size_t(0x2545f4914f6cdd1d))};
}

void RecordWriter::index(const QString &key, qint64 id)
{
    const Fingerprint print = fingerprint(key);
    if (!m_keys.contains(print))
        m_keys.emplace(print, id);
}

void RecordWriter::loadIndex()
{
    if (m_kind == ImportKind::Organisations || m_kind == ImportKind::People) {
        m_keys.reserve(200000);
        m_store.forEachNamed(m_recordKind, [this](const ImportStore::NamedRecord &record) {
            index(u"n|"_s + ValueNormaliser::matchKey(record.name) + u'|' + record.country, record.id);
            if (!record.email.isEmpty())
                index(u"e|"_s + record.email.toLower(), record.id);
            // A file may write the name in the record's own script ("روزن" for ROZAN).
            if (!record.nativeName.isEmpty())
                index(u"n|"_s + ValueNormaliser::matchKey(record.nativeName) + u'|' + record.country, record.id);
        });
    } else if (m_kind == ImportKind::Meetings) {
        m_store.forEachMeeting([this](qint64 id, qint64 group, const QString &date, const QString &topic) {
            index(u"m|%1|%2|%3"_s.arg(group).arg(date, ValueNormaliser::matchKey(topic)), id);
        });
    } else {
        m_store.forEachEventParticipant([this](qint64 id, qint64 event, const QString &email, const QString &name) {
            if (!email.isEmpty())
                index(u"e|%1|%2"_s.arg(event).arg(email.toLower()), id);
            index(u"n|%1|%2"_s.arg(event).arg(ValueNormaliser::matchKey(name)), id);
        });
    }
}

QStringList RecordWriter::keysOf(const NormalisedRow &row) const
{
    QStringList keys;
    switch (m_kind) {
    case ImportKind::Organisations:
    case ImportKind::People:
        keys << u"n|"_s + ValueNormaliser::matchKey(row.value(F::Name)) + u'|' + row.value(F::Country);
        if (row.has(F::Email))
            keys << u"e|"_s + row.value(F::Email).toLower();
        if (row.has(F::NativeName))
            keys << u"n|"_s + ValueNormaliser::matchKey(row.value(F::NativeName)) + u'|' + row.value(F::Country);
        break;
    case ImportKind::Meetings:
        keys << u"m|%1|%2|%3"_s.arg(row.value(F::SupportGroup), row.date.toString(Qt::ISODate),
                                    ValueNormaliser::matchKey(row.value(F::Topic)));
        break;
    case ImportKind::Participants:
        if (row.has(F::Email))
            keys << u"e|%1|%2"_s.arg(row.value(F::Event), row.value(F::Email).toLower());
        keys << u"n|%1|%2"_s.arg(row.value(F::Event), ValueNormaliser::matchKey(row.value(F::Name)));
        break;
    }
    return keys;
}

std::optional<RecordWriter::Match> RecordWriter::findDuplicate(const QStringList &keys) const
{
    for (const QString &key : keys) {
        const auto found = m_keys.constFind(fingerprint(key));
        if (found == m_keys.constEnd())
            continue;
        const bool byEmail = key.startsWith(u"e|"_s);
        QString why = byEmail ? tr("same email") : tr("same name and country");
        if (m_kind == ImportKind::Meetings)
            why = tr("same group, date and topic");
        else if (m_kind == ImportKind::Participants && !byEmail)
            why = tr("same event and name");
        return Match{*found, why};
    }
    return std::nullopt;
}

void RecordWriter::remember(const NormalisedRow &row, const QStringList &keys, qint64 id)
{
    for (const QString &key : keys)
        index(key, id);
    m_writtenLine.insert(id, row.line);
}

std::optional<qint64> RecordWriter::findByName(RecordKind kind, const QString &name, ImportField field,
                                               Outcome &outcome, const QString &what)
{
    const QString cacheKey = QString::number(int(kind)) + u'|';
    if (!m_nameCache.contains(u"#"_s + cacheKey)) {
        m_nameCache.insert(u"#"_s + cacheKey, {});
        m_store.forEachName(kind, [&](qint64 id, const QString &recordName, const QString &alternative) {
            for (const QString *text : {&recordName, &alternative}) {
                if (text->isEmpty())
                    continue;
                const QString key = cacheKey + ValueNormaliser::matchKey(*text);
                if (!m_nameCache[key].contains(id))
                    m_nameCache[key].append(id);
            }
        });
    }
    const QList<qint64> ids = m_nameCache.value(cacheKey + ValueNormaliser::matchKey(name));
    if (ids.size() == 1)
        return ids.first();
    outcome.kind = Outcome::Kind::Rejected;
    outcome.problem.column = -int(field) - 1; // resolved to a column by the caller
    outcome.problem.reason = ids.isEmpty()
                                 ? tr("there is no %1 called “%2” in the database").arg(what, name)
                                 : tr("%1 %2s are called “%3”; rename one first").arg(ids.size()).arg(what, name);
    return std::nullopt;
}

RecordWriter::Outcome RecordWriter::write(const NormalisedRow &input, const Decide &decide)
{
    Outcome outcome;
    NormalisedRow row = input;
    // References to other records are resolved first: duplicates of meetings and participants depend on them.
    qint64 referenceId = 0;
    if (m_kind == ImportKind::Meetings) {
        const auto group = findByName(RecordKind::SupportGroup, row.value(F::SupportGroup), F::SupportGroup, outcome,
                                      tr("support group"));
        if (!group)
            return outcome;
        referenceId = *group;
        row.values[size_t(F::SupportGroup)] = QString::number(referenceId);
    } else if (m_kind == ImportKind::Participants) {
        const auto event = findByName(RecordKind::Event, row.value(F::Event), F::Event, outcome, tr("event"));
        if (!event)
            return outcome;
        referenceId = *event;
        row.values[size_t(F::Event)] = QString::number(referenceId);
    }

    DuplicatePolicy policy = DuplicatePolicy::Create;
    qint64 existing = 0;
    const QStringList keys = keysOf(row);
    if (const auto match = findDuplicate(keys)) {
        DuplicateMatch duplicate;
        duplicate.line = row.line;
        duplicate.name = input.value(m_kind == ImportKind::Meetings ? F::SupportGroup : F::Name);
        duplicate.earlierLine = m_writtenLine.value(match->id);
        duplicate.existingId = match->id;
        duplicate.existingName = m_store.duplicateName(m_recordKind, match->id);
        duplicate.why = match->why;
        policy = decide(duplicate);
        duplicate.applied = policy;
        outcome.duplicate = duplicate;
        existing = match->id;
    }
    if (policy == DuplicatePolicy::Skip) {
        outcome.kind = Outcome::Kind::Skipped;
        if (m_kind == ImportKind::Organisations && m_networkId) {
            // Skipping leaves the organisation as it is; it still joins the network the file is imported into.
            m_store.beginRow();
            try {
                ensureMembership(existing, row, outcome, true);
                if (outcome.kind == Outcome::Kind::Rejected)
                    m_store.rollbackRow();
                m_store.releaseRow();
            } catch (const RuleViolation &error) {
                m_store.rollbackRow();
                m_store.releaseRow();
                outcome.kind = Outcome::Kind::Rejected;
                outcome.joined = false;
                outcome.problem.reason = tr("the database refused the row: %1").arg(error.message());
            }
        }
        return outcome;
    }

    // A row is one statement when it creates an organisation outside a network: atomic by itself. Otherwise a
    // savepoint lets a refused row roll back alone (a savepoint costs a statement journal, hence not always).
    const bool updating = policy == DuplicatePolicy::Update;
    const bool needsSavepoint = updating || m_kind != ImportKind::Organisations || m_networkId != 0;
    if (needsSavepoint)
        m_store.beginRow();
    try {
        const qint64 changesBefore = m_store.totalChanges();
        if (updating)
            update(existing, row, outcome);
        const qint64 id = updating ? existing : create(row, outcome);
        if (outcome.kind != Outcome::Kind::Rejected) {
            outcome.kind = updating ? Outcome::Kind::Updated : Outcome::Kind::Created;
            if (m_kind == ImportKind::Organisations && m_networkId)
                ensureMembership(id, row, outcome);
            // Every change an update makes writes a row (the record, its audit entries, a membership).
            if (updating && outcome.kind == Outcome::Kind::Updated && m_store.totalChanges() == changesBefore)
                outcome.kind = Outcome::Kind::Unchanged;
        }
        if (outcome.kind != Outcome::Kind::Rejected)
            remember(row, keys, id);
        if (needsSavepoint) {
            if (outcome.kind == Outcome::Kind::Rejected)
                m_store.rollbackRow();
            m_store.releaseRow();
        }
    } catch (const RuleViolation &error) {
        if (!needsSavepoint && m_kind == ImportKind::Organisations && !row.focusAreas.isEmpty())
            throw; // cannot happen: focus areas were validated; never leave half a row
        if (needsSavepoint) {
            m_store.rollbackRow();
            m_store.releaseRow();
        }
        outcome.kind = Outcome::Kind::Rejected;
        outcome.problem.reason = tr("the database refused the row: %1").arg(error.message());
    }
    return outcome;
}

FieldValues RecordWriter::fieldValues(const NormalisedRow &row, bool updating) const
{
    FieldValues values = m_writer->values();
    for (const auto &[index, field] : m_columns) {
        // An update leaves the name as it is: the name is how the record was found.
        if (updating && (!row.has(field) || m_writer->entity().fields.at(index).column == u"name"))
            continue;
        values.set(index, row.value(field));
    }
    switch (m_kind) {
    case ImportKind::Organisations:
        if (!updating && !row.has(F::Type))
            values.set(u"type", u"ngo"_s);
        break;
    case ImportKind::People:
        break;
    case ImportKind::Meetings:
        if (!updating) {
            values.set(u"support_group_id", row.value(F::SupportGroup).toLongLong())
                .set(u"meeting_date", row.date.toString(Qt::ISODate));
        }
        if (!updating || row.has(F::Attendance))
            values.set(u"attendance", row.attendance);
        break;
    case ImportKind::Participants:
        if (!updating)
            values.set(u"event_id", row.value(F::Event).toLongLong());
        break;
    }
    return values;
}

qint64 RecordWriter::create(const NormalisedRow &row, Outcome &outcome)
{
    FieldValues values = fieldValues(row, false);
    std::optional<qint64> organisation;
    if ((m_kind == ImportKind::People || m_kind == ImportKind::Participants) && row.has(F::Organisation)) {
        organisation = findByName(RecordKind::Organisation, row.value(F::Organisation), F::Organisation, outcome,
                                  tr("organisation"));
        if (!organisation)
            return 0;
    }
    if (m_kind == ImportKind::Participants) {
        const std::optional<qint64> person =
            row.has(F::Email) ? m_store.personByEmail(row.value(F::Email)) : std::nullopt;
        values.set(u"person_id", person ? QVariant(*person) : QVariant())
            .set(u"organisation_id", organisation ? QVariant(*organisation) : QVariant());
    }
    const qint64 id = m_writer->insert(values);
    if (m_kind == ImportKind::Organisations)
        m_writer->addToSet(id, u"organisation_focus_areas", row.focusAreas);
    if (m_kind == ImportKind::People && organisation)
        m_store.ensureAffiliation(id, *organisation, row.value(F::Role), row.value(F::Title));
    return id;
}

void RecordWriter::update(qint64 id, const NormalisedRow &row, Outcome &outcome)
{
    // As a form's save: the fields that changed are written and audited, one by one.
    if (m_writer->update(id, m_writer->read(id), fieldValues(row, true)))
        m_updated.insert(id);
    if (m_kind == ImportKind::Organisations && !row.focusAreas.isEmpty()) {
        const QStringList before = m_writer->readSet(id, u"organisation_focus_areas");
        QStringList after = before + row.focusAreas;
        after.removeDuplicates();
        m_writer->replaceSet(id, u"organisation_focus_areas", before, after);
    }
    if (m_kind == ImportKind::People && row.has(F::Organisation)) {
        const auto organisation = findByName(RecordKind::Organisation, row.value(F::Organisation), F::Organisation,
                                             outcome, tr("organisation"));
        if (organisation)
            m_store.ensureAffiliation(id, *organisation, row.value(F::Role), row.value(F::Title));
    }
}

void RecordWriter::setMembershipDefaults(const QString &status, const QString &role, const QDate &joined)
{
    if (!status.isEmpty())
        m_defaultStatus = status;
    if (!role.isEmpty())
        m_defaultRole = role;
    m_defaultJoined = joined.isValid() ? joined.toString(Qt::ISODate) : QString();
}

void RecordWriter::ensureMembership(qint64 organisationId, const NormalisedRow &row, Outcome &outcome, bool onlyJoin)
{
    const QString status = row.has(F::MembershipStatus) ? row.value(F::MembershipStatus) : m_defaultStatus;
    const std::optional<ImportStore::Membership> membership = m_store.membership(organisationId, m_networkId);
    if (!membership) {
        const QString date = row.joined.isValid()         ? row.joined.toString(Qt::ISODate)
                             : !m_defaultJoined.isEmpty() ? m_defaultJoined
                                                          : m_today;
        m_store.addMembership(organisationId, m_networkId,
                              row.has(F::MembershipRole) ? row.value(F::MembershipRole) : m_defaultRole, status, date,
                              tr("imported"));
        outcome.joined = true;
        return;
    }
    if (onlyJoin)
        return;
    if (row.has(F::MembershipRole) && row.value(F::MembershipRole) != membership->role)
        m_store.setMembershipRole(*membership, row.value(F::MembershipRole));
    if (!row.has(F::MembershipStatus))
        return;
    const std::optional<ImportStore::Status> latest = m_store.latestStatus(membership->id);
    const QString current = latest ? latest->status : QString();
    const QString since = latest ? latest->since : QString();
    if (current == status)
        return;
    if (since > m_today) {
        outcome.kind = Outcome::Kind::Rejected;
        outcome.problem.column = -int(F::MembershipStatus) - 1;
        outcome.problem.reason = tr("the membership’s latest status change is dated %1, after today").arg(since);
        return;
    }
    m_store.addStatusChange(membership->id, status, m_today, tr("imported"), current);
}

} // namespace AllianceDesk
