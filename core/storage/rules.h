#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk::Rules {

/// The repositories' checks: Validation's rules (the ones forms, the import and `check` apply), each throwing a
/// RuleViolation "<record>: <problem>." that names @p record (e.g. "Network “MEA Pakistan”").

void requireText(const QString &record, const QString &field, const QString &value);
void requireCode(const QString &record, Vocabulary::Kind kind, const QString &code);
/// An empty country is allowed unless @p required.
void requireCountry(const QString &record, const QString &country, bool required = false);
void requireDate(const QString &record, const QString &field, const QDate &date);
/// Both dates optional; when both are given, @p to may not precede @p from.
void requireOrder(const QString &record, const QString &fromField, const QDate &from, const QString &toField,
                  const QDate &to);
/// An empty email is allowed; otherwise it must have an @ (see Validation::email: one that does not look like
/// name@domain.tld is kept as written, unverified).
void requireEmail(const QString &record, const QString &email);
/// An empty phone is allowed; otherwise it must be a number (see Validation::phone: one libphonenumber does not know
/// for @p country is kept as written, unverified).
void requirePhone(const QString &record, const QString &phone, const QString &country);
void requireNotNegative(const QString &record, const QString &field, std::optional<int> value);

/// "Network “X”": how a message names a record.
QString describe(const QString &kind, const QString &name);

} // namespace AllianceDesk::Rules
