#include "rules.h"

#include "domain/contactvalues.h"
#include "util/countrycatalog.h"
#include "util/error.h"

#include <QCoreApplication>

namespace AllianceDesk::Rules {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}
} // namespace

QString describe(const QString &kind, const QString &name)
{
    return name.trimmed().isEmpty() ? kind : tr("%1 “%2”").arg(kind, name.trimmed());
}

void requireText(const QString &record, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        throw RuleViolation(tr("%1: the %2 is required.").arg(record, field));
}

void requireCode(const QString &record, Vocabulary::Kind kind, const QString &code)
{
    if (!Vocabulary::isValid(kind, code)) {
        throw RuleViolation(
            tr("%1: “%2” is not a %3 (expected one of: %4).")
                .arg(record, code, Vocabulary::kindName(kind), Vocabulary::codes(kind).join(QStringLiteral(", "))));
    }
}

void requireCountry(const QString &record, const QString &country, bool required)
{
    if (country.isEmpty()) {
        if (required)
            throw RuleViolation(tr("%1: the country is required.").arg(record));
        return;
    }
    if (!CountryCatalog::instance().isValid(country)) {
        throw RuleViolation(
            tr("%1: “%2” is not an ISO 3166-1 country code (such as PK, IN or ZA).").arg(record, country));
    }
}

void requireDate(const QString &record, const QString &field, const QDate &date)
{
    if (!date.isValid())
        throw RuleViolation(tr("%1: the %2 is required.").arg(record, field));
}

void requireOrder(const QString &record, const QString &fromField, const QDate &from, const QString &toField,
                  const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from) {
        throw RuleViolation(tr("%1: the %2 (%3) is before the %4 (%5).")
                                .arg(record, toField, to.toString(Qt::ISODate), fromField, from.toString(Qt::ISODate)));
    }
}

void requireEmail(const QString &record, const QString &email)
{
    // One rule with the import's: an address that cannot be verified is kept as written (ContactValues).
    if (!ContactValues::email(email).accepted())
        throw RuleViolation(
            tr("%1: “%2” is not an email address (expected name@example.org).").arg(record, email.trimmed()));
}

void requireNotNegative(const QString &record, const QString &field, std::optional<int> value)
{
    if (value && *value < 0)
        throw RuleViolation(tr("%1: the %2 cannot be negative (%3).").arg(record, field).arg(*value));
}

} // namespace AllianceDesk::Rules
