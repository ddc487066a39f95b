#include "headermapper.h"

#include "util/countrycatalog.h"

#include <QHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

enum KindMask : unsigned
{
    Orgs = 1,
    People = 2,
    Meetings = 4,
    Participants = 8,
    PersonLike = People | Participants,
    All = 15,
};

struct Synonyms
{
    unsigned kinds;
    ImportField field;
    const char16_t *names; ///< separated by '|'
};

// English | French | Spanish | Portuguese | Russian | Urdu | CiviCRM | KoboToolbox (XML names).
const Synonyms synonymTable[] = {
    {Orgs, ImportField::Name,
     u"name|organisation|organisation name|organization|organization name|org name|org|name of organisation|"
     u"name of organization|nom|nom de l'organisation|organisme|nom de l'organisme|organización|nombre|"
     u"nombre de la organización|organização|nome|nome da organização|название|организация|название организации|"
     u"наименование|наименование организации|نام|تنظیم|تنظیم کا نام|ادارہ|ادارے کا نام|legal name|"
     u"org_name|organisation_name|organization_name"},
    {PersonLike, ImportField::Name,
     u"name|full name|display name|contact name|participant|participant name|nom|nom complet|nombre|"
     u"nombre completo|nome|nome completo|фио|полное имя|نام|پورا نام|full_name|participant_name"},
    {PersonLike, ImportField::FirstName,
     u"first name|given name|prénom|primer nombre|nombre de pila|primeiro nome|имя|پہلا نام|first_name"},
    {PersonLike, ImportField::LastName,
     u"last name|surname|family name|nom de famille|apellido|apellidos|sobrenome|фамилия|آخری نام|خاندانی نام|"
     u"last_name"},
    {Orgs | People, ImportField::NativeName,
     u"native name|local name|name in local language|nom local|nombre local|nome local|местное название|"
     u"название на местном языке|مقامی نام|اردو نام|native_name"},
    {Orgs, ImportField::Acronym,
     u"acronym|abbreviation|short name|sigle|acronyme|sigla|siglas|acrónimo|аббревиатура|сокращение|"
     u"сокращённое название|مخفف|nick name"},
    {Orgs, ImportField::Type,
     u"type|organisation type|organization type|type d'organisation|tipo|tipo de organización|"
     u"tipo de organização|тип|тип организации|قسم|تنظیم کی قسم|contact sub type|org_type"},
    {Orgs | PersonLike, ImportField::Country, u"country|nation|pays|país|pais|страна|ملک|country_name"},
    {Orgs, ImportField::Province,
     u"province|state|region|state/province|état|région|provincia|región|estado|região|область|регион|صوبہ|"
     u"province_name"},
    {Orgs, ImportField::City, u"city|town|ville|ciudad|cidade|город|شہر|city_name"},
    {Orgs, ImportField::Website,
     u"website|web site|web|url|site web|site internet|sitio web|página web|сайт|веб-сайт|ویب سائٹ"},
    {Orgs | PersonLike, ImportField::Email,
     u"email|e-mail|email address|mail|courriel|adresse e-mail|adresse électronique|correo|correo electrónico|"
     u"endereço de e-mail|электронная почта|эл. почта|почта|ای میل|contact_email"},
    {Orgs | People, ImportField::Phone,
     u"phone|telephone|tel|mobile|cell|phone number|téléphone|portable|teléfono|celular|telefone|телефон|"
     u"мобильный|فون|فون نمبر|ٹیلی فون|موبائل|phone_number|contact_phone"},
    {All, ImportField::Notes,
     u"notes|note|comments|comment|remarks|remarques|commentaires|notas|observaciones|comentarios|observações|"
     u"примечания|примечание|комментарий|نوٹس|تبصرہ|کیفیت"},
    {Orgs, ImportField::FocusAreas,
     u"focus areas|focus|thematic areas|themes|domaines|domaines d'intervention|áreas de trabajo|áreas temáticas|"
     u"áreas de atuação|направления|направления работы|توجہ کے شعبے|focus_areas"},
    {Orgs, ImportField::MembershipStatus,
     u"status|membership status|statut|statut d'adhésion|estado de membresía|situação|статус|статус членства|"
     u"حیثیت|رکنیت کی حیثیت|membership_status"},
    {Orgs, ImportField::Joined,
     u"joined|joined on|joined date|date joined|member since|date d'adhésion|adhésion|fecha de ingreso|"
     u"fecha de adhesión|data de adesão|membro desde|дата вступления|член с|شمولیت کی تاریخ|join_date"},
    {Orgs, ImportField::MembershipRole, u"role|membership role|rôle|rol|papel|função|роль|کردار|membership_role"},
    {People | Participants, ImportField::Organisation,
     u"organisation|organization|organisation name|organization name|employer|current employer|affiliation|"
     u"organisme|organización|organização|организация|تنظیم|ادارہ|org_name"},
    {People, ImportField::Title,
     u"title|job title|position|titre|poste|fonction|cargo|puesto|должность|عہدہ|job_title"},
    {People, ImportField::Role, u"role|rôle|rol|papel|роль|کردار"},
    {People, ImportField::Languages,
     u"languages|language|preferred language|langues|langue|idiomas|idioma|línguas|языки|язык|زبانیں|زبان"},
    {Meetings, ImportField::SupportGroup,
     u"support group|group|group name|groupe|groupe de soutien|grupo|grupo de apoyo|grupo de apoio|группа|"
     u"группа поддержки|گروپ|سپورٹ گروپ|group_name|support_group"},
    {Meetings, ImportField::Date,
     u"date|meeting date|date de réunion|fecha|fecha de reunión|data|data da reunião|дата|дата встречи|تاریخ|"
     u"meeting_date|today"},
    {Meetings, ImportField::Topic, u"topic|subject|theme|sujet|thème|tema|assunto|тема|موضوع|meeting_topic"},
    {Meetings, ImportField::Attendance,
     u"attendance|attendees|participants|present|number of participants|présence|présents|participants présents|"
     u"asistencia|asistentes|participantes|presença|presentes|участники|присутствовало|число участников|حاضری|"
     u"شرکاء|no_participants|attendance_count"},
    {Participants, ImportField::Event,
     u"event|event name|événement|evento|nombre del evento|мероприятие|событие|تقریب|ایونٹ|event_name"},
};

unsigned maskOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return Orgs;
    case ImportKind::People:
        return People;
    case ImportKind::Meetings:
        return Meetings;
    case ImportKind::Participants:
        return Participants;
    }
    return 0;
}

QString headerKey(const QString &header)
{
    // KoboToolbox prefixes the groups of a form: "group_contact/email".
    const qsizetype slash = header.lastIndexOf(u'/');
    const QString last = slash >= 0 && slash + 1 < header.size() ? header.mid(slash + 1) : header;
    return CountryCatalog::lookupKey(last);
}

/// lookup key -> field, one table per kind.
const QHash<QString, ImportField> &tableFor(ImportKind kind)
{
    static const auto tables = [] {
        std::array<QHash<QString, ImportField>, 4> result;
        for (int k = 0; k < 4; ++k) {
            const unsigned mask = 1U << k;
            for (const Synonyms &entry : synonymTable) {
                if (!(entry.kinds & mask))
                    continue;
                for (const QString &name : QString::fromUtf16(entry.names).split(u'|')) {
                    const QString key = headerKey(name);
                    if (!result[k].contains(key))
                        result[k].insert(key, entry.field);
                }
            }
        }
        return result;
    }();
    unsigned mask = maskOf(kind);
    int index = 0;
    while (mask > 1) {
        mask >>= 1;
        ++index;
    }
    return tables[index];
}

} // namespace

std::optional<ImportField> HeaderMapper::fieldFor(ImportKind kind, const QString &header)
{
    const QHash<QString, ImportField> &table = tableFor(kind);
    const auto found = table.constFind(headerKey(header));
    if (found != table.constEnd())
        return *found;
    return std::nullopt;
}

ColumnMapping HeaderMapper::map(ImportKind kind, const QStringList &headers)
{
    ColumnMapping mapping;
    QList<ImportField> taken;
    for (const QString &header : headers) {
        std::optional<ImportField> field = fieldFor(kind, header);
        if (field && taken.contains(*field))
            field.reset();
        if (field)
            taken.append(*field);
        mapping.append(field);
    }
    return mapping;
}

QStringList HeaderMapper::applyOverrides(ImportKind kind, const QStringList &headers,
                                         const QList<QPair<QString, QString>> &overrides, ColumnMapping &mapping)
{
    QStringList unknown;
    const QList<ImportField> allowed = ImportFields::forKind(kind);
    for (const auto &[header, code] : overrides) {
        qsizetype column = headers.indexOf(header);
        if (column < 0) {
            // Also accept the header as folded ("E-mail" for "email"), and a 1-based column number.
            for (qsizetype i = 0; i < headers.size() && column < 0; ++i) {
                if (headerKey(headers.at(i)) == headerKey(header) && !headerKey(header).isEmpty())
                    column = i;
            }
            bool isNumber = false;
            const int number = header.toInt(&isNumber);
            if (column < 0 && isNumber && number >= 1 && number <= headers.size())
                column = number - 1;
        }
        if (column < 0) {
            unknown.append(header);
            continue;
        }
        std::optional<ImportField> field;
        if (!code.isEmpty() && code.compare(u"ignore"_s, Qt::CaseInsensitive) != 0) {
            field = ImportFields::fromCode(code);
            if (!field || !allowed.contains(*field)) {
                unknown.append(header + u'=' + code);
                continue;
            }
            // The field moves to this column.
            for (auto &other : mapping) {
                if (other == field)
                    other.reset();
            }
        }
        mapping[column] = field;
    }
    return unknown;
}

QString HeaderMapper::describe(const QStringList &headers, const ColumnMapping &mapping)
{
    QJsonObject object;
    for (qsizetype i = 0; i < headers.size() && i < mapping.size(); ++i)
        object.insert(headers.at(i), mapping.at(i) ? ImportFields::code(*mapping.at(i)) : u"ignore"_s);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace AllianceDesk
