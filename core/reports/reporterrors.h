#pragma once

#include "util/error.h"

namespace AllianceDesk {

/// The parameters of a report or an export name something that does not exist (an unknown network, a bad period).
class ReportRejected : public RuleViolation
{
public:
    using RuleViolation::RuleViolation;
};

/// The user cancelled a long operation; nothing was written.
class OperationCancelled : public Error
{
public:
    using Error::Error;
};

} // namespace AllianceDesk
