#include "countrycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceDesk {

const CountryCatalog &CountryCatalog::instance()
{
    static const CountryCatalog catalog(u"/usr/share/iso-codes/json/iso_3166-1.json"_s);
    return catalog;
}

CountryCatalog::CountryCatalog(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1"_s).toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        m_names.insert(country.value(u"alpha_2"_s).toString(), country.value(u"name"_s).toString());
    }
}

bool CountryCatalog::isValid(const QString &alpha2) const
{
    if (alpha2.size() != 2 || alpha2 != alpha2.toUpper())
        return false;
    return m_names.isEmpty() ? alpha2.at(0).isLetter() && alpha2.at(1).isLetter() : m_names.contains(alpha2);
}

QString CountryCatalog::name(const QString &alpha2) const
{
    return m_names.value(alpha2, alpha2);
}

} // namespace AllianceDesk
