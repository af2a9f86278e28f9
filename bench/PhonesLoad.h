#pragma once

#include <QStringList>
#include <QTextStream>

namespace fcte {

// The phones' load benchmark (see PhonesLoad.cpp); prints its table. 0 when nothing was lost
// (and, hostile, when the app stayed under 120 MiB and the recorder's p99 under 16 ms).
int runPhonesLoad(QTextStream &out, bool hostile);
// 4,000 submissions waiting, rejected one at a time: each decision's cost to the window (p99 under
// 16 ms is the goal). 0 when it is met.
int runQueueDecisions(QTextStream &out);
// The phones themselves, in their own process (arguments: port, path, participant ids, round,
// and "attack" for the hostile clients beside them).
int runPhoneClients(const QStringList &arguments, QTextStream &out);

} // namespace fcte
