#include "importfield.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

struct FieldInfo
{
    ImportField field;
    const char16_t *code;
    const char *label;
};

const FieldInfo fieldInfo[] = {
    {ImportField::Name, u"name", QT_TRANSLATE_NOOP("ImportFields", "Name")},
    {ImportField::FirstName, u"first_name", QT_TRANSLATE_NOOP("ImportFields", "First name")},
    {ImportField::LastName, u"last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name")},
    {ImportField::NativeName, u"native_name", QT_TRANSLATE_NOOP("ImportFields", "Name in its own script")},
    {ImportField::Acronym, u"acronym", QT_TRANSLATE_NOOP("ImportFields", "Acronym")},
    {ImportField::Type, u"type", QT_TRANSLATE_NOOP("ImportFields", "Type")},
    {ImportField::Country, u"country", QT_TRANSLATE_NOOP("ImportFields", "Country")},
    {ImportField::Province, u"province", QT_TRANSLATE_NOOP("ImportFields", "Province or state")},
    {ImportField::City, u"city", QT_TRANSLATE_NOOP("ImportFields", "City")},
    {ImportField::Website, u"website", QT_TRANSLATE_NOOP("ImportFields", "Website")},
    {ImportField::Email, u"email", QT_TRANSLATE_NOOP("ImportFields", "Email")},
    {ImportField::Phone, u"phone", QT_TRANSLATE_NOOP("ImportFields", "Phone")},
    {ImportField::Notes, u"notes", QT_TRANSLATE_NOOP("ImportFields", "Notes")},
    {ImportField::FocusAreas, u"focus_areas", QT_TRANSLATE_NOOP("ImportFields", "Focus areas")},
    {ImportField::MembershipStatus, u"membership_status", QT_TRANSLATE_NOOP("ImportFields", "Membership status")},
    {ImportField::Joined, u"joined", QT_TRANSLATE_NOOP("ImportFields", "Joined on")},
    {ImportField::MembershipRole, u"membership_role", QT_TRANSLATE_NOOP("ImportFields", "Role in the network")},
    {ImportField::Organisation, u"organisation", QT_TRANSLATE_NOOP("ImportFields", "Organisation")},
    {ImportField::Title, u"title", QT_TRANSLATE_NOOP("ImportFields", "Title")},
    {ImportField::Role, u"role", QT_TRANSLATE_NOOP("ImportFields", "Role")},
    {ImportField::Languages, u"languages", QT_TRANSLATE_NOOP("ImportFields", "Languages")},
    {ImportField::SupportGroup, u"support_group", QT_TRANSLATE_NOOP("ImportFields", "Support group")},
    {ImportField::Date, u"date", QT_TRANSLATE_NOOP("ImportFields", "Date")},
    {ImportField::Topic, u"topic", QT_TRANSLATE_NOOP("ImportFields", "Topic")},
    {ImportField::Attendance, u"attendance", QT_TRANSLATE_NOOP("ImportFields", "Attendance")},
    {ImportField::Event, u"event", QT_TRANSLATE_NOOP("ImportFields", "Event")},
};

} // namespace

QList<ImportField> ImportFields::forKind(ImportKind kind)
{
    using F = ImportField;
    switch (kind) {
    case ImportKind::Organisations:
        return {F::Name,       F::NativeName, F::Acronym,          F::Type,   F::Country,
                F::Province,   F::City,       F::Website,          F::Email,  F::Phone,
                F::FocusAreas, F::Notes,      F::MembershipStatus, F::Joined, F::MembershipRole};
    case ImportKind::People:
        return {F::Name,    F::FirstName, F::LastName,     F::NativeName, F::Email, F::Phone,
                F::Country, F::Languages, F::Organisation, F::Title,      F::Role,  F::Notes};
    case ImportKind::Meetings:
        return {F::SupportGroup, F::Date, F::Topic, F::Attendance, F::Notes};
    case ImportKind::Participants:
        return {F::Event, F::Name, F::FirstName, F::LastName, F::Email, F::Organisation, F::Country};
    }
    return {};
}

QString ImportFields::code(ImportField field)
{
    return QString::fromUtf16(fieldInfo[int(field)].code);
}

std::optional<ImportField> ImportFields::fromCode(const QString &code)
{
    for (const FieldInfo &info : fieldInfo) {
        if (QStringView(code).trimmed().compare(QStringView(info.code), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return std::nullopt;
}

QString ImportFields::label(ImportField field)
{
    return QCoreApplication::translate("ImportFields", fieldInfo[int(field)].label);
}

bool ImportFields::isRequired(ImportKind kind, ImportField field)
{
    switch (kind) {
    case ImportKind::Organisations:
    case ImportKind::People:
        return field == ImportField::Name;
    case ImportKind::Meetings:
        return field == ImportField::SupportGroup || field == ImportField::Date || field == ImportField::Attendance;
    case ImportKind::Participants:
        return field == ImportField::Event || field == ImportField::Name;
    }
    return false;
}

} // namespace AllianceDesk
