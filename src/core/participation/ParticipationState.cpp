#include "core/participation/ParticipationState.h"

#include "core/guide/Guide.h"
#include "core/guide/SheetKinds.h"
#include "core/participation/ParticipationServer.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace fcte {
namespace {

using Json = nlohmann::json;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ParticipationState)
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The first kind of the activity that takes teachers' own words, or empty.
QString phoneKind(const Activity &activity)
{
    for (const QString &kind : activity.sheets) {
        if (SheetKinds::spec(kind).fromPhones)
            return kind;
    }
    return {};
}

// A commitment's four parts, worded as the guide's sentence starters where it gives them.
Json commitmentFields(const Guide &guide)
{
    QStringList starters;
    for (const Activity &activity : guide.activities()) {
        if (activity.sheets.contains(QStringLiteral("commitments")) &&
            activity.starters.size() >= 3)
            starters = activity.starters;
    }
    const QStringList labels = {
        starters.value(0, Text::tr("Mis alumnos requieren mejorar…")),
        starters.value(1, Text::tr("Me comprometo a implementar las siguientes acciones…")),
        starters.value(2, Text::tr("Compartiré los resultados en la sesión de marzo mediante…")),
        Text::tr("Evidencias e instrumentos para medir el avance")};
    const char *keys[] = {"studentsNeed", "actions", "shareHow", "evidence"};
    Json fields = Json::array();
    for (int i = 0; i < 4; ++i)
        fields.push_back({{"key", keys[i]}, {"label", utf8(labels.at(i))}});
    return fields;
}

Json formOf(const Guide &guide, const Activity &activity, const QString &kind)
{
    const SheetSpec spec = SheetKinds::spec(kind);
    Json form = {{"activity", activity.number},
                 {"kind", utf8(kind)},
                 {"title", utf8(QStringLiteral("%1. %2").arg(activity.number).arg(activity.title))},
                 {"sheet", utf8(spec.name)},
                 {"team", spec.teamTag}};
    const QStringList categories = spec.categoriesFromPrompts ? activity.prompts : spec.categories;
    form["categories"] = Json::array();
    for (const QString &category : categories)
        form["categories"].push_back(utf8(category));
    form["categoryLabel"] =
        utf8(spec.categoriesFromPrompts ? Text::tr("Pregunta o eje") : Text::tr("Tipo"));
    if (kind == QLatin1String("commitments")) {
        form["prompt"] =
            utf8(Text::tr("Escriba su compromiso personal: quien registra lo revisa antes "
                          "de agregarlo."));
        form["fields"] = commitmentFields(guide);
    } else if (spec.isPrivate) {
        form["private"] = true;
        form["prompt"] =
            utf8(Text::tr("Su nota se queda en este teléfono. Si usted quiere, envíela: "
                          "quien registra la guarda como nota privada, que no se proyecta "
                          "ni se imprime."));
        form["fields"] = Json::array({{{"key", "text"}, {"label", utf8(spec.name)}}});
    } else {
        form["prompt"] = utf8(spec.hint);
        form["fields"] = Json::array({{{"key", "text"}, {"label", utf8(spec.name)}}});
    }
    return form;
}

} // namespace

ParticipationState ParticipationState::build(const Guide &guide, int currentActivity,
                                             const QString &sessionTitle,
                                             const QVector<School> &schools,
                                             const QVector<Participant> &people,
                                             const QVector<Team> &teams)
{
    ParticipationState state;
    Json root = {{"session", utf8(sessionTitle)}, {"form", nullptr}};
    root["schools"] = Json::array();
    for (const School &school : schools)
        root["schools"].push_back({{"id", school.id}, {"name", utf8(school.name)}});
    root["people"] = Json::array();
    for (const Participant &person : people)
        root["people"].push_back(
            {{"id", person.id}, {"name", utf8(person.name)}, {"school", person.schoolId}});
    root["teams"] = Json::array();
    for (const Team &team : teams)
        root["teams"].push_back({{"id", team.id}, {"name", utf8(team.name)}});
    for (const Activity &activity : guide.activities()) {
        const QString kind = phoneKind(activity);
        if (kind.isEmpty() || activity.number > currentActivity)
            continue;
        state.open.insert(ParticipationServer::formKey(activity.number, kind));
        if (activity.number == currentActivity)
            root["form"] = formOf(guide, activity, kind);
    }
    state.json = QByteArray::fromStdString(root.dump());
    return state;
}

} // namespace fcte
