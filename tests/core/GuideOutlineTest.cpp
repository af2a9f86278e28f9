#include "core/guide/GuideOutline.h"
#include "TestSupport.h"
#include "core/guide/GuideLoader.h"
#include "core/guide/GuideWriter.h"
#include "core/guide/SheetKinds.h"
#include "core/session/ProjectionContent.h"

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

QStringList titles(const Section &section)
{
    QStringList result;
    for (const Activity &activity : section.activities)
        result << activity.title;
    return result;
}

// Numbered 1, 2, 3… across the sections, as the loader wants them.
bool numberedInOrder(const Guide &guide)
{
    int expected = 1;
    for (const Section &section : guide.sections) {
        for (const Activity &activity : section.activities) {
            if (activity.number != expected++)
                return false;
        }
    }
    return GuideLoader::fromJson(GuideWriter::toJson(guide)).ok();
}

} // namespace

TEST_CASE("A dropped activity takes the place of the one it lands on, in any section")
{
    Guide guide = test::shippedGuide();
    const QStringList first = titles(guide.sections.at(0));
    REQUIRE(first.size() >= 3);

    // Down within its section: the first activity lands on the third and takes its place.
    OutlinePosition at = GuideOutline::moveTo(guide, {0, 0}, {0, 2});
    CHECK(at == OutlinePosition{0, 2});
    CHECK(titles(guide.sections.at(0)).mid(0, 3) == QStringList{first[1], first[2], first[0]});
    CHECK(numberedInOrder(guide));

    // Into another section, before the activity it lands on.
    const QString moved = guide.sections.at(0).activities.at(2).title;
    const QString landedOn = guide.sections.at(1).activities.at(1).title;
    at = GuideOutline::moveTo(guide, {0, 2}, {1, 1});
    CHECK(at == OutlinePosition{1, 1});
    CHECK(guide.sections.at(1).activities.at(1).title == moved);
    CHECK(guide.sections.at(1).activities.at(2).title == landedOn);
    CHECK(numberedInOrder(guide));

    // Onto a section: at its end.
    at = GuideOutline::moveTo(guide, {1, 1}, {3, -1});
    CHECK(at == OutlinePosition{3, int(guide.sections.at(3).activities.size()) - 1});
    CHECK(guide.sections.at(3).activities.last().title == moved);
    CHECK(numberedInOrder(guide));
}

TEST_CASE("A dropped section moves with its activities, and nothing lands on the session")
{
    Guide guide = test::shippedGuide();
    const QString third = guide.sections.at(2).title;
    const QStringList thirdActivities = titles(guide.sections.at(2));
    // Dropped on an activity of the first section: the section takes the first's place.
    CHECK(GuideOutline::moveTo(guide, {2, -1}, {0, 1}) == OutlinePosition{0, -1});
    CHECK(guide.sections.at(0).title == third);
    CHECK(titles(guide.sections.at(0)) == thirdActivities);
    CHECK(numberedInOrder(guide));

    const QByteArray before = GuideWriter::toJson(guide);
    CHECK(GuideOutline::moveTo(guide, {0, 0}, {}) == OutlinePosition{0, 0});
    CHECK(GuideOutline::moveTo(guide, {1, -1}, {}) == OutlinePosition{1, -1});
    CHECK(GuideOutline::moveTo(guide, {0, 0}, {9, 0}) == OutlinePosition{0, 0});
    CHECK(GuideWriter::toJson(guide) == before);
}

TEST_CASE("The last activity of a section does not leave it empty when dragged away")
{
    Guide guide = GuideOutline::empty();
    GuideOutline::addSection(guide, {0, -1});
    const QByteArray before = GuideWriter::toJson(guide);
    CHECK(GuideOutline::moveTo(guide, {0, 0}, {1, 0}) == OutlinePosition{0, 0});
    CHECK(GuideWriter::toJson(guide) == before);
}

TEST_CASE("The preview of an activity shows its prompts and the sheet the room will see")
{
    const Guide &guide = test::shippedGuide();
    const Activity *withSheet = nullptr;
    const Section *itsSection = nullptr;
    for (const Section &section : guide.sections) {
        for (const Activity &activity : section.activities) {
            if (!withSheet && !activity.prompts.isEmpty() && activity.starters.isEmpty() &&
                !activity.sheets.isEmpty() && !SheetKinds::isPrivate(activity.sheets.first())) {
                withSheet = &activity;
                itsSection = &section;
            }
        }
    }
    REQUIRE(withSheet);
    const ProjectionContent content = ProjectionContent::preview(*itsSection, *withSheet);
    CHECK(content.title == QStringLiteral("%1. %2").arg(withSheet->number).arg(withSheet->title));
    CHECK(content.prompts == withSheet->prompts);
    CHECK(content.sheetName == SheetKinds::spec(withSheet->sheets.first()).name);
    REQUIRE(content.lines.size() == 1); // a placeholder, not anyone's words
}
