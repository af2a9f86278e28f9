#pragma once

#include <QTextStream>

namespace fcte {

// The phones' load benchmark (see PhonesLoad.cpp); prints its table. 0 when nothing was lost.
int runPhonesLoad(QTextStream &out);

} // namespace fcte
