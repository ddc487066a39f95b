#include "syntheticalliance.h"

#include "culture.h"

#include "search/searchindex.h"
#include "storage/entitywriter.h"
#include "storage/recordidstore.h"
#include "storage/sqlfunctions.h"
#include "storage/transaction.h"
#include "util/error.h"

#include <QRandomGenerator>
#include <QString>

#include <array>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/// Lower-case ASCII letters and digits of a Latin name, for emails and web addresses ("Müller" -> "muller").
QString asciiSlug(const QString &latin)
{
    QString slug;
    for (const QChar c : foldForSearch(latin)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
    }
    return slug;
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_seed{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)}
        , m_random(m_seed.data(), static_cast<qsizetype>(m_seed.size()))
    {
        for (const Culture &culture : syntheticCultures())
            m_totalWeight += culture.weight;
    }

    int below(int bound) { return static_cast<int>(m_random.bounded(static_cast<quint32>(bound))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

    const Culture &culture()
    {
        int draw = below(m_totalWeight);
        for (const Culture &culture : syntheticCultures()) {
            draw -= culture.weight;
            if (draw < 0)
                return culture;
        }
        return syntheticCultures().constFirst();
    }

    QString date(int fromYear, int toYear)
    {
        return u"%1-%2-%3"_s.arg(fromYear + below(toYear - fromYear + 1))
            .arg(1 + below(12), 2, 10, QLatin1Char('0'))
            .arg(1 + below(28), 2, 10, QLatin1Char('0'));
    }

    QString phone(const Culture &culture)
    {
        QString number = QString::fromLatin1(culture.phonePrefix);
        for (int i = 0; i < culture.phoneDigits; ++i)
            number += QChar(u'0' + below(10));
        return number;
    }

private:
    std::array<quint32, 2> m_seed;
    QRandomGenerator m_random;
    int m_totalWeight = 0;
};

const QList<const char *> organisationTypes = {"ngo", "ngo",      "ngo",        "ngo",  "ngo",   "ngo",
                                               "ngo", "academic", "government", "ingo", "donor", "other"};
const QList<const char *> titles = {"Programme Officer", "Coordinator", "Executive Director",
                                    "Field Officer",     "Volunteer",   "Communications Officer",
                                    "Researcher",        "Trainer"};
const QList<const char *> mailDomains = {"example.org", "example.net", "mail.example.com"};

} // namespace

SyntheticAlliance::Result SyntheticAlliance::generate(const QSqlDatabase &db, const Options &options)
{
    Transaction transaction(db);
    Generator random(options.seed);
    Result result;
    {
        const QList<qint64> networks = RecordIdStore::ids(db, RecordKind::Network);
        // Through the writer the forms and the import use, in bulk mode; synthetic test records are not audited
        // (200,000 "created" entries would only slow the benchmarks they are made for).
        EntityWriter organisation(db, RecordKind::Organisation, EntityWriter::Mode::Bulk);
        EntityWriter membership(db, RecordKind::Membership, EntityWriter::Mode::Bulk);
        EntityWriter status(db, RecordKind::MembershipStatusChange, EntityWriter::Mode::Bulk);
        for (EntityWriter *writer : {&organisation, &membership, &status})
            writer->setAudited(false);
        QList<qint64> organisations;
        organisations.reserve(options.organisations);
        for (int i = 0; i < options.organisations; ++i) {
            const Culture &culture = random.culture();
            const int cityIndex = random.below(static_cast<int>(culture.cities.size()));
            const NamePair &city = culture.cities.at(cityIndex);
            const NamePair &theme = random.pick(culture.themes);
            const NamePair &form = random.pick(culture.forms);
            // Named after its city, or after a founder.
            const NamePair lead = random.chance(70) ? city : random.pick(culture.familyNames);
            auto compose = [&culture](const QString &place, const QString &what, const QString &kind) {
                return culture.nameFirstInOrgName ? u"%1 %2 %3"_s.arg(place, what, kind)
                                                  : u"%1 %2 %3"_s.arg(kind, what, place);
            };
            const QString name = compose(utf8(lead.latin), utf8(theme.latin), utf8(form.latin));
            const QString native = lead.native && theme.native && form.native
                                       ? compose(utf8(lead.native), utf8(theme.native), utf8(form.native))
                                       : QString();
            QString acronym;
            for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
                acronym += word.at(0).toUpper();
            const QString slug = asciiSlug(acronym) + QString::number(i + 1);
            const QString domain = slug + u".org"_s;
            const QString notes = random.chance(10)
                                      ? u"Synthetic record for testing; member since %1."_s.arg(2000 + random.below(24))
                                      : QString();
            FieldValues values = organisation.values();
            values.set(u"name", name)
                .set(u"native_name", native)
                .set(u"acronym", acronym)
                .set(u"type", QString::fromLatin1(random.pick(organisationTypes)))
                .set(u"country", QString::fromLatin1(culture.country))
                .set(u"province", utf8(culture.provinces.value(cityIndex)))
                .set(u"city", random.chance(50) && city.native ? utf8(city.native) : utf8(city.latin))
                .set(u"website", QString(u"https://"_s + domain))
                .set(u"email", QString(u"info@"_s + domain))
                .set(u"phone", random.phone(culture))
                .set(u"notes", notes);
            const qint64 id = organisation.insert(values, true);
            organisations << id;
            ++result.organisations;
            if (!networks.isEmpty() && random.chance(30)) {
                const QString joined = random.date(2007, 2023);
                FieldValues member = membership.values();
                member.set(u"organisation_id", id)
                    .set(u"network_id", random.pick(networks))
                    .set(u"role", u"member"_s)
                    .set(u"coc_signed", joined);
                const qint64 membershipId = membership.insert(member);
                FieldValues change = status.values();
                change.set(u"membership_id", membershipId).set(u"status", u"active"_s).set(u"effective_date", joined);
                status.insert(change);
                ++result.memberships;
            }
        }
        if (organisations.isEmpty())
            organisations = RecordIdStore::ids(db, RecordKind::Organisation);

        EntityWriter person(db, RecordKind::Person, EntityWriter::Mode::Bulk);
        EntityWriter affiliation(db, RecordKind::Affiliation, EntityWriter::Mode::Bulk);
        person.setAudited(false);
        affiliation.setAudited(false);
        for (int i = 0; i < options.people; ++i) {
            const Culture &culture = random.culture();
            const NamePair &given = random.pick(culture.givenNames);
            const NamePair &family = random.pick(culture.familyNames);
            const QString latin = utf8(given.latin) + u' ' + utf8(family.latin);
            const QString native = given.native ? utf8(given.native) + u' ' + utf8(family.native) : QString();
            // Some records carry the name only in its own script.
            const bool nativeOnly = !native.isEmpty() && random.chance(30);
            const QString email = u"%1.%2%3@%4"_s.arg(asciiSlug(utf8(given.latin)), asciiSlug(utf8(family.latin)))
                                      .arg(i + 1)
                                      .arg(QString::fromLatin1(random.pick(mailDomains)));
            FieldValues values = person.values();
            values.set(u"name", nativeOnly ? native : latin)
                .set(u"native_name", nativeOnly ? QString() : native)
                .set(u"email", email)
                .set(u"phone", random.phone(culture))
                .set(u"languages", QString::fromLatin1(culture.languages))
                .set(u"country", QString::fromLatin1(culture.country));
            const qint64 id = person.insert(values, true);
            ++result.people;
            if (!organisations.isEmpty() && random.chance(70)) {
                FieldValues link = affiliation.values();
                link.set(u"person_id", id)
                    .set(u"organisation_id", random.pick(organisations))
                    .set(u"role", u"staff"_s)
                    .set(u"title", QString::fromLatin1(random.pick(titles)))
                    .set(u"start_date", random.date(2010, 2023));
                affiliation.insert(link);
                ++result.affiliations;
            }
        }
        if (!SearchIndex::synchronize(db))
            throw StorageError(
                u"Cannot generate the synthetic alliance: the search index was not brought up to date."_s);
    }
    transaction.commit();
    return result;
}

} // namespace AllianceDesk
