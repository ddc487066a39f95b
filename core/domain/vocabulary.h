#pragma once

#include <QString>
#include <QStringList>

namespace AllianceDesk::Vocabulary {

/// The closed lists of the alliance model. Codes are stored; labels are shown (translated).
enum class Kind
{
    NetworkLevel,
    NetworkStatus,
    OrganisationType,
    FocusArea,
    MembershipStatus,
    MembershipRole,
    Approach,
    EcologicalLevel,
    SupportGroupStatus,
    EventKind,
    ConcernCategory,
    ConcernStatus,
    DatePrecision,
};

QStringList codes(Kind kind);
bool isValid(Kind kind, const QString &code);
/// The label in the UI language; an unknown code is returned as it is.
QString label(Kind kind, const QString &code);
/// What the list is called, for messages ("network level").
QString kindName(Kind kind);

} // namespace AllianceDesk::Vocabulary
