#pragma once

namespace AllianceDesk {

struct ReportContext;

/**
 * The profile of one network: its facts, goals and strategies, the secretariat hosting timeline in order, its
 * members by status, programs, events and (as counts only, unless protected details are included) conduct concerns.
 */
class NetworkProfileReport
{
public:
    static void build(ReportContext &context);
};

} // namespace AllianceDesk
