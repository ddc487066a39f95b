#include "networkrepository.h"

#include "entitywriter.h"
#include "rules.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
constexpr auto columns = "id, name, native_name, acronym, level, parent_id, country, region, founded, website, status, "
                         "goal_long_term, goal_short_term, notes, is_sample, row_version";

QString tr(const char *text)
{
    return QCoreApplication::translate("NetworkRepository", text);
}
} // namespace

NetworkRepository::NetworkRepository(QSqlDatabase db)
    : m_db(db)
    , m_audit(db)
{}

void NetworkRepository::validate(const Network &network) const
{
    const QString record = Rules::describe(tr("Network"), network.name);
    Rules::requireText(record, tr("name"), network.name);
    Rules::requireCode(record, Vocabulary::Kind::NetworkLevel, network.level);
    Rules::requireCode(record, Vocabulary::Kind::NetworkStatus, network.status);
    Rules::requireCountry(record, network.country);
    const std::optional<qint64> sameName = findByName(network.name);
    if (sameName && *sameName != network.id)
        throw RuleViolation(tr("%1: a network with this name already exists.").arg(record));
    if (network.parentId) {
        SqlQuery parent(m_db, u"SELECT name FROM networks WHERE id = :id"_s);
        parent.bind(u":id"_s, *network.parentId).exec();
        if (!parent.next())
            throw RuleViolation(
                tr("%1: its parent network (id %2) does not exist.").arg(record).arg(*network.parentId));
        if (network.id != 0 && (*network.parentId == network.id || ancestors(*network.parentId).contains(network.id))) {
            throw RuleViolation(tr("%1 cannot be placed under “%2”: “%2” is part of “%1”, so the network tree "
                                   "would have a cycle.")
                                    .arg(record, parent.value(0).toString()));
        }
    }
}

QVariantMap NetworkRepository::fields(const Network &network)
{
    return {{u"name"_s, network.name},
            {u"native_name"_s, network.nativeName},
            {u"acronym"_s, network.acronym},
            {u"level"_s, network.level},
            {u"parent_id"_s, SqlValues::fromOptional(network.parentId)},
            {u"country"_s, network.country},
            {u"region"_s, network.region},
            {u"founded"_s, network.founded},
            {u"website"_s, network.website},
            {u"status"_s, network.status},
            {u"goal_long_term"_s, network.goalLongTerm},
            {u"goal_short_term"_s, network.goalShortTerm},
            {u"notes"_s, network.notes}};
}

void NetworkRepository::update(const Network &network, RowWriter::OnConflict onConflict)
{
    validate(network);
    const Network before = get(network.id);
    const QString record = Rules::describe(tr("Network"), network.name);
    RowWriter writer(m_db, u"networks"_s);
    writer.update(network.id, network.rowVersion, fields(before), fields(network), record, onConflict);
    if (before.strategies != network.strategies) {
        SqlQuery clear(m_db, u"DELETE FROM network_strategies WHERE network_id = :id"_s);
        clear.bind(u":id"_s, network.id).exec();
        insertStrategies(network.id, network.strategies, record);
        writer.auditSet(network.id, u"strategies"_s, before.strategies, network.strategies);
    }
}

void NetworkRepository::remove(qint64 id, RecordRemover::Policy policy)
{
    const Network network = get(id);
    RecordRemover(m_db).remove(u"networks"_s, id, Rules::describe(tr("Network"), network.name), policy);
}

void NetworkRepository::insertStrategies(qint64 id, const QStringList &strategies, const QString &record)
{
    int position = 0;
    for (const QString &strategy : strategies) {
        Rules::requireText(record, tr("strategy"), strategy);
        SqlQuery insert(m_db, u"INSERT INTO network_strategies (network_id, strategy, position) "
                              "VALUES (:id, :strategy, :position)"_s);
        insert.bind(u":id"_s, id).bind(u":strategy"_s, strategy.trimmed()).bind(u":position"_s, position++).exec();
    }
}

qint64 NetworkRepository::add(const Network &network)
{
    validate(network);
    const QString record = Rules::describe(tr("Network"), network.name);

    const qint64 id = EntityWriter(m_db, RecordKind::Network)
                          .insert(FieldValues::fromMap(RecordKind::Network, fields(network)), network.isSample);
    insertStrategies(id, network.strategies, record);
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
    network.rowVersion = query.value(15).toLongLong();
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
    SqlQuery query(m_db, u"SELECT %1 FROM networks ORDER BY sort_key, id"_s.arg(QLatin1StringView(columns)));
    query.exec();
    QList<Network> networks;
    while (query.next())
        networks << fromQuery(query);
    return networks;
}

QList<Network> NetworkRepository::children(qint64 id) const
{
    SqlQuery query(
        m_db, u"SELECT %1 FROM networks WHERE parent_id = :id ORDER BY sort_key, id"_s.arg(QLatin1StringView(columns)));
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

std::optional<qint64> NetworkRepository::findAsTyped(const QString &nameOrAcronym) const
{
    if (const std::optional<qint64> exact = findByName(nameOrAcronym))
        return exact;
    const QString key = CountryCatalog::lookupKey(nameOrAcronym);
    if (key.isEmpty())
        return std::nullopt;
    SqlQuery query(m_db, u"SELECT id, name, acronym FROM networks ORDER BY id"_s);
    query.exec();
    while (query.next()) {
        if (CountryCatalog::lookupKey(query.value(1).toString()) == key ||
            CountryCatalog::lookupKey(query.value(2).toString()) == key)
            return query.value(0).toLongLong();
    }
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
    Network network = get(id);
    network.parentId = parentId;
    update(network);
}

} // namespace AllianceDesk
