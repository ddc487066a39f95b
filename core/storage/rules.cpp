#include "rules.h"

#include "domain/validation.h"
#include "util/error.h"

#include <QCoreApplication>

namespace AllianceDesk::Rules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}

[[noreturn]] void refuse(const QString &record, const QString &problem)
{
    throw RuleViolation(tr("%1: %2.").arg(record, problem));
}

void require(const QString &record, const std::optional<QString> &problem)
{
    if (problem)
        refuse(record, *problem);
}

void require(const QString &record, const Verdict &verdict)
{
    if (!verdict.accepted())
        refuse(record, verdict.problem);
}
} // namespace

QString describe(const QString &kind, const QString &name)
{
    return name.trimmed().isEmpty() ? kind : tr("%1 “%2”").arg(kind, name.trimmed());
}

void requireText(const QString &record, const QString &field, const QString &value)
{
    require(record, Validation::requiredText(field, value));
}

void requireCode(const QString &record, Vocabulary::Kind kind, const QString &code)
{
    require(record, Validation::code(kind, code));
}

void requireCountry(const QString &record, const QString &country, bool required)
{
    if (country.isEmpty() && required)
        refuse(record, tr("the country is required"));
    require(record, Validation::country(country));
}

void requireDate(const QString &record, const QString &field, const QDate &date)
{
    require(record, Validation::requiredDate(field, date));
}

void requireOrder(const QString &record, const QString &fromField, const QDate &from, const QString &toField,
                  const QDate &to)
{
    require(record, Validation::dateOrder(fromField, from, toField, to));
}

void requireEmail(const QString &record, const QString &email)
{
    require(record, Validation::email(email));
}

void requirePhone(const QString &record, const QString &phone, const QString &country)
{
    require(record, Validation::phone(phone, country));
}

void requireNotNegative(const QString &record, const QString &field, std::optional<int> value)
{
    require(record, Validation::notNegative(field, value));
}

} // namespace AllianceDesk::Rules
