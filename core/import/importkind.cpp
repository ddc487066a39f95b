#include "importkind.h"

using namespace Qt::StringLiterals;

namespace AllianceDesk {

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Organisations:
        return u"organisations"_s;
    case ImportKind::People:
        return u"people"_s;
    case ImportKind::Meetings:
        return u"meetings"_s;
    case ImportKind::Participants:
        return u"participants"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromName(const QString &name)
{
    for (ImportKind kind :
         {ImportKind::Organisations, ImportKind::People, ImportKind::Meetings, ImportKind::Participants}) {
        if (importKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString duplicatePolicyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return u"skip"_s;
    case DuplicatePolicy::Update:
        return u"update"_s;
    case DuplicatePolicy::Create:
        return u"create"_s;
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    for (DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create}) {
        if (duplicatePolicyName(policy) == name)
            return policy;
    }
    return std::nullopt;
}

} // namespace AllianceDesk
