#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk::Rules {

/// Checks shared by the repositories. Each throws a RuleViolation naming @p record (e.g. "Network “MEA Pakistan”").

void requireText(const QString &record, const QString &field, const QString &value);
void requireCode(const QString &record, Vocabulary::Kind kind, const QString &code);
/// An empty country is allowed unless @p required.
void requireCountry(const QString &record, const QString &country, bool required = false);
void requireDate(const QString &record, const QString &field, const QDate &date);
/// Both dates optional; when both are given, @p to may not precede @p from.
void requireOrder(const QString &record, const QString &fromField, const QDate &from, const QString &toField,
                  const QDate &to);
/// An empty email is allowed; otherwise it must have an @ (see ContactValues::email: one that does not look like
/// name@domain.tld is kept as written, unverified).
void requireEmail(const QString &record, const QString &email);
void requireNotNegative(const QString &record, const QString &field, std::optional<int> value);

/// "Network “X”": how a message names a record.
QString describe(const QString &kind, const QString &name);

} // namespace AllianceDesk::Rules
