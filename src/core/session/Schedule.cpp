#include "Schedule.h"

#include <cmath>

namespace fcte {
namespace {

int breakMinutesAfter(const ScheduleInput &input, int fromActivity)
{
    int minutes = 0;
    for (const BreakItem &item : input.breaks) {
        if (item.afterActivity >= fromActivity)
            minutes += item.minutes;
    }
    return minutes;
}

} // namespace

ScheduleSummary Schedule::summarize(const ScheduleInput &input)
{
    ScheduleSummary summary;
    summary.plannedEnd = input.plannedEnd;
    for (int activity : input.activities)
        summary.plannedTotalMinutes += input.plannedMinutes.value(activity);
    summary.plannedTotalMinutes += breakMinutesAfter(input, 0);

    if (input.ended) {
        summary.projectedEnd = input.now;
    } else if (!input.started) {
        summary.projectedEnd = input.plannedStart.addSecs(qint64(summary.plannedTotalMinutes) * 60);
    } else {
        qint64 remainingMs = 0;
        for (int activity : input.activities) {
            const qint64 plannedMs = qint64(input.plannedMinutes.value(activity)) * 60000;
            if (activity == input.currentActivity)
                remainingMs += qMax<qint64>(0, plannedMs - input.elapsedMs.value(activity));
            else if (activity > input.currentActivity)
                remainingMs += plannedMs;
        }
        // A break after the current activity is still ahead.
        remainingMs += qint64(breakMinutesAfter(input, input.currentActivity)) * 60000;
        summary.projectedEnd = input.now.addMSecs(remainingMs);
    }
    summary.minutesBehind =
        int(std::lround(double(input.plannedEnd.msecsTo(summary.projectedEnd)) / 60000.0));
    return summary;
}

QVector<Trim> Schedule::recoverySuggestion(const ScheduleInput &input, int minutesBehind)
{
    struct Candidate {
        Trim trim;
        int floor = 0;
        int saving = 1; // minutes won by one minute less
    };
    QVector<Candidate> candidates;
    for (int activity : input.activities) {
        const int planned = input.plannedMinutes.value(activity);
        if (activity > input.currentActivity && !input.fixed.contains(activity) &&
            planned > MinimumMinutes)
            candidates << Candidate{Trim{activity, planned, planned}, MinimumMinutes, 1};
        const auto turns = input.turns.constFind(activity);
        if (turns != input.turns.cend() && activity >= input.currentActivity &&
            turns->remaining > 0 && input.turnFloorMinutes > 0 &&
            turns->minutesPerTurn > input.turnFloorMinutes)
            candidates << Candidate{Trim{activity, turns->minutesPerTurn, turns->minutesPerTurn,
                                         true, turns->remaining},
                                    input.turnFloorMinutes, turns->remaining};
    }
    // A minute at a time to the candidate least trimmed in proportion (the larger on a tie), so
    // each gives in proportion to its minutes and the whole minutes add up.
    int won = 0;
    while (won < minutesBehind) {
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < candidates.size(); ++i) {
            const Trim &trim = candidates.at(i).trim;
            if (trim.toMinutes <= candidates.at(i).floor)
                continue;
            const double share = double(trim.toMinutes) / trim.fromMinutes;
            if (best < 0 || share > bestShare + 1e-9 ||
                (share > bestShare - 1e-9 &&
                 trim.fromMinutes * candidates.at(i).saving >
                     candidates.at(best).trim.fromMinutes * candidates.at(best).saving)) {
                best = i;
                bestShare = share;
            }
        }
        if (best < 0)
            break; // nothing left to trim
        --candidates[best].trim.toMinutes;
        won += candidates.at(best).saving;
    }
    QVector<Trim> trims;
    for (const Candidate &candidate : candidates) {
        if (candidate.trim.toMinutes < candidate.trim.fromMinutes)
            trims << candidate.trim;
    }
    return trims;
}

} // namespace fcte
