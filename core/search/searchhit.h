#pragma once

#include "domain/listkind.h"

#include <QList>
#include <QString>

namespace AllianceDesk {

/// One record found by the global search, as the results list shows it.
struct SearchHit
{
    ListKind kind = ListKind::Organisations;
    qint64 id = 0;
    QString title;  ///< the record's name, as written
    QString detail; ///< what tells it apart: name in own script, city, email, ...
};

/// The records of one kind found by a search, best first.
struct SearchGroup
{
    ListKind kind = ListKind::Organisations;
    QList<SearchHit> hits;
    bool more = false; ///< more records of this kind match than the limit shows
};

} // namespace AllianceDesk
