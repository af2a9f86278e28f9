#include "core/session/VolunteerPicker.h"

#include <QMap>
#include <catch2/catch.hpp>
#include <random>

using fcte::VolunteerPicker;

TEST_CASE("Volunteers who already spoke are picked only after everyone else")
{
    std::mt19937 engine(7);
    const VolunteerPicker picker(
        [&engine](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(engine)); });
    const QVector<qint64> school = {1, 2, 3, 4, 5};
    QSet<qint64> spoke;
    for (int round = 0; round < 2; ++round) {
        const QVector<qint64> picked = picker.pick(school, spoke, 2);
        REQUIRE(picked.size() == 2);
        CHECK(picked.at(0) != picked.at(1));
        for (qint64 id : picked) {
            CHECK_FALSE(spoke.contains(id));
            spoke.insert(id);
        }
    }
    // One fresh person is left: they come first, then one who already spoke.
    const QVector<qint64> last = picker.pick(school, spoke, 2);
    REQUIRE(last.size() == 2);
    CHECK(last.at(0) == (QSet<qint64>{1, 2, 3, 4, 5} - spoke).values().first());
    CHECK(spoke.contains(last.at(1)));
}

TEST_CASE("Every candidate is equally likely to be picked")
{
    std::mt19937 engine(42);
    const VolunteerPicker picker(
        [&engine](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(engine)); });
    const QVector<qint64> school = {10, 11, 12, 13};
    QMap<qint64, int> counts;
    const int draws = 8000;
    for (int i = 0; i < draws; ++i)
        counts[picker.pick(school, {}, 1).first()]++;
    for (qint64 id : school)
        CHECK(std::abs(counts.value(id) - draws / 4) < draws / 20); // within 5 % of 2000
}

TEST_CASE("Asking for more volunteers than a school has returns everyone once")
{
    const VolunteerPicker picker;
    const QVector<qint64> picked = picker.pick({1, 2}, {}, 5);
    CHECK(picked.size() == 2);
    CHECK(QSet<qint64>(picked.begin(), picked.end()) == QSet<qint64>{1, 2});
    CHECK(picker.pick({}, {}, 2).isEmpty());
}
