#include "networkrepository.h"

#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
constexpr auto columns = "id, name, native_name, acronym, level, parent_id, country, region, founded, website, status, "
                         "goal_long_term, goal_short_term, notes, is_sample";

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkRepository", text);
}
} // namespace

NetworkRepository::NetworkRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

qint64 NetworkRepository::add(const Network &network)
{
    const QString record = Rules::describe(tr("Network"), network.name);
    Rules::requireText(record, tr("name"), network.name);
    Rules::requireCode(record, Vocabulary::Kind::NetworkLevel, network.level);
    Rules::requireCode(record, Vocabulary::Kind::NetworkStatus, network.status);
    Rules::requireCountry(record, network.country);
    if (findByName(network.name))
        throw RuleViolation(tr("%1: a network with this name already exists.").arg(record));
    if (network.parentId) {
        SqlQuery parent(m_db, u"SELECT 1 FROM networks WHERE id = :id"_s);
        parent.bind(u":id"_s, *network.parentId).exec();
        if (!parent.next())
            throw RuleViolation(
                tr("%1: its parent network (id %2) does not exist.").arg(record).arg(*network.parentId));
    }

    SqlQuery query(m_db, u"INSERT INTO networks (name, native_name, acronym, level, parent_id, country, region, "
                         "founded, website, status, goal_long_term, goal_short_term, notes, is_sample) VALUES (:name, "
                         ":native, :acronym, :level, :parent, :country, :region, :founded, :website, :status, "
                         ":long, :short, :notes, :sample)"_s);
    query.bindText(u":name"_s, network.name)
        .bindText(u":native"_s, network.nativeName)
        .bindText(u":acronym"_s, network.acronym)
        .bind(u":level"_s, network.level)
        .bind(u":parent"_s, SqlValues::fromOptional(network.parentId))
        .bindText(u":country"_s, network.country)
        .bindText(u":region"_s, network.region)
        .bind(u":founded"_s, SqlValues::fromDate(network.founded))
        .bindText(u":website"_s, network.website)
        .bind(u":status"_s, network.status)
        .bindText(u":long"_s, network.goalLongTerm)
        .bindText(u":short"_s, network.goalShortTerm)
        .bindText(u":notes"_s, network.notes)
        .bind(u":sample"_s, network.isSample ? 1 : 0)
        .exec();
    const qint64 id = query.lastInsertId();

    int position = 0;
    for (const QString &strategy : network.strategies) {
        Rules::requireText(record, tr("strategy"), strategy);
        SqlQuery insert(m_db, u"INSERT INTO network_strategies (network_id, strategy, position) "
                              "VALUES (:id, :strategy, :position)"_s);
        insert.bind(u":id"_s, id).bind(u":strategy"_s, strategy.trimmed()).bind(u":position"_s, position++).exec();
    }
    m_audit.recordCreate(u"networks"_s, id, network.name.trimmed());
    return id;
}

Network NetworkRepository::fromQuery(SqlQuery &query) const
{
    Network network;
    network.id = query.value(0).toLongLong();
    network.name = query.value(1).toString();
    network.nativeName = query.value(2).toString();
    network.acronym = query.value(3).toString();
    network.level = query.value(4).toString();
    network.parentId = SqlValues::toOptionalId(query.value(5));
    network.country = query.value(6).toString();
    network.region = query.value(7).toString();
    network.founded = SqlValues::toDate(query.value(8));
    network.website = query.value(9).toString();
    network.status = query.value(10).toString();
    network.goalLongTerm = query.value(11).toString();
    network.goalShortTerm = query.value(12).toString();
    network.notes = query.value(13).toString();
    network.isSample = query.value(14).toBool();
    return network;
}

Network NetworkRepository::get(qint64 id) const
{
    SqlQuery query(m_db, u"SELECT %1 FROM networks WHERE id = :id"_s.arg(QLatin1StringView(columns)));
    query.bind(u":id"_s, id).exec();
    if (!query.next())
        throw RuleViolation(tr("There is no network with id %1.").arg(id));
    Network network = fromQuery(query);
    SqlQuery strategies(m_db, u"SELECT strategy FROM network_strategies WHERE network_id = :id ORDER BY position"_s);
    strategies.bind(u":id"_s, id).exec();
    while (strategies.next())
        network.strategies << strategies.value(0).toString();
    return network;
}

QList<Network> NetworkRepository::all() const
{
    SqlQuery query(m_db, u"SELECT %1 FROM networks ORDER BY name"_s.arg(QLatin1StringView(columns)));
    query.exec();
    QList<Network> networks;
    while (query.next())
        networks << fromQuery(query);
    return networks;
}

QList<Network> NetworkRepository::children(qint64 id) const
{
    SqlQuery query(m_db,
                   u"SELECT %1 FROM networks WHERE parent_id = :id ORDER BY name"_s.arg(QLatin1StringView(columns)));
    query.bind(u":id"_s, id).exec();
    QList<Network> networks;
    while (query.next())
        networks << fromQuery(query);
    return networks;
}

std::optional<qint64> NetworkRepository::findByName(const QString &name) const
{
    SqlQuery query(m_db, u"SELECT id FROM networks WHERE name = :name OR acronym = :name ORDER BY name = :name DESC "
                         "LIMIT 1"_s);
    query.bind(u":name"_s, name.trimmed()).exec();
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QList<qint64> NetworkRepository::ancestors(qint64 id) const
{
    QList<qint64> chain;
    SqlQuery query(m_db, u"SELECT parent_id FROM networks WHERE id = :id"_s);
    std::optional<qint64> current = id;
    while (current) {
        query.bind(u":id"_s, *current).exec();
        current = query.next() ? SqlValues::toOptionalId(query.value(0)) : std::nullopt;
        if (current) {
            if (chain.contains(*current))
                break; // a cycle written by another tool: stop rather than loop
            chain << *current;
        }
    }
    return chain;
}

void NetworkRepository::setParent(qint64 id, std::optional<qint64> parentId)
{
    const Network network = get(id);
    const QString record = Rules::describe(tr("Network"), network.name);
    if (parentId) {
        const Network parent = get(*parentId);
        if (*parentId == id || ancestors(*parentId).contains(id)) {
            throw RuleViolation(tr("%1 cannot be placed under “%2”: “%2” is part of “%1”, so the network tree "
                                   "would have a cycle.")
                                    .arg(record, parent.name));
        }
    }
    SqlQuery query(m_db, u"UPDATE networks SET parent_id = :parent, row_version = row_version + 1 WHERE id = :id"_s);
    query.bind(u":parent"_s, SqlValues::fromOptional(parentId)).bind(u":id"_s, id).exec();
    m_audit.recordUpdate(u"networks"_s, id, u"parent_id"_s,
                         network.parentId ? QString::number(*network.parentId) : QString(),
                         parentId ? QString::number(*parentId) : QString());
}

} // namespace AllianceDesk
