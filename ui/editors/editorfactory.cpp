#include "editorfactory.h"

#include "concernform.h"
#include "eventform.h"
#include "membershipform.h"
#include "networkform.h"
#include "organisationform.h"
#include "personform.h"
#include "programform.h"
#include "supportgroupform.h"

#include "document/document.h"
#include "listing/recordlister.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString EditorFactory::tableName(ListKind kind)
{
    switch (kind) {
    case ListKind::Networks:
        return u"networks"_s;
    case ListKind::Organisations:
        return u"organisations"_s;
    case ListKind::People:
        return u"people"_s;
    case ListKind::Memberships:
        return u"memberships"_s;
    case ListKind::SecretariatTerms:
        return u"secretariat_terms"_s;
    case ListKind::Programs:
        return u"programs"_s;
    case ListKind::SupportGroups:
        return u"support_groups"_s;
    case ListKind::Meetings:
        return u"meetings"_s;
    case ListKind::Events:
        return u"events"_s;
    case ListKind::Concerns:
        return u"concerns"_s;
    }
    return QString();
}

QString EditorFactory::recordNoun(ListKind kind)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("EditorFactory", text); };
    switch (kind) {
    case ListKind::Networks:
        return tr("network");
    case ListKind::Organisations:
        return tr("organisation");
    case ListKind::People:
        return tr("person");
    case ListKind::Memberships:
        return tr("membership");
    case ListKind::SecretariatTerms:
        return tr("secretariat term");
    case ListKind::Programs:
        return tr("program");
    case ListKind::SupportGroups:
        return tr("support group");
    case ListKind::Meetings:
        return tr("meeting");
    case ListKind::Events:
        return tr("event");
    case ListKind::Concerns:
        return tr("concern");
    }
    return QString();
}

QDialog *EditorFactory::createForm(Document *document, ListKind kind, qint64 id, QWidget *parent,
                                   std::optional<qint64> networkId)
{
    switch (kind) {
    case ListKind::Networks:
        return new NetworkForm(document, id, parent, id ? std::nullopt : networkId);
    case ListKind::Organisations:
        return new OrganisationForm(document, id, parent);
    case ListKind::People:
        return new PersonForm(document, id, parent);
    case ListKind::Memberships:
        return new MembershipForm(document, id, parent, networkId);
    case ListKind::Concerns:
        return new ConcernForm(document, id, parent, networkId);
    case ListKind::Programs:
        return new ProgramForm(document, id, parent, id ? std::nullopt : networkId);
    case ListKind::SupportGroups:
        return new SupportGroupForm(document, id, parent);
    case ListKind::Events:
        return new EventForm(document, id, parent, id ? std::nullopt : networkId);
    case ListKind::Meetings: {
        // A meeting is edited in its support group's form (Meetings tab); a new one needs its group first.
        if (!id)
            return nullptr;
        RecordLister lister(document->connection(), ListKind::Meetings);
        lister.setFilter(u"id"_s, id);
        const QList<QVariantList> rows = lister.fetch(0, 1);
        if (rows.isEmpty())
            return nullptr;
        const int group = lister.definition().columnIndex(u"support_group_id"_s);
        return new SupportGroupForm(document, rows.first().value(group).toLongLong(), parent);
    }
    default:
        return nullptr;
    }
}

} // namespace AllianceDesk
