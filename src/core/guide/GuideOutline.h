#pragma once

#include "core/guide/Guide.h"

#include <QMap>

namespace fcte {

// An item of a guide's outline: the session as a whole, one section, or one activity of it
// (indexes, not numbers: the numbers follow the order).
struct OutlinePosition {
    int section = -1;
    int activity = -1;
    bool isSession() const { return section < 0; }
    bool isSection() const { return section >= 0 && activity < 0; }
    bool isActivity() const { return section >= 0 && activity >= 0; }
    bool operator==(const OutlinePosition &other) const
    {
        return section == other.section && activity == other.activity;
    }
};

// Editing a guide's outline as the guide editor does it, on a Guide value: every change keeps
// sections and activities numbered in order (1, 2, 3… across sections, as the loader expects)
// and returns the item to select afterwards.
namespace GuideOutline {

// A guide to start from: one section with one activity, valid as it is.
Guide empty();
// The guide to edit as a new one: a copy with its own identifier and a title that says so.
Guide duplicate(const Guide &guide);

// A new section after the given one (at the end when none), with one activity.
OutlinePosition addSection(Guide &guide, const OutlinePosition &after);
// A new activity after the given one, or at the end of the given section.
OutlinePosition addActivity(Guide &guide, const OutlinePosition &after);
// One place up (delta -1) or down (+1): an activity at the edge of its section moves into the
// next one; a section moves with its activities. Returns where it went.
OutlinePosition move(Guide &guide, const OutlinePosition &item, int delta);
// Where a dragged item lands when dropped on another: an activity takes the place of the
// activity it is dropped on (in any section), or goes to the end of a section dropped on; a
// section takes the place of the section it (or one of its activities) is dropped on. Nothing
// moves onto the session itself, and no section is left empty. Returns where it went.
OutlinePosition moveTo(Guide &guide, const OutlinePosition &item, const OutlinePosition &target);
// Removes an activity or a section (never the last one of the guide, since the loader wants
// one); returns what to select next.
OutlinePosition remove(Guide &guide, const OutlinePosition &item);
void renumber(Guide &guide);

// The loader's errors for this guide as written, by the outline item and field they are about
// ("title", "steps", …; "" for the item itself); the session's own fields under the session.
struct Problem {
    OutlinePosition item;
    QString field;
    // Where and what, as the editor shows the guide ("Apartado 2, actividad 7, título: no
    // puede estar vacío"), never the file's JSON path.
    QString message;
};
QVector<Problem> problems(const Guide &guide);

} // namespace GuideOutline

} // namespace fcte
