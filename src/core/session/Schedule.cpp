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

    if (!input.started) {
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
    QVector<Trim> trims;
    if (minutesBehind <= 0)
        return trims;
    QVector<int> candidates;
    int trimmable = 0;
    for (int activity : input.activities) {
        const int planned = input.plannedMinutes.value(activity);
        if (activity > input.currentActivity && !input.fixed.contains(activity) &&
            planned > MinimumMinutes) {
            candidates << activity;
            trimmable += planned;
        }
    }
    if (trimmable == 0)
        return trims;
    // Largest remainder: each takes the whole minutes of its share, then the minutes still
    // missing go to the largest fractions, so the total is exact and nobody is favoured.
    QVector<int> cuts(candidates.size());
    QVector<double> fractions(candidates.size());
    int left = minutesBehind;
    for (int i = 0; i < candidates.size(); ++i) {
        const int planned = input.plannedMinutes.value(candidates.at(i));
        const double share = double(minutesBehind) * planned / trimmable;
        cuts[i] = qMin(int(std::floor(share)), planned - MinimumMinutes);
        fractions[i] = share - std::floor(share);
        left -= cuts.at(i);
    }
    while (left > 0) {
        int best = -1;
        for (int i = 0; i < candidates.size(); ++i) {
            const int room =
                input.plannedMinutes.value(candidates.at(i)) - MinimumMinutes - cuts.at(i);
            if (room > 0 && (best < 0 || fractions.at(i) > fractions.at(best)))
                best = i;
        }
        if (best < 0)
            break; // nothing left to trim
        ++cuts[best];
        fractions[best] -= 1.0;
        --left;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const int planned = input.plannedMinutes.value(candidates.at(i));
        if (cuts.at(i) > 0)
            trims << Trim{candidates.at(i), planned, planned - cuts.at(i)};
    }
    return trims;
}

} // namespace fcte
