#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace AllianceDesk {

/**
 * The lists a user can browse, search and export. The values are stored (the search index's kinds, in its rowids and
 * its triggers): a new kind takes a new value, an existing one never changes.
 */
enum class ListKind
{
    Networks = 0,
    Organisations = 1,
    People = 2,
    Memberships = 3,
    SecretariatTerms = 4,
    Programs = 5,
    SupportGroups = 6,
    Meetings = 7,
    Events = 8,
    Concerns = 9,
};

/// Every kind, in the order above.
const QList<ListKind> &allListKinds();
/// The command-line name of a list ("support-groups"), also what saved searches store.
QString listKindName(ListKind kind);
std::optional<ListKind> listKindFromName(const QString &name);

} // namespace AllianceDesk
