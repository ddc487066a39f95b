#pragma once

namespace AllianceDesk {

struct ReportContext;

/**
 * Support-group activity: groups by district, meetings and attendance over a period, as aggregate counts only;
 * counts below 5 are shown as "<5". Participant codes appear only when protected details are included.
 */
class SupportGroupReport
{
public:
    static void build(ReportContext &context);
};

} // namespace AllianceDesk
