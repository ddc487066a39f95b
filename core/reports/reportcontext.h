#pragma once

#include "reportdocument.h"
#include "reportparameters.h"

#include "storage/reportstore.h"

#include <QDate>
#include <QString>

#include <optional>

namespace AllianceDesk {

/// What each report's builder works with: the store (which fingerprints what it reads), the parameters and the
/// document.
struct ReportContext
{
    ReportStore &store;
    const ReportParameters &parameters;
    std::optional<qint64> networkId; ///< resolved from parameters.networkName
    ReportDocument &document;
    /// Only these organisations (the ones a saved search lists); all when not set.
    std::optional<QList<qint64>> organisationIds = std::nullopt;

    /// The network (with the networks under it), country and period the parameters choose.
    ReportScope scope() const { return {networkId, parameters.country, parameters.from, parameters.to}; }

    /// "Pakistan" for "PK"; a placeholder for none.
    static QString countryName(const QString &code);
    /// A number, or empty when not reported.
    static QString optionalNumber(const std::optional<qint64> &value);
    /// A date written as precisely as the sources know it: 2007-03 for month precision, 2007 for year.
    static QString date(const QString &iso, const QString &precision = QString());
};

} // namespace AllianceDesk
