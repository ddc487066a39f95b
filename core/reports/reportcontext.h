#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reportparameters.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace AllianceDesk {

/// What each report's builder works with: the data (hashed as it is read), the parameters and the document.
struct ReportContext
{
    ReportData &data;
    const ReportParameters &parameters;
    std::optional<qint64> networkId; ///< resolved from parameters.networkName
    ReportDocument &document;
    /// Only these organisations (the ones a saved search lists); all when not set.
    std::optional<QList<qint64>> organisationIds = std::nullopt;

    /// An SQL condition: @p column is the network or one of the networks under it ("1" without a network).
    QString networkCondition(const QString &column) const;
    QVariant from() const { return isoDate(parameters.from); }
    QVariant to() const { return isoDate(parameters.to); }
    QVariant country() const { return parameters.country.isEmpty() ? QVariant() : QVariant(parameters.country); }

    static QVariant isoDate(const QDate &date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }
    /// "Pakistan" for "PK"; a placeholder for none.
    static QString countryName(const QVariant &code);
    static QString number(qint64 value) { return QString::number(value); }
    /// A number, or empty when not reported.
    static QString optionalNumber(const QVariant &value);
    /// A date written as precisely as the sources know it: 2007-03 for month precision, 2007 for year.
    static QString date(const QVariant &iso, const QString &precision = QString());
};

} // namespace AllianceDesk
