#pragma once

#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/TimingStore.h"

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
