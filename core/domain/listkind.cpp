#include "listkind.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

namespace {

struct KindName
{
    ListKind kind;
    QString name;
};

const QList<KindName> &kindNames()
{
    static const QList<KindName> names = {
        {ListKind::Networks, u"networks"_s},
        {ListKind::Organisations, u"organisations"_s},
        {ListKind::People, u"people"_s},
        {ListKind::Memberships, u"memberships"_s},
        {ListKind::SecretariatTerms, u"secretariat-terms"_s},
        {ListKind::Programs, u"programs"_s},
        {ListKind::SupportGroups, u"support-groups"_s},
        {ListKind::Meetings, u"meetings"_s},
        {ListKind::Events, u"events"_s},
        {ListKind::Concerns, u"concerns"_s},
    };
    return names;
}

} // namespace

const QList<ListKind> &allListKinds()
{
    static const QList<ListKind> kinds = [] {
        QList<ListKind> result;
        for (const KindName &entry : kindNames())
            result << entry.kind;
        return result;
    }();
    return kinds;
}

QString listKindName(ListKind kind)
{
    for (const KindName &entry : kindNames()) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<ListKind> listKindFromName(const QString &name)
{
    for (const KindName &entry : kindNames()) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace AllianceDesk
