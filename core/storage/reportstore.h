#pragma once

#include <QByteArray>
#include <QCollator>
#include <QCryptographicHash>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceDesk {

/// The records a report covers. Each function of ReportStore says which of these it applies.
struct ReportScope
{
    std::optional<qint64> networkId; ///< this network and the networks under it; every network when not set
    QString country;                 ///< ISO 3166-1 alpha-2; every country when empty
    QDate from;                      ///< start of the period; open when not valid
    QDate to;                        ///< end of the period; open when not valid
};

/// A column of the member directory.
enum class DirectoryColumn
{
    Name,
    NativeName,
    Acronym,
    Type, ///< a code of Vocabulary::Kind::OrganisationType
    Province,
    City,
    Email,
    Phone, ///< as stored (E.164 when verified)
    Website,
    Networks, ///< the networks the organisation is an active member of, separated by "; "
    Role,     ///< membership of the scope's network: a code of Vocabulary::Kind::MembershipRole
    Status,   ///< membership of the scope's network: a code of Vocabulary::Kind::MembershipStatus
    Joined,   ///< membership of the scope's network: ISO date
};

/// One organisation of the member directory.
struct DirectoryEntry
{
    QString country;    ///< ISO code; empty when none is recorded
    QStringList values; ///< one per column asked for, in the order asked; empty for nothing recorded
};

/// One change of a membership's status.
struct MembershipChange
{
    QString date; ///< ISO
    QString organisation;
    QString network;
    QString status;               ///< the new status, a code of Vocabulary::Kind::MembershipStatus
    bool wasActiveBefore = false; ///< the membership had been active before this change
    QString reason;
};

/// A network's own facts. The optional fields are unset when nothing is recorded.
struct NetworkFacts
{
    QString name;
    std::optional<QString> nativeName;
    std::optional<QString> acronym;
    QString level; ///< a code of Vocabulary::Kind::NetworkLevel
    std::optional<QString> parentName;
    std::optional<QString> country;
    std::optional<QString> region;
    std::optional<QString> founded;
    QString status; ///< a code of Vocabulary::Kind::NetworkStatus
    std::optional<QString> website;
    QString longTermGoal;
    QString shortTermGoal;
};

/// An organisation that hosted (or hosts) a network's secretariat.
struct SecretariatHost
{
    QString organisation;
    QString startDate;              ///< ISO, as precise as datePrecision says
    std::optional<QString> endDate; ///< unset for the current host
    QString datePrecision;          ///< "day", "month" or "year"
};

/// An organisation's current membership of a network.
struct NetworkMember
{
    QString status; ///< a code of Vocabulary::Kind::MembershipStatus
    QString organisation;
    QString country; ///< ISO code; empty when none is recorded
    QString role;    ///< a code of Vocabulary::Kind::MembershipRole
    QString since;   ///< ISO date of the current status
};

/// A program as the network profile shows it.
struct NetworkProgram
{
    QString name;
    QString leadOrganisation;
    QString approach;   ///< a code of Vocabulary::Kind::Approach; empty when not recorded
    QStringList places; ///< its provinces, or countries where no province is recorded
};

/// An event as the network profile shows it.
struct NetworkEvent
{
    QString name;
    QString kind; ///< a code of Vocabulary::Kind::EventKind
    QString startDate;
    QString city;
    std::optional<QString> country;
    bool online = false;
    std::optional<qint64> participantCount; ///< as the organisers reported it
};

/// How many conduct concerns of a network have one status.
struct ConcernCount
{
    QString status; ///< a code of Vocabulary::Kind::ConcernStatus
    qint64 count = 0;
};

/// A conduct concern in full. Protected: only for a report the user asked to include protected details in.
struct ConcernDetail
{
    QString receivedDate;
    QString organisation;
    QString category; ///< a code of Vocabulary::Kind::ConcernCategory
    QString status;   ///< a code of Vocabulary::Kind::ConcernStatus
    QString summary;
    QString actions;
    QString confidentialNotes;
};

/// A program as the program reach report shows it.
struct ReachProgram
{
    qint64 id = 0;
    QString name;
    QString leadOrganisation;
    QString approach;   ///< a code of Vocabulary::Kind::Approach; empty when not recorded
    QStringList levels; ///< codes of Vocabulary::Kind::EcologicalLevel, from the individual outwards
};

/// A place a program works in.
struct ReachPlace
{
    std::optional<QString> province; ///< unset when only the country is recorded
    QString country;                 ///< ISO code
};

/// What a program reached in one period. A count is unset when it was not reported.
struct ReachFigures
{
    QList<ReachPlace> places; ///< the program's places
    QString program;
    QString periodStart; ///< ISO
    QString periodEnd;   ///< ISO
    std::optional<qint64> villages;
    std::optional<qint64> districts;
    std::optional<qint64> institutions;
    std::optional<qint64> participants;
};

/// The support groups of one district, counted.
struct SupportGroupDistrict
{
    QString province; ///< empty when not recorded
    QString district; ///< empty when not recorded
    qint64 groups = 0;
    qint64 activeGroups = 0;
    qint64 meetings = 0;   ///< in the period
    qint64 attendance = 0; ///< in the period
    qint64 participants = 0;
};

/// The meetings of support groups in one year.
struct SupportGroupYear
{
    QString year;
    qint64 meetings = 0;
    qint64 attendance = 0;
    qint64 groupsMeeting = 0;
};

/// A participant of a support group. Protected: only for a report the user asked to include protected details in.
struct SupportGroupParticipant
{
    QString district;
    QString group;
    QString code;
    QString identity;
    QString joined;
};

/// An event with its participants counted.
struct EventSummary
{
    qint64 id = 0;
    QString name;
    QString kind; ///< a code of Vocabulary::Kind::EventKind
    QString startDate;
    std::optional<QString> endDate;
    QString city;
    std::optional<QString> country;
    bool online = false;
    std::optional<qint64> reportedParticipants; ///< as the organisers reported them
    std::optional<qint64> reportedCountries;    ///< as the organisers reported them
    qint64 listedParticipants = 0;              ///< the participants recorded one by one
    qint64 listedCountries = 0;                 ///< the countries those come from
};

/// How many of an event's listed participants came from one country.
struct CountryCount
{
    QString country; ///< ISO code; empty when none is recorded
    qint64 count = 0;
};

/// A participant of an event, recorded one by one.
struct ListedParticipant
{
    QString name;
    QString organisation;
    QString country; ///< ISO code; empty when none is recorded
};

/**
 * What the reports read from the database, as plain values. Names come in the order of the database's sort locale
 * (the order the lists show), unless a function says otherwise.
 *
 * A store serves one report: every value it reads is also fed, in order, to a SHA-256 hash, so fingerprint()
 * identifies exactly the data the report was made from (and nothing else: not the date made, not the UI language).
 * Made again from the same records with the same calls, a report has the same fingerprint.
 */
class ReportStore
{
public:
    explicit ReportStore(QSqlDatabase db);

    /// The hexadecimal SHA-256 of every value read so far.
    QByteArray fingerprint() const;
    /// The order of names of the database, for names a report sorts itself.
    QCollator collator() const;

    /// The network's name as it is recorded; empty when there is no such network.
    QString networkName(qint64 networkId);

    /**
     * The member directory: the organisations in the scope's country (every one when no country is set), or,
     * with the scope's network, the current members (active, suspended or applicants) of it and of the networks
     * under it, once each. Ordered by the name of their country (those with none last), then by name. With
     * @p organisationIds, only those organisations. The period does not apply. Role, Status and Joined are of the
     * membership of the scope's network: empty without one.
     */
    QList<DirectoryEntry> memberDirectory(const ReportScope &scope, const QList<DirectoryColumn> &columns,
                                          const std::optional<QList<qint64>> &organisationIds = std::nullopt);

    /// The membership status changes in the scope (network, organisation's country, period), by date and name.
    QList<MembershipChange> membershipChanges(const ReportScope &scope);

    /// @name The network profile (of one network: the networks under it count only for programs and events)
    ///@{
    std::optional<NetworkFacts> networkFacts(qint64 networkId);
    /// In the network's own order.
    QStringList networkStrategies(qint64 networkId);
    /// In the order of their terms.
    QList<SecretariatHost> secretariatHosts(qint64 networkId);
    /// Active members first, then applicants, suspended, lapsed and withdrawn ones; by name within a status.
    QList<NetworkMember> networkMembers(qint64 networkId);
    /// The programs of the network and of the networks under it.
    QList<NetworkProgram> networkPrograms(qint64 networkId);
    /// The events of the network and of the networks under it that start in the period, by date.
    QList<NetworkEvent> networkEvents(qint64 networkId, const QDate &from, const QDate &to);
    /// By status code.
    QList<ConcernCount> concernCounts(qint64 networkId);
    /// Protected: call only when the user asked for protected details. By date received.
    QList<ConcernDetail> concernDetails(qint64 networkId);
    ///@}

    /// @name Program reach
    ///@{
    /// The programs of the scope's network that work in the scope's country (the period does not apply).
    QList<ReachProgram> reachPrograms(const ReportScope &scope);
    /// The reach reports of those programs whose period overlaps the scope's, by place, period and program.
    QList<ReachFigures> reachReports(const ReportScope &scope);
    ///@}

    /// @name Support groups (of the programs of the scope's network, in the scope's country)
    ///@{
    /// By province and district (as codes compare); meetings and attendance count the scope's period only.
    QList<SupportGroupDistrict> supportGroupsByDistrict(const ReportScope &scope);
    /// The meetings in the scope's period, by year.
    QList<SupportGroupYear> supportGroupMeetingsByYear(const ReportScope &scope);
    /// Protected: call only when the user asked for protected details. By district, group and code; every period.
    QList<SupportGroupParticipant> supportGroupParticipants(const ReportScope &scope);
    ///@}

    /// @name Events
    ///@{
    /// The events of the scope's network, held in its country, that start in its period; by date.
    QList<EventSummary> events(const ReportScope &scope);
    /// The countries the event's listed participants came from: the most participants first.
    QList<CountryCount> eventParticipantCountries(qint64 eventId);
    /// The event's listed participants, by name.
    QList<ListedParticipant> eventParticipants(qint64 eventId);
    ///@}

private:
    QSqlDatabase m_db;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace AllianceDesk
