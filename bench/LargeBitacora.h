#pragma once

#include <QtGlobal>

namespace fcte {

class Database;

// A large, realistic bitácora for benchmarks: 12 schools, 300 participants, 5,000 entries
// across every list sheet, 300 commitments, teams, every school's problem, the next meeting.
// A scale multiplies the schools, the people, the entries and the commitments.
struct LargeBitacora {
    static constexpr int Schools = 12;
    static constexpr int Participants = 300;
    static constexpr int Entries = 5000;
    static constexpr int Commitments = 300;

    static qint64 generate(Database &db, int scale = 1);
};

} // namespace fcte
