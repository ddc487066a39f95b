#pragma once

#include <QSqlDatabase>
#include <QString>

namespace AllianceDesk {

/// Key-value facts about the database itself (the `meta` table): the alliance's name, ...
class Metadata
{
public:
    static constexpr auto allianceName = "alliance_name";

    explicit Metadata(QSqlDatabase db);
    QString value(const char *key) const;
    void setValue(const char *key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace AllianceDesk
