#include "core/session/Schedule.h"

#include <algorithm>
#include <cmath>

namespace fcte {
namespace {

constexpr qint64 MinuteMs = 60000;

// The activities through which the room has finished: those before a break that has begun.
int finishedThrough(const ScheduleInput &input)
{
    int through = 0;
    for (const BreakItem &item : input.breaks) {
        if (item.hasStarted())
            through = std::max(through, item.afterActivity);
    }
    return through;
}

// What is left of an activity the room is in.
qint64 remainderMs(const ScheduleInput &input, int activity)
{
    const auto turns = input.turns.constFind(activity);
    if (turns != input.turns.cend() && turns->minutesPerTurn > 0) {
        if (turns->remaining <= 0)
            return 0;
        const qint64 turnMs = qint64(turns->minutesPerTurn) * MinuteMs;
        return std::max<qint64>(0, turnMs - turns->speakingMs) + (turns->remaining - 1) * turnMs;
    }
    const qint64 plannedMs = qint64(input.plannedMinutes.value(activity)) * MinuteMs;
    return std::max<qint64>(0, plannedMs - input.elapsedMs.value(activity));
}

// What is left of the break: all of it while ahead, its remainder while it runs.
qint64 breakRemainderMs(const ScheduleInput &input, const BreakItem &item, int reached)
{
    const qint64 plannedMs = qint64(item.minutes) * MinuteMs;
    if (item.isRunning())
        return std::max<qint64>(0, plannedMs - item.elapsedMs(input.now.toMSecsSinceEpoch()));
    if (item.hasStarted() || item.afterActivity < reached)
        return 0; // taken, or passed without it
    return plannedMs;
}

} // namespace

int Schedule::reached(const ScheduleInput &input)
{
    int furthest = 0;
    for (int activity : input.run)
        furthest = std::max(furthest, activity);
    return furthest > 0 ? furthest : input.currentActivity;
}

ScheduleSummary Schedule::summarize(const ScheduleInput &input)
{
    ScheduleSummary summary;
    int skippedMinutes = 0;
    for (int activity : input.activities) {
        if (input.skipped.contains(activity))
            skippedMinutes += input.plannedMinutes.value(activity);
        else
            summary.plannedTotalMinutes += input.plannedMinutes.value(activity);
    }
    for (const BreakItem &item : input.breaks)
        summary.plannedTotalMinutes += item.minutes;
    // Activities left out at the start are out of the day's plan as well.
    summary.plannedEnd = input.plannedEnd.addSecs(-qint64(skippedMinutes) * 60);

    if (input.ended) {
        summary.projectedEnd = input.now;
    } else if (!input.started) {
        summary.projectedEnd = input.plannedStart.addSecs(qint64(summary.plannedTotalMinutes) * 60);
    } else {
        const int furthest = reached(input);
        const int finished = finishedThrough(input);
        qint64 remainingMs = 0;
        for (int activity : input.activities) {
            if (input.skipped.contains(activity))
                continue;
            if (activity == input.running || (activity == furthest && activity > finished))
                remainingMs += remainderMs(input, activity);
            else if (activity > furthest && activity > finished)
                remainingMs += qint64(input.plannedMinutes.value(activity)) * MinuteMs;
        }
        for (const BreakItem &item : input.breaks)
            remainingMs += breakRemainderMs(input, item, furthest);
        summary.projectedEnd = input.now.addMSecs(remainingMs);
    }
    summary.minutesBehind =
        int(std::lround(double(summary.plannedEnd.msecsTo(summary.projectedEnd)) / 60000.0));
    return summary;
}

QVector<Trim> Schedule::recoverySuggestion(const ScheduleInput &input, int minutesBehind)
{
    struct Candidate {
        Trim trim;
        int floor = 0;
        int saving = 1; // minutes won by one minute less
    };
    const int furthest = std::max(reached(input), finishedThrough(input));
    QVector<Candidate> candidates;
    for (int activity : input.activities) {
        if (input.skipped.contains(activity))
            continue;
        const int planned = input.plannedMinutes.value(activity);
        // Per-school activities give by their turns only (both trims would overwrite each other).
        if (activity > furthest && !input.run.contains(activity) &&
            !input.fixed.contains(activity) && !input.turns.contains(activity) &&
            planned > MinimumMinutes)
            candidates << Candidate{Trim{activity, planned, planned}, MinimumMinutes, 1};
        // Turns not begun: the schools still waiting (the one speaking keeps its turn).
        const auto turns = input.turns.constFind(activity);
        if (turns == input.turns.cend() || activity < furthest)
            continue;
        const int waiting = turns->remaining - (turns->speakingMs > 0 ? 1 : 0);
        if (waiting > 0 && input.turnFloorMinutes > 0 &&
            turns->minutesPerTurn > input.turnFloorMinutes)
            candidates << Candidate{
                Trim{activity, turns->minutesPerTurn, turns->minutesPerTurn, true, waiting},
                input.turnFloorMinutes, waiting};
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
