#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/// How many records of each kind a database holds, as (snake_case name, count), in the model's order.
QList<QPair<QString, qint64>> recordCounts(const QSqlDatabase &db);

} // namespace AllianceDesk
