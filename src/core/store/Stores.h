#pragma once

#include "SessionStore.h"
#include "SheetStore.h"
#include "TimingStore.h"

namespace fcte {

class Database;

// The repositories of one open bitácora, handed around together.
struct Stores {
    explicit Stores(Database &db)
        : sessions(db)
        , sheets(db)
        , timing(db)
    {}
    SessionStore sessions;
    SheetStore sheets;
    TimingStore timing;
};

} // namespace fcte
