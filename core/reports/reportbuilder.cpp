#include "reportbuilder.h"

#include "eventparticipationreport.h"
#include "memberdirectoryreport.h"
#include "membershipchangesreport.h"
#include "networkprofilereport.h"
#include "programreachreport.h"
#include "reportcontext.h"
#include "reporterrors.h"
#include "supportgroupreport.h"

#include "listing/recordlister.h"
#include "storage/metadata.h"
#include "storage/networkrepository.h"
#include "listing/savedviewrepository.h"
#include "util/countrycatalog.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportBuilder", text);
}

/// The organisations saved search @p name lists, once each; throws ReportRejected when the report cannot use it.
QList<qint64> organisationsOfView(const QSqlDatabase &db, ReportParameters &parameters)
{
    const std::optional<SavedView> view = SavedViewRepository(db).find(parameters.viewName);
    if (!view)
        throw ReportRejected(tr("There is no saved search called “%1”.").arg(parameters.viewName));
    if (parameters.kind != ReportKind::MemberDirectory) {
        throw ReportRejected(tr("The report “%1” cannot use a saved search: only the member directory can, with a "
                                "saved search of organisations or memberships.")
                                 .arg(ReportParameters::kindName(parameters.kind)));
    }
    // The member directory lists organisations: a list of them, or the organisations of the memberships listed.
    QString column;
    if (view->kind == ListKind::Organisations)
        column = u"id"_s;
    else if (view->kind == ListKind::Memberships)
        column = u"organisation_id"_s;
    else
        throw ReportRejected(tr("The member directory lists organisations, and the saved search “%1” is a list of %2: "
                                "use a saved search of organisations or memberships.")
                                 .arg(view->name, listDefinition(view->kind).name));
    parameters.viewName = view->name; // as it is recorded, whatever case was asked for
    parameters.viewDescription = view->describe();
    RecordLister lister(db, view->kind);
    view->applyTo(lister);
    const int index = lister.definition().columnIndex(column);
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QVariantList &row : lister.fetchAll()) {
        const qint64 id = row.at(index).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    return ids;
}
} // namespace

ReportDocument ReportBuilder::build(QSqlDatabase db, const ReportParameters &parameters)
{
    ReportDocument document;
    document.parameters = parameters;
    document.made = QDateTime::currentDateTime();

    std::optional<qint64> networkId;
    if (!parameters.networkName.trimmed().isEmpty()) {
        networkId = NetworkRepository(db).findAsTyped(parameters.networkName);
        if (!networkId) {
            throw ReportRejected(tr("There is no network called “%1”: check the name (or use its acronym).")
                                     .arg(parameters.networkName));
        }
    }
    if (parameters.kind == ReportKind::NetworkProfile && !networkId)
        throw ReportRejected(tr("A network profile is about one network: choose the network."));
    if (parameters.from.isValid() && parameters.to.isValid() && parameters.to < parameters.from) {
        throw ReportRejected(tr("The period ends (%1) before it starts (%2): check the dates.")
                                 .arg(parameters.to.toString(Qt::ISODate), parameters.from.toString(Qt::ISODate)));
    }
    if (!parameters.country.isEmpty() && !CountryCatalog::instance().isValid(parameters.country)) {
        throw ReportRejected(
            tr("“%1” is not a country code: use two letters of ISO 3166-1, such as PK or IN.").arg(parameters.country));
    }

    std::optional<QList<qint64>> organisationIds;
    if (!parameters.viewName.trimmed().isEmpty())
        organisationIds = organisationsOfView(db, document.parameters);

    ReportStore store(db);
    document.allianceName = Metadata(db).value(Metadata::allianceName);
    document.title = ReportParameters::kindTitle(parameters.kind);
    document.parameterLines = document.parameters.describe();
    if (networkId) {
        // The network as it is recorded, whatever spelling or acronym was asked for.
        document.parameters.networkName = store.networkName(*networkId);
        document.parameterLines = document.parameters.describe();
    }

    ReportContext context{store, document.parameters, networkId, document, organisationIds};
    switch (parameters.kind) {
    case ReportKind::MemberDirectory:
        MemberDirectoryReport::build(context);
        break;
    case ReportKind::NetworkProfile:
        NetworkProfileReport::build(context);
        break;
    case ReportKind::ProgramReach:
        ProgramReachReport::build(context);
        break;
    case ReportKind::SupportGroups:
        SupportGroupReport::build(context);
        break;
    case ReportKind::Events:
        EventParticipationReport::build(context);
        break;
    case ReportKind::MembershipChanges:
        MembershipChangesReport::build(context);
        break;
    }

    document.dataHash = store.fingerprint();
    document.addHeading(tr("About this report"));
    document.addParagraph(tr("Made again from the same data with the same parameters, this report has the same "
                             "fingerprint; a different fingerprint means the records changed."));
    document.addFields({
        {tr("Report"), document.title},
        {tr("Parameters"), document.parameterLines.join(u'\n')},
        {tr("Paper"), QPageSize::name(document.parameters.pageSize)},
        {tr("Made again with"), document.parameters.commandLine()},
        {tr("Made"), document.made.toString(Qt::ISODate)},
        {tr("Made by"), u"AllianceDesk %1"_s.arg(QString::fromLatin1(ALLIANCEDESK_VERSION))},
        {tr("Data fingerprint (SHA-256)"), QString::fromLatin1(document.dataHash)},
    });
    return document;
}

} // namespace AllianceDesk
