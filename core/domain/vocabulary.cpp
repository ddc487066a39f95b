#include "vocabulary.h"

#include <QCoreApplication>

#include <span>

namespace AllianceDesk::Vocabulary {

namespace {

struct Entry
{
    const char *code;
    const char *label;
};

#define AD_TERM(code, label)                                                                                           \
    {                                                                                                                  \
        code, QT_TRANSLATE_NOOP("Vocabulary", label)                                                                   \
    }

constexpr Entry networkLevels[] = {AD_TERM("global", "Global"), AD_TERM("regional", "Regional"),
                                   AD_TERM("national", "National"), AD_TERM("subnational", "Sub-national"),
                                   AD_TERM("local", "Local")};
constexpr Entry networkStatuses[] = {AD_TERM("active", "Active"), AD_TERM("dormant", "Dormant"),
                                     AD_TERM("closed", "Closed")};
constexpr Entry organisationTypes[] = {AD_TERM("ngo", "NGO / CSO"),       AD_TERM("ingo", "International NGO"),
                                       AD_TERM("un_agency", "UN agency"), AD_TERM("government", "Government"),
                                       AD_TERM("academic", "Academic"),   AD_TERM("donor", "Donor"),
                                       AD_TERM("network", "Network"),     AD_TERM("other", "Other")};
constexpr Entry focusAreas[] = {AD_TERM("gbv_prevention", "GBV prevention"),
                                AD_TERM("srhr", "SRHR"),
                                AD_TERM("hiv_aids", "HIV/AIDS"),
                                AD_TERM("unpaid_care_fatherhood", "Unpaid care and fatherhood"),
                                AD_TERM("peace_security", "Peace and security"),
                                AD_TERM("child_protection", "Child protection"),
                                AD_TERM("lgbtiq_rights", "LGBTIQ rights"),
                                AD_TERM("womens_rights", "Women's rights"),
                                AD_TERM("youth", "Youth"),
                                AD_TERM("research", "Research"),
                                AD_TERM("other", "Other")};
constexpr Entry membershipStatuses[] = {AD_TERM("applicant", "Applicant"), AD_TERM("active", "Active"),
                                        AD_TERM("suspended", "Suspended"), AD_TERM("lapsed", "Lapsed"),
                                        AD_TERM("withdrawn", "Withdrawn")};
constexpr Entry membershipRoles[] = {AD_TERM("member", "Member"), AD_TERM("steering_committee", "Steering committee"),
                                     AD_TERM("co_chair", "Co-chair"), AD_TERM("board", "Board"),
                                     AD_TERM("secretariat_host", "Secretariat host")};
constexpr Entry approaches[] = {AD_TERM("exploitative", "Gender exploitative"), AD_TERM("neutral", "Gender neutral"),
                                AD_TERM("sensitive", "Gender sensitive"),
                                AD_TERM("transformative", "Gender transformative")};
constexpr Entry ecologicalLevels[] = {AD_TERM("individual", "Individual"), AD_TERM("relationship", "Relationship"),
                                      AD_TERM("community", "Community"), AD_TERM("institutional", "Institutional"),
                                      AD_TERM("policy", "Policy")};
constexpr Entry supportGroupStatuses[] = {AD_TERM("forming", "Forming"), AD_TERM("active", "Active"),
                                          AD_TERM("paused", "Paused"), AD_TERM("closed", "Closed")};
constexpr Entry eventKinds[] = {AD_TERM("symposium", "Symposium"), AD_TERM("webinar", "Webinar"),
                                AD_TERM("training", "Training"),   AD_TERM("dialogue", "Dialogue"),
                                AD_TERM("meeting", "Meeting"),     AD_TERM("conference", "Conference"),
                                AD_TERM("other", "Other")};
constexpr Entry concernCategories[] = {AD_TERM("accountability_to_womens_rights", "Accountability to women's rights"),
                                       AD_TERM("harassment", "Harassment"),
                                       AD_TERM("discrimination", "Discrimination"),
                                       AD_TERM("misuse_of_funds", "Misuse of funds"),
                                       AD_TERM("misrepresentation", "Misrepresentation"),
                                       AD_TERM("safeguarding", "Safeguarding"),
                                       AD_TERM("other", "Other")};
constexpr Entry concernStatuses[] = {AD_TERM("received", "Received"), AD_TERM("under_review", "Under review"),
                                     AD_TERM("resolved", "Resolved"), AD_TERM("dismissed", "Dismissed")};
constexpr Entry datePrecisions[] = {AD_TERM("day", "Day"), AD_TERM("month", "Month"), AD_TERM("year", "Year")};

#undef AD_TERM

std::span<const Entry> entries(Kind kind)
{
    switch (kind) {
    case Kind::NetworkLevel:
        return networkLevels;
    case Kind::NetworkStatus:
        return networkStatuses;
    case Kind::OrganisationType:
        return organisationTypes;
    case Kind::FocusArea:
        return focusAreas;
    case Kind::MembershipStatus:
        return membershipStatuses;
    case Kind::MembershipRole:
        return membershipRoles;
    case Kind::Approach:
        return approaches;
    case Kind::EcologicalLevel:
        return ecologicalLevels;
    case Kind::SupportGroupStatus:
        return supportGroupStatuses;
    case Kind::EventKind:
        return eventKinds;
    case Kind::ConcernCategory:
        return concernCategories;
    case Kind::ConcernStatus:
        return concernStatuses;
    case Kind::DatePrecision:
        return datePrecisions;
    }
    return {};
}

} // namespace

QStringList codes(Kind kind)
{
    QStringList result;
    for (const Entry &entry : entries(kind))
        result << QString::fromLatin1(entry.code);
    return result;
}

bool isValid(Kind kind, const QString &code)
{
    for (const Entry &entry : entries(kind)) {
        if (code == QLatin1StringView(entry.code))
            return true;
    }
    return false;
}

QString label(Kind kind, const QString &code)
{
    for (const Entry &entry : entries(kind)) {
        if (code == QLatin1StringView(entry.code))
            return QCoreApplication::translate("Vocabulary", entry.label);
    }
    return code;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::NetworkLevel:
        return QCoreApplication::translate("Vocabulary", "network level");
    case Kind::NetworkStatus:
        return QCoreApplication::translate("Vocabulary", "network status");
    case Kind::OrganisationType:
        return QCoreApplication::translate("Vocabulary", "organisation type");
    case Kind::FocusArea:
        return QCoreApplication::translate("Vocabulary", "focus area");
    case Kind::MembershipStatus:
        return QCoreApplication::translate("Vocabulary", "membership status");
    case Kind::MembershipRole:
        return QCoreApplication::translate("Vocabulary", "membership role");
    case Kind::Approach:
        return QCoreApplication::translate("Vocabulary", "approach");
    case Kind::EcologicalLevel:
        return QCoreApplication::translate("Vocabulary", "socio-ecological level");
    case Kind::SupportGroupStatus:
        return QCoreApplication::translate("Vocabulary", "support group status");
    case Kind::EventKind:
        return QCoreApplication::translate("Vocabulary", "event kind");
    case Kind::ConcernCategory:
        return QCoreApplication::translate("Vocabulary", "concern category");
    case Kind::ConcernStatus:
        return QCoreApplication::translate("Vocabulary", "concern status");
    case Kind::DatePrecision:
        return QCoreApplication::translate("Vocabulary", "date precision");
    }
    return {};
}

} // namespace AllianceDesk::Vocabulary
