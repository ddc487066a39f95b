#pragma once

#include <QString>

namespace AllianceDesk {

class Database;

/**
 * The sample alliance built from the alliance's own documents (resources/sample/alliance.json): networks,
 * secretariat terms, members, people, programs with their reach, events, concerns, and the 180 men's support
 * groups of the MOVE program with generated (and marked) names, meetings and pseudonymous participants.
 */
class SampleAlliance
{
public:
    /// Loads the sample into @p database in one transaction; refused when the database already holds networks.
    static void load(Database &database);
    /// Loads from another JSON document of the same format (for tests).
    static void load(Database &database, const QByteArray &json);
    /// Where the built-in sample lives.
    static QString resourcePath() { return QStringLiteral(":/sample/alliance.json"); }
};

} // namespace AllianceDesk
