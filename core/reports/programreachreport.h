#pragma once

namespace AllianceDesk {

struct ReportContext;

/**
 * Program reach: reach by place and period with totals, and the programs' approach on the gender integration
 * continuum and socio-ecological levels.
 */
class ProgramReachReport
{
public:
    static void build(ReportContext &context);
};

} // namespace AllianceDesk
