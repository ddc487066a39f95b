#pragma once

#include "util/error.h"

namespace AllianceDesk {

/// The parameters of a report or an export name something that does not exist (an unknown network, a bad period).
class ReportRejected : public RuleViolation
{
public:
    using RuleViolation::RuleViolation;
};

} // namespace AllianceDesk
