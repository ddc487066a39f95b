#include "catalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

#define AD_LABEL(text) QT_TRANSLATE_NOOP("Catalogue", text)

using Flag = FieldFlag;
using Type = FieldType;
using Kind = Vocabulary::Kind;

constexpr FieldFlags Required = Flag::Required;
constexpr FieldFlags Protected = Flag::Protected;
constexpr FieldFlags Searchable = Flag::Searchable;
constexpr FieldFlags Listed = Flag::Listed;
constexpr FieldFlags Importable = Flag::Importable;
constexpr FieldFlags NameGiving = Flag::NameGiving;

FieldDescription field(const char *column, const char *label, Type type, FieldFlags flags = {})
{
    return FieldDescription{QString::fromLatin1(column), label, type, flags};
}

FieldDescription code(const char *column, const char *label, Kind vocabulary, FieldFlags flags = {})
{
    FieldDescription result = field(column, label, Type::Code, flags);
    result.vocabulary = vocabulary;
    return result;
}

FieldDescription reference(const char *column, const char *label, RecordKind to, FieldFlags flags = {})
{
    FieldDescription result = field(column, label, Type::Reference, flags);
    result.references = to;
    return result;
}

EntityDescription entity(RecordKind kind, const char *table, const char *singular, const char *plural,
                         const char *title, QList<FieldDescription> fields, bool versioned, bool sampled)
{
    return EntityDescription{
        kind, QString::fromLatin1(table), singular, plural, title, std::move(fields), {}, {}, versioned, sampled};
}

EntityDescription withSets(EntityDescription description, QList<SetDescription> sets)
{
    description.sets = std::move(sets);
    return description;
}

SetDescription set(const char *table, const char *owner, const char *value, const char *label,
                   std::optional<Kind> vocabulary = std::nullopt, bool ordered = false)
{
    return SetDescription{
        QString::fromLatin1(table), QString::fromLatin1(owner), QString::fromLatin1(value), label, vocabulary, ordered};
}

EntityDescription named(EntityDescription description, const char *format, QStringList parts)
{
    description.naming = RecordNaming{format, std::move(parts), false};
    return description;
}

EntityDescription anonymous(EntityDescription description)
{
    description.naming.anonymous = true;
    return description;
}

// The order of the fields is the order of the forms and of the lists' own columns.
QList<EntityDescription> buildCatalogue()
{
    QList<EntityDescription> all;
    all << withSets(entity(RecordKind::Network, "networks", AD_LABEL("network"), AD_LABEL("networks"),
                           AD_LABEL("Network"),
                           {
                               field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed),
                               field("native_name", AD_LABEL("Name in own script"), Type::Text, Searchable | Listed),
                               field("acronym", AD_LABEL("Acronym"), Type::Text, Searchable | Listed),
                               code("level", AD_LABEL("Level"), Kind::NetworkLevel, Required | Listed),
                               reference("parent_id", AD_LABEL("Parent network"), RecordKind::Network, Listed),
                               field("country", AD_LABEL("Country"), Type::Country, Listed),
                               field("region", AD_LABEL("Region"), Type::Text, Searchable | Listed),
                               field("founded", AD_LABEL("Founded"), Type::Date, Listed),
                               field("website", AD_LABEL("Website"), Type::Url, Listed),
                               code("status", AD_LABEL("Status"), Kind::NetworkStatus, Required | Listed),
                               field("goal_long_term", AD_LABEL("Long-term goal"), Type::LongText),
                               field("goal_short_term", AD_LABEL("Short-term goal"), Type::LongText),
                               field("notes", AD_LABEL("Notes"), Type::LongText, Searchable),
                           },
                           true, true),
                    {set("network_strategies", "network_id", "strategy", AD_LABEL("Strategies"), std::nullopt, true)});
    all << withSets(
        entity(
            RecordKind::Organisation, "organisations", AD_LABEL("organisation"), AD_LABEL("organisations"),
            AD_LABEL("Organisation"),
            {
                field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed | Importable),
                field("native_name", AD_LABEL("Name in own script"), Type::Text, Searchable | Listed | Importable),
                field("acronym", AD_LABEL("Acronym"), Type::Text, Searchable | Listed | Importable),
                code("type", AD_LABEL("Type"), Kind::OrganisationType, Required | Listed | Importable),
                field("country", AD_LABEL("Country"), Type::Country, Listed | Importable),
                field("province", AD_LABEL("Province"), Type::Text, Listed | Importable),
                field("city", AD_LABEL("City"), Type::Text, Searchable | Listed | Importable),
                field("website", AD_LABEL("Website"), Type::Url, Listed | Importable),
                field("email", AD_LABEL("Email"), Type::Email, Searchable | Listed | Importable),
                field("phone", AD_LABEL("Phone"), Type::Phone, Listed | Importable),
                field("notes", AD_LABEL("Notes"), Type::LongText, Searchable | Importable),
            },
            true, true),
        {set("organisation_focus_areas", "organisation_id", "focus_area", AD_LABEL("Focus areas"), Kind::FocusArea)});
    all << entity(
        RecordKind::Person, "people", AD_LABEL("person"), AD_LABEL("people"), AD_LABEL("Person"),
        {
            field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed | Importable),
            field("native_name", AD_LABEL("Name in own script"), Type::Text, Searchable | Listed | Importable),
            field("email", AD_LABEL("Email"), Type::Email, Searchable | Listed | Importable),
            field("phone", AD_LABEL("Phone"), Type::Phone, Listed | Importable),
            field("languages", AD_LABEL("Languages"), Type::Text, Listed | Importable),
            field("country", AD_LABEL("Country"), Type::Country, Listed | Importable),
            field("notes", AD_LABEL("Notes"), Type::LongText, Searchable | Importable),
        },
        true, true);
    all << named(entity(RecordKind::Affiliation, "affiliations", AD_LABEL("affiliation"), AD_LABEL("affiliations"),
                        AD_LABEL("Affiliation"),
                        {
                            reference("person_id", AD_LABEL("Person"), RecordKind::Person, Required),
                            reference("organisation_id", AD_LABEL("Organisation"), RecordKind::Organisation, Required),
                            field("role", AD_LABEL("Role"), Type::Text),
                            field("title", AD_LABEL("Title"), Type::Text),
                            field("start_date", AD_LABEL("From"), Type::Date),
                            field("end_date", AD_LABEL("Until"), Type::Date),
                        },
                        false, false),
                 AD_LABEL("%1 at %2"), {u"person_id"_s, u"organisation_id"_s});
    all << named(
        entity(RecordKind::Membership, "memberships", AD_LABEL("membership"), AD_LABEL("memberships"),
               AD_LABEL("Membership"),
               {
                   reference("organisation_id", AD_LABEL("Organisation"), RecordKind::Organisation, Required | Listed),
                   reference("network_id", AD_LABEL("Network"), RecordKind::Network, Required | Listed),
                   code("role", AD_LABEL("Role"), Kind::MembershipRole, Required | Listed),
                   field("coc_signed", AD_LABEL("Code of conduct signed"), Type::Date, Listed),
                   field("notes", AD_LABEL("Notes"), Type::LongText),
               },
               true, false),
        AD_LABEL("%1 in %2"), {u"organisation_id"_s, u"network_id"_s});
    all << anonymous(entity(RecordKind::MembershipStatusChange, "membership_status_changes",
                            AD_LABEL("membership status change"), AD_LABEL("membership status changes"),
                            AD_LABEL("Membership status change"),
                            {
                                reference("membership_id", AD_LABEL("Membership"), RecordKind::Membership, Required),
                                code("status", AD_LABEL("Status"), Kind::MembershipStatus, Required),
                                field("effective_date", AD_LABEL("Effective"), Type::Date, Required),
                                field("reason", AD_LABEL("Reason"), Type::Text),
                            },
                            false, false));
    all << named(entity(RecordKind::SecretariatTerm, "secretariat_terms", AD_LABEL("secretariat term"),
                        AD_LABEL("secretariat terms"), AD_LABEL("Secretariat term"),
                        {
                            reference("network_id", AD_LABEL("Network"), RecordKind::Network, Required | Listed),
                            reference("organisation_id", AD_LABEL("Host"), RecordKind::Organisation, Required | Listed),
                            field("start_date", AD_LABEL("From"), Type::Date, Required | Listed),
                            field("end_date", AD_LABEL("Until"), Type::Date, Listed),
                            code("date_precision", AD_LABEL("Dates known to the"), Kind::DatePrecision, Required),
                            field("notes", AD_LABEL("Notes"), Type::LongText, Searchable),
                        },
                        true, false),
                 AD_LABEL("%1 hosting %2"), {u"organisation_id"_s, u"network_id"_s});
    all << withSets(
        entity(RecordKind::Program, "programs", AD_LABEL("program"), AD_LABEL("programs"), AD_LABEL("Program"),
               {
                   field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed),
                   field("native_name", AD_LABEL("Name in own script"), Type::Text, Searchable | Listed),
                   field("acronym", AD_LABEL("Acronym"), Type::Text, Searchable | Listed),
                   reference("network_id", AD_LABEL("Network"), RecordKind::Network, Listed),
                   reference("lead_organisation_id", AD_LABEL("Lead organisation"), RecordKind::Organisation,
                             Required | Listed),
                   code("approach", AD_LABEL("Approach"), Kind::Approach, Listed),
                   field("start_date", AD_LABEL("Start"), Type::Date),
                   field("end_date", AD_LABEL("End"), Type::Date),
                   field("description", AD_LABEL("Description"), Type::LongText, Searchable),
               },
               true, true),
        {SetDescription{u"program_partners"_s, u"program_id"_s, u"organisation_id"_s, AD_LABEL("Partners"),
                        std::nullopt, false, AD_LABEL("program partnership"), AD_LABEL("program partnerships")},
         set("program_themes", "program_id", "theme", AD_LABEL("Themes")),
         set("program_levels", "program_id", "level", AD_LABEL("Ecological levels"), Kind::EcologicalLevel)});
    all << anonymous(entity(RecordKind::ReachReport, "reach_reports", AD_LABEL("reach report"),
                            AD_LABEL("reach reports"), AD_LABEL("Reach report"),
                            {
                                reference("program_id", AD_LABEL("Program"), RecordKind::Program, Required),
                                field("period_start", AD_LABEL("Period from"), Type::Date, Required),
                                field("period_end", AD_LABEL("Period until"), Type::Date, Required),
                                field("villages", AD_LABEL("Villages"), Type::Integer),
                                field("districts", AD_LABEL("Districts"), Type::Integer),
                                field("institutions", AD_LABEL("Institutions"), Type::Integer),
                                field("participants", AD_LABEL("Participants"), Type::Integer),
                                field("note", AD_LABEL("Note"), Type::Text),
                            },
                            false, false));
    all << anonymous(entity(RecordKind::ProgramPlace, "program_places", AD_LABEL("program place"),
                            AD_LABEL("program places"), AD_LABEL("Program place"),
                            {
                                reference("program_id", AD_LABEL("Program"), RecordKind::Program, Required),
                                field("country", AD_LABEL("Country"), Type::Country, Required),
                                field("province", AD_LABEL("Province"), Type::Text),
                                field("district", AD_LABEL("District"), Type::Text),
                            },
                            false, false));
    all << entity(RecordKind::SupportGroup, "support_groups", AD_LABEL("support group"), AD_LABEL("support groups"),
                  AD_LABEL("Support group"),
                  {
                      reference("program_id", AD_LABEL("Program"), RecordKind::Program, Required | Listed),
                      field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed),
                      field("country", AD_LABEL("Country"), Type::Country, Listed),
                      field("province", AD_LABEL("Province"), Type::Text, Searchable | Listed),
                      field("district", AD_LABEL("District"), Type::Text, Searchable | Listed),
                      reference("facilitator_id", AD_LABEL("Facilitator"), RecordKind::Person),
                      field("founded", AD_LABEL("Founded"), Type::Date, Listed),
                      code("status", AD_LABEL("Status"), Kind::SupportGroupStatus, Required | Listed),
                  },
                  true, true);
    all << named(entity(RecordKind::Meeting, "meetings", AD_LABEL("meeting"), AD_LABEL("meetings"), AD_LABEL("Meeting"),
                        {
                            reference("support_group_id", AD_LABEL("Support group"), RecordKind::SupportGroup,
                                      Required | Listed),
                            field("meeting_date", AD_LABEL("Date"), Type::Date, Required | Listed),
                            field("topic", AD_LABEL("Topic"), Type::Text, Searchable | Listed),
                            field("attendance", AD_LABEL("Attendance"), Type::Integer, Required | Listed),
                            field("notes", AD_LABEL("Notes"), Type::LongText),
                        },
                        false, false),
                 AD_LABEL("%1 on %2"), {u"support_group_id"_s, u"meeting_date"_s});
    all << anonymous(
        entity(RecordKind::Participant, "participants", AD_LABEL("support-group participant"),
               AD_LABEL("support-group participants"), AD_LABEL("Support-group participant"),
               {
                   reference("support_group_id", AD_LABEL("Support group"), RecordKind::SupportGroup, Required),
                   field("code", AD_LABEL("Code"), Type::Text, Required),
                   field("identity", AD_LABEL("Identity"), Type::Text, Protected),
                   field("joined", AD_LABEL("Joined"), Type::Date),
               },
               false, false));
    all << entity(RecordKind::Event, "events", AD_LABEL("event"), AD_LABEL("events"), AD_LABEL("Event"),
                  {
                      field("name", AD_LABEL("Name"), Type::Text, Required | NameGiving | Searchable | Listed),
                      code("kind", AD_LABEL("Kind"), Kind::EventKind, Required | Listed),
                      field("start_date", AD_LABEL("Start"), Type::Date, Required | Listed),
                      field("end_date", AD_LABEL("End"), Type::Date, Listed),
                      field("city", AD_LABEL("City"), Type::Text, Searchable | Listed),
                      field("country", AD_LABEL("Country"), Type::Country, Listed),
                      field("online", AD_LABEL("Online"), Type::Boolean, Required | Listed),
                      reference("organiser_id", AD_LABEL("Organiser"), RecordKind::Organisation),
                      reference("network_id", AD_LABEL("Network"), RecordKind::Network, Listed),
                      field("participant_count", AD_LABEL("Participants"), Type::Integer, Listed),
                      field("country_count", AD_LABEL("Countries"), Type::Integer, Listed),
                      field("description", AD_LABEL("Description"), Type::LongText, Searchable),
                  },
                  true, true);
    all << anonymous(entity(RecordKind::EventParticipant, "event_participants", AD_LABEL("event participant"),
                            AD_LABEL("event participants"), AD_LABEL("Event participant"),
                            {
                                reference("event_id", AD_LABEL("Event"), RecordKind::Event, Required),
                                reference("person_id", AD_LABEL("Person"), RecordKind::Person),
                                field("name", AD_LABEL("Name"), Type::Text),
                                reference("organisation_id", AD_LABEL("Organisation"), RecordKind::Organisation),
                                field("country", AD_LABEL("Country"), Type::Country),
                            },
                            false, false));
    all << anonymous(
        entity(RecordKind::Concern, "concerns", AD_LABEL("conduct concern"), AD_LABEL("conduct concerns"),
               AD_LABEL("Conduct concern"),
               {
                   reference("organisation_id", AD_LABEL("Organisation"), RecordKind::Organisation, Required | Listed),
                   reference("network_id", AD_LABEL("Network"), RecordKind::Network, Listed),
                   field("received_date", AD_LABEL("Received"), Type::Date, Required | Listed),
                   code("category", AD_LABEL("Category"), Kind::ConcernCategory, Required | Listed),
                   code("status", AD_LABEL("Status"), Kind::ConcernStatus, Required | Listed),
                   field("summary", AD_LABEL("Summary"), Type::LongText, Protected),
                   field("actions", AD_LABEL("Actions taken"), Type::LongText, Protected),
                   field("confidential_notes", AD_LABEL("Confidential notes"), Type::LongText, Protected),
                   field("closed_date", AD_LABEL("Closed"), Type::Date, Listed),
               },
               true, true));
    return all;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("Catalogue", text);
}

} // namespace

QString FieldDescription::translatedLabel() const
{
    return translate(label);
}

const FieldDescription *EntityDescription::field(QStringView column) const
{
    for (const FieldDescription &description : fields) {
        if (description.column == column)
            return &description;
    }
    return nullptr;
}

QString EntityDescription::nameColumn() const
{
    for (const FieldDescription &description : fields) {
        if (description.is(FieldFlag::NameGiving))
            return description.column;
    }
    return {};
}

QList<const FieldDescription *> EntityDescription::fieldsWith(FieldFlag flag) const
{
    QList<const FieldDescription *> result;
    for (const FieldDescription &description : fields) {
        if (description.is(flag))
            result << &description;
    }
    return result;
}

QString EntityDescription::translatedSingular() const
{
    return translate(singular);
}

QString EntityDescription::translatedPlural() const
{
    return translate(plural);
}

QString EntityDescription::translatedTitle() const
{
    return translate(title);
}

QString SetDescription::translatedLabel() const
{
    return translate(label);
}

QString SetDescription::translatedSingular() const
{
    return singular ? translate(singular) : translatedLabel();
}

QString SetDescription::translatedPlural() const
{
    return plural ? translate(plural) : translatedLabel();
}

namespace Catalogue {

const QList<EntityDescription> &entities()
{
    static const QList<EntityDescription> catalogue = [] {
        QList<EntityDescription> all = buildCatalogue();
        // The record kinds whose lists are long enough to need their names' keys indexed (data format 8).
        for (EntityDescription &entity : all) {
            entity.sortKeyed = entity.kind == RecordKind::Network || entity.kind == RecordKind::Organisation ||
                               entity.kind == RecordKind::Person;
        }
        return all;
    }();
    return catalogue;
}

const EntityDescription &entity(RecordKind kind)
{
    for (const EntityDescription &description : entities()) {
        if (description.kind == kind)
            return description;
    }
    Q_UNREACHABLE();
}

const EntityDescription &forList(ListKind kind)
{
    // The lists are named after their tables ("support-groups" lists support_groups).
    const EntityDescription *description = forTable(listKindName(kind).replace(u'-', u'_'));
    Q_ASSERT(description);
    return *description;
}

const EntityDescription *ownerOfSet(QStringView table)
{
    for (const EntityDescription &description : entities()) {
        for (const SetDescription &set : description.sets) {
            if (set.table == table)
                return &description;
        }
    }
    return nullptr;
}

const EntityDescription *forTable(QStringView table)
{
    for (const EntityDescription &description : entities()) {
        if (description.table == table)
            return &description;
    }
    return nullptr;
}

bool isProtected(QStringView table, QStringView column)
{
    const EntityDescription *description = forTable(table);
    const FieldDescription *field = description ? description->field(column) : nullptr;
    return field && field->is(FieldFlag::Protected);
}

} // namespace Catalogue

} // namespace AllianceDesk
