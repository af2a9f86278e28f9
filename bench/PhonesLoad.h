#pragma once

#include <QStringList>
#include <QTextStream>

namespace fcte {

// The phones' load benchmark (see PhonesLoad.cpp); prints its table. 0 when nothing was lost.
int runPhonesLoad(QTextStream &out);
// The phones themselves, in their own process (arguments: port, path, participant ids).
int runPhoneClients(const QStringList &arguments, QTextStream &out);

} // namespace fcte
