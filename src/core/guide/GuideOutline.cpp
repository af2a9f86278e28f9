#include "core/guide/GuideOutline.h"

#include "core/guide/GuideLoader.h"
#include "core/guide/GuideWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuideOutline)
};

Activity newActivity()
{
    Activity activity;
    activity.title = Text::tr("Nueva actividad");
    activity.minutes = 10;
    // No step yet: the editor shows what to write as a placeholder, and the guide has a problem
    // until a step is written (a step written for the author would count as the guide's).
    return activity;
}

Section newSection()
{
    Section section;
    section.title = Text::tr("Nuevo apartado");
    section.activities << newActivity();
    return section;
}

} // namespace

namespace GuideOutline {

Guide empty()
{
    Guide guide;
    guide.id = QStringLiteral("nueva-guia");
    guide.title = Text::tr("Nueva guía");
    guide.sections << newSection();
    renumber(guide);
    return guide;
}

Guide duplicate(const Guide &guide)
{
    Guide copy = guide;
    copy.id = guide.id + QStringLiteral("-copia");
    copy.title = Text::tr("%1 (copia)").arg(guide.title);
    copy.sourceJson.clear();
    return copy;
}

void renumber(Guide &guide)
{
    int number = 1;
    for (int s = 0; s < guide.sections.size(); ++s) {
        Section &section = guide.sections[s];
        section.number = s + 1;
        for (Activity &activity : section.activities) {
            activity.number = number++;
            activity.sectionNumber = section.number;
        }
    }
}

OutlinePosition addSection(Guide &guide, const OutlinePosition &after)
{
    const int at = after.isSession() ? int(guide.sections.size()) : after.section + 1;
    guide.sections.insert(at, newSection());
    renumber(guide);
    return {at, -1};
}

OutlinePosition addActivity(Guide &guide, const OutlinePosition &after)
{
    if (guide.sections.isEmpty())
        return addSection(guide, {});
    const int section = after.isSession() ? int(guide.sections.size()) - 1 : after.section;
    QVector<Activity> &activities = guide.sections[section].activities;
    const int at = after.isActivity() ? after.activity + 1 : int(activities.size());
    activities.insert(at, newActivity());
    renumber(guide);
    return {section, at};
}

OutlinePosition move(Guide &guide, const OutlinePosition &item, int delta)
{
    if (item.isSection()) {
        const int to = item.section + delta;
        if (to < 0 || to >= guide.sections.size())
            return item;
        guide.sections.move(item.section, to);
        renumber(guide);
        return {to, -1};
    }
    if (!item.isActivity())
        return item;
    QVector<Activity> &here = guide.sections[item.section].activities;
    const int to = item.activity + delta;
    if (to >= 0 && to < here.size()) {
        here.move(item.activity, to);
        renumber(guide);
        return {item.section, to};
    }
    // Over the edge of its section: into the neighbouring one, if any, and never leaving a
    // section empty.
    const int next = item.section + delta;
    if (next < 0 || next >= guide.sections.size() || here.size() < 2)
        return item;
    const Activity moved = here.takeAt(item.activity);
    QVector<Activity> &there = guide.sections[next].activities;
    const int at = delta < 0 ? int(there.size()) : 0;
    there.insert(at, moved);
    renumber(guide);
    return {next, at};
}

OutlinePosition moveTo(Guide &guide, const OutlinePosition &item, const OutlinePosition &target)
{
    const auto exists = [&guide](const OutlinePosition &at) {
        if (at.section < 0 || at.section >= guide.sections.size())
            return false;
        return at.activity < guide.sections.at(at.section).activities.size();
    };
    if (target.isSession() || !exists(item) || !exists(target) || item == target)
        return item;
    if (item.isSection()) {
        guide.sections.move(item.section, target.section);
        renumber(guide);
        return {target.section, -1};
    }
    if (!item.isActivity())
        return item;
    QVector<Activity> &from = guide.sections[item.section].activities;
    if (target.section == item.section) {
        const int to = target.isSection() ? int(from.size()) - 1 : target.activity;
        from.move(item.activity, to);
        renumber(guide);
        return {item.section, to};
    }
    if (from.size() < 2)
        return item; // a section keeps at least one activity
    const Activity moved = from.takeAt(item.activity);
    QVector<Activity> &into = guide.sections[target.section].activities;
    const int to = target.isSection() ? int(into.size()) : target.activity;
    into.insert(to, moved);
    renumber(guide);
    return {target.section, to};
}

OutlinePosition remove(Guide &guide, const OutlinePosition &item)
{
    if (item.isSection() && guide.sections.size() > 1) {
        guide.sections.removeAt(item.section);
        renumber(guide);
        return {qMin(item.section, int(guide.sections.size()) - 1), -1};
    }
    if (item.isActivity()) {
        QVector<Activity> &activities = guide.sections[item.section].activities;
        if (activities.size() > 1) {
            activities.removeAt(item.activity);
            renumber(guide);
            return {item.section, qMin(item.activity, int(activities.size()) - 1)};
        }
        if (guide.sections.size() > 1) // its section's only activity: the section goes
            return remove(guide, {item.section, -1});
    }
    return item;
}

static QString fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("GuideOutline", "identificador")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("GuideOutline", "título")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("GuideOutline", "fuente")},
        {QStringLiteral("purposes"), QT_TRANSLATE_NOOP("GuideOutline", "propósitos")},
        {QStringLiteral("materials"), QT_TRANSLATE_NOOP("GuideOutline", "materiales")},
        {QStringLiteral("preparation"), QT_TRANSLATE_NOOP("GuideOutline", "preparación")},
        {QStringLiteral("preparationPerSchool"),
         QT_TRANSLATE_NOOP("GuideOutline", "preparación por escuela")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("GuideOutline", "productos")},
        {QStringLiteral("sections"), QT_TRANSLATE_NOOP("GuideOutline", "apartados")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("GuideOutline", "actividades")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("GuideOutline", "número")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("GuideOutline", "minutos")},
        {QStringLiteral("minutesFrom"), QT_TRANSLATE_NOOP("GuideOutline", "origen de los minutos")},
        {QStringLiteral("fixed"), QT_TRANSLATE_NOOP("GuideOutline", "minutos fijos")},
        {QStringLiteral("timer"), QT_TRANSLATE_NOOP("GuideOutline", "temporizador")},
        {QStringLiteral("minutesPerTurn"), QT_TRANSLATE_NOOP("GuideOutline", "minutos por turno")},
        {QStringLiteral("steps"), QT_TRANSLATE_NOOP("GuideOutline", "pasos")},
        {QStringLiteral("prompts"), QT_TRANSLATE_NOOP("GuideOutline", "preguntas")},
        {QStringLiteral("starters"), QT_TRANSLATE_NOOP("GuideOutline", "frases para iniciar")},
        {QStringLiteral("sheets"), QT_TRANSLATE_NOOP("GuideOutline", "hojas")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("GuideOutline", "lectura")},
        {QStringLiteral("shows"), QT_TRANSLATE_NOOP("GuideOutline", "listas que presenta")},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("GuideOutline", name) : key;
}

QVector<Problem> problems(const Guide &guide)
{
    // Exactly what the loader says of the file this guide would be saved as, said as the
    // editor shows the guide: "Apartado 2, actividad 7, título: no puede estar vacío".
    const GuideLoadResult loaded = GuideLoader::fromJson(GuideWriter::toJson(guide));
    static const QRegularExpression path(QStringLiteral(
        R"(^(?:sections\[(\d+)\](?:\.activities\[(\d+)\])?\.?)?([A-Za-z]*)(?:\[(\d+)\])?\.?([A-Za-z]*))"));
    QVector<Problem> found;
    for (const QString &error : loaded.errors) {
        Problem problem;
        problem.message = error;
        const QString where = error.section(QStringLiteral(": "), 0, 0);
        const QRegularExpressionMatch match = path.match(where);
        if (!match.hasMatch() || where == error) {
            found << problem;
            continue;
        }
        if (!match.captured(1).isEmpty())
            problem.item.section = match.captured(1).toInt();
        if (!match.captured(2).isEmpty())
            problem.item.activity = match.captured(2).toInt();
        problem.field = match.captured(3);
        QStringList place;
        if (problem.item.isSession()) {
            place << Text::tr("La guía");
        } else {
            place << Text::tr("Apartado %1").arg(problem.item.section + 1);
            if (problem.item.isActivity()) {
                // The number the outline shows: activities are numbered across sections.
                int number = problem.item.activity + 1;
                for (int s = 0; s < problem.item.section && s < guide.sections.size(); ++s)
                    number += int(guide.sections.at(s).activities.size());
                place << Text::tr("actividad %1").arg(number);
            }
        }
        if (!problem.field.isEmpty()) {
            QString field = fieldName(problem.field);
            // Lines of a text list; a list of ticks (sheets, lists shown) is named by its kind
            // in the message itself.
            const bool ticks =
                problem.field == QLatin1String("sheets") || problem.field == QLatin1String("shows");
            if (!match.captured(4).isEmpty() && !ticks)
                field += Text::tr(", línea %1").arg(match.captured(4).toInt() + 1);
            if (!match.captured(5).isEmpty())
                field += Text::tr(" (%1)").arg(fieldName(match.captured(5)));
            place << field;
        }
        problem.message = place.join(QStringLiteral(", ")) + QStringLiteral(": ") +
                          error.section(QStringLiteral(": "), 1);
        found << problem;
    }
    return found;
}

} // namespace GuideOutline

} // namespace fcte
