#pragma once

#include "reportdocument.h"
#include "reportparameters.h"

#include <QSqlDatabase>

namespace AllianceDesk {

/**
 * Makes a report's document from the database: checks the parameters (an unknown network or country, a period
 * that ends before it starts are refused with ReportRejected), reads the data and records its hash, and ends with
 * a section that repeats the parameters and the hash on the last page.
 */
class ReportBuilder
{
public:
    static ReportDocument build(QSqlDatabase db, const ReportParameters &parameters);
};

} // namespace AllianceDesk
