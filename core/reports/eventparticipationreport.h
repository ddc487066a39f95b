#pragma once

namespace AllianceDesk {

struct ReportContext;

/**
 * Event participation: participants and the countries they came from, as reported and as listed.
 */
class EventParticipationReport
{
public:
    static void build(ReportContext &context);
};

} // namespace AllianceDesk
