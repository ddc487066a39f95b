#pragma once

namespace AllianceDesk {

struct ReportContext;

/**
 * Membership changes over a period: applied, joined, reinstated, suspended, lapsed and withdrawn.
 */
class MembershipChangesReport
{
public:
    static void build(ReportContext &context);
};

} // namespace AllianceDesk
