#include "core/guide/GuideLoader.h"

#include "core/guide/SheetKinds.h"
#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QFile>

namespace fcte {
namespace {

using nlohmann::json;

using Validator = JsonReader;
constexpr auto Yes = JsonReader::Required::Yes;
constexpr auto No = JsonReader::Required::No;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuideLoader)
};

// Spanish names a guide's author may write for a field (the format's keys are English): the
// error then says which key was meant.
const char *meantKey(const std::string &key)
{
    static const std::pair<const char *, const char *> aliases[] = {
        {"numero", "number"},
        {"número", "number"},
        {"titulo", "title"},
        {"título", "title"},
        {"minutos", "minutes"},
        {"pasos", "steps"},
        {"preguntas", "prompts"},
        {"frases", "starters"},
        {"hojas", "sheets"},
        {"lectura", "reading"},
        {"fuente", "source"},
        {"propositos", "purposes"},
        {"propósitos", "purposes"},
        {"materiales", "materials"},
        {"productos", "products"},
        {"apartados", "sections"},
        {"secciones", "sections"},
        {"actividades", "activities"},
        {"preparacion", "preparation"},
        {"preparación", "preparation"},
        {"reloj", "timer"},
        {"muestra", "shows"},
    };
    for (const auto &[alias, key_] : aliases) {
        if (key == alias)
            return key_;
    }
    return nullptr;
}

// Every member of node not among the level's fields is an error: a misspelt key would
// otherwise be dropped without a word, and what it held with it.
void refuseUnknownKeys(Validator &v, const json &node, const QString &path,
                       GuideLoader::Level level)
{
    if (!node.is_object())
        return;
    const QStringList known = GuideLoader::fields(level);
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (known.contains(QString::fromStdString(it.key())))
            continue;
        const QString where = path.isEmpty()
                                  ? QString::fromStdString(it.key())
                                  : path + QLatin1Char('.') + QString::fromStdString(it.key());
        if (const char *meant = meantKey(it.key()))
            v.fail(where,
                   Text::tr("campo desconocido; ¿quiso decir \"%1\"?").arg(QLatin1String(meant)));
        else
            v.fail(where, Text::tr("campo desconocido (los campos posibles: %1)")
                              .arg(known.join(QStringLiteral(", "))));
    }
}

Activity readActivity(Validator &v, const json &node, const QString &path, const Guide &guide)
{
    Activity activity;
    if (!node.is_object()) {
        v.fail(path, Text::tr("debe ser un objeto"));
        return activity;
    }
    refuseUnknownKeys(v, node, path, GuideLoader::Level::Activity);
    activity.number = v.integer(node, path, "number", 1, 999, Yes);
    activity.title = v.text(node, path, "title", Yes);
    activity.minutes = v.integer(node, path, "minutes", 1, 240, Yes);
    activity.fixed = v.boolean(node, path, "fixed");
    const QString minutesFrom = v.text(node, path, "minutesFrom", No);
    activity.minutesFromGuide = minutesFrom == QLatin1String("guide");
    if (!minutesFrom.isEmpty() && !activity.minutesFromGuide &&
        minutesFrom != QLatin1String("proposal"))
        v.fail(Validator::join(path, "minutesFrom"), Text::tr("debe ser \"guide\" o \"proposal\""));
    const QString timer = v.text(node, path, "timer", Yes);
    if (timer == QLatin1String("perSchool")) {
        activity.timer = TimerKind::PerSchool;
        activity.minutesPerTurn = v.integer(node, path, "minutesPerTurn", 1, 60, Yes);
    } else if (timer == QLatin1String("activity")) {
        activity.timer = TimerKind::PerActivity;
    } else if (!timer.isEmpty()) {
        v.fail(Validator::join(path, "timer"), Text::tr("debe ser \"activity\" o \"perSchool\""));
    }
    activity.steps = v.texts(node, path, "steps", Yes);
    activity.prompts = v.texts(node, path, "prompts", No);
    activity.starters = v.texts(node, path, "starters", No);
    activity.sheets = v.texts(node, path, "sheets", No);
    for (int i = 0; i < activity.sheets.size(); ++i) {
        if (!SheetKinds::isKnown(activity.sheets.at(i)))
            v.fail(Validator::join(path, "sheets") + QStringLiteral("[%1]").arg(i),
                   Text::tr("tipo de hoja desconocido: %1").arg(activity.sheets.at(i)));
    }
    if (const json *reading = v.member(node, path, "reading", No)) {
        const QString readingPath = Validator::join(path, "reading");
        if (!reading->is_object()) {
            v.fail(readingPath, Text::tr("debe ser un objeto"));
        } else {
            refuseUnknownKeys(v, *reading, readingPath, GuideLoader::Level::Reading);
            activity.reading.title = v.text(*reading, readingPath, "title", Yes);
            activity.reading.source = v.text(*reading, readingPath, "source", Yes);
        }
    }
    const QStringList shows = v.texts(node, path, "shows", No);
    for (int i = 0; i < shows.size(); ++i) {
        SessionList list;
        if (!SessionList::kindOf(shows.at(i), list.kind)) {
            v.fail(Validator::join(path, "shows") + QStringLiteral("[%1]").arg(i),
                   Text::tr("debe ser \"purposes\", \"products\", \"materials\" o \"agenda\""));
            continue;
        }
        // The session's own list, as it stands in this guide (the agenda's come from the timer).
        if (list.kind == SessionList::Kind::Purposes)
            list.items = guide.purposes;
        else if (list.kind == SessionList::Kind::Products)
            list.items = guide.products;
        else if (list.kind == SessionList::Kind::Materials)
            list.items = guide.materials;
        activity.shows << list;
    }
    return activity;
}

Guide readGuide(Validator &v, const json &root)
{
    Guide guide;
    if (!root.is_object()) {
        v.fail(QString(), Text::tr("el documento debe ser un objeto JSON"));
        return guide;
    }
    refuseUnknownKeys(v, root, QString(), GuideLoader::Level::Guide);
    guide.id = v.text(root, QString(), "id", Yes);
    guide.title = v.text(root, QString(), "title", Yes);
    guide.source = v.text(root, QString(), "source", No);
    guide.purposes = v.texts(root, QString(), "purposes", No);
    guide.materials = v.texts(root, QString(), "materials", No);
    guide.preparation = v.texts(root, QString(), "preparation", No);
    guide.preparationPerSchool = v.texts(root, QString(), "preparationPerSchool", No);
    guide.products = v.texts(root, QString(), "products", No);

    const json *sections = v.member(root, QString(), "sections", Yes);
    if (!sections)
        return guide;
    if (!sections->is_array() || sections->empty()) {
        v.fail(QStringLiteral("sections"), Text::tr("debe ser una lista no vacía de apartados"));
        return guide;
    }
    int expectedNumber = 1;
    QList<int> sectionNumbers;
    for (std::size_t s = 0; s < sections->size(); ++s) {
        const json &node = (*sections)[s];
        const QString path = QStringLiteral("sections[%1]").arg(s);
        if (!node.is_object()) {
            v.fail(path, Text::tr("debe ser un objeto"));
            continue;
        }
        refuseUnknownKeys(v, node, path, GuideLoader::Level::Section);
        Section section;
        section.number = v.integer(node, path, "number", 1, 99, Yes);
        // Sections are numbered in order like activities: two with one number would be one
        // heading in the agenda and the PDF for two parts of the session.
        if (section.number != 0 && sectionNumbers.contains(section.number))
            v.fail(path + QStringLiteral(".number"),
                   Text::tr("el apartado %1 está repetido").arg(section.number));
        else if (section.number != 0 && section.number != int(s) + 1)
            v.fail(path + QStringLiteral(".number"),
                   Text::tr("se esperaba el apartado %1").arg(s + 1));
        sectionNumbers << section.number;
        section.title = v.text(node, path, "title", Yes);
        const json *activities = v.member(node, path, "activities", Yes);
        if (activities && (!activities->is_array() || activities->empty())) {
            v.fail(Validator::join(path, "activities"),
                   Text::tr("debe ser una lista no vacía de actividades"));
        } else if (activities) {
            for (std::size_t a = 0; a < activities->size(); ++a) {
                const QString activityPath = path + QStringLiteral(".activities[%1]").arg(a);
                Activity activity = readActivity(v, (*activities)[a], activityPath, guide);
                if (activity.number != 0 && activity.number != expectedNumber)
                    v.fail(activityPath + QStringLiteral(".number"),
                           Text::tr("se esperaba la actividad %1").arg(expectedNumber));
                activity.sectionNumber = section.number;
                section.activities << activity;
                ++expectedNumber;
            }
        }
        guide.sections << section;
    }
    return guide;
}

} // namespace

QStringList GuideLoader::fields(Level level)
{
    switch (level) {
    case Level::Guide:
        return {QStringLiteral("id"),
                QStringLiteral("title"),
                QStringLiteral("source"),
                QStringLiteral("purposes"),
                QStringLiteral("materials"),
                QStringLiteral("preparation"),
                QStringLiteral("preparationPerSchool"),
                QStringLiteral("products"),
                QStringLiteral("sections")};
    case Level::Section:
        return {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("activities")};
    case Level::Activity:
        return {
            QStringLiteral("number"),         QStringLiteral("title"),  QStringLiteral("minutes"),
            QStringLiteral("minutesFrom"),    QStringLiteral("fixed"),  QStringLiteral("timer"),
            QStringLiteral("minutesPerTurn"), QStringLiteral("steps"),  QStringLiteral("prompts"),
            QStringLiteral("starters"),       QStringLiteral("sheets"), QStringLiteral("reading"),
            QStringLiteral("shows")};
    case Level::Reading:
        return {QStringLiteral("title"), QStringLiteral("source")};
    }
    return {};
}

QString GuideLoader::defaultGuidePath()
{
    return QStringLiteral(":/guides/cuarta-sesion-aprendizaje-entre-escuelas.json");
}

QString GuideLoader::followUpGuidePath()
{
    return QStringLiteral(":/guides/seguimiento-de-compromisos.json");
}

GuideLoadResult GuideLoader::fromJson(const QByteArray &data)
{
    GuideLoadResult result;
    Validator validator;
    const std::optional<JsonReader::json> root = validator.parse(data, MaxBytes, MaxDepth);
    if (!root) {
        result.errors = validator.errors;
        return result;
    }
    Guide guide = readGuide(validator, *root);
    if (validator.ok() && guide.activityCount() == 0)
        validator.fail(QStringLiteral("sections"), Text::tr("la guía no tiene actividades"));
    result.errors = validator.errors;
    if (result.errors.isEmpty()) {
        guide.sourceJson = data;
        result.guide = std::move(guide);
    }
    return result;
}

GuideLoadResult GuideLoader::forEditing(const QByteArray &data)
{
    GuideLoadResult result;
    Validator validator;
    const std::optional<JsonReader::json> root = validator.parse(data, MaxBytes, MaxDepth);
    if (!root || !root->is_object()) {
        result.errors =
            root ? QStringList{Text::tr("el documento debe ser un objeto JSON")} : validator.errors;
        return result;
    }
    Guide guide = readGuide(validator, *root);
    result.errors = validator.errors;
    // A kind of sheet the program does not have cannot be shown, nor unticked, in the editor:
    // it is left out (the file's problems name it).
    for (Section &section : guide.sections) {
        for (Activity &activity : section.activities)
            activity.sheets.removeIf(
                [](const QString &kind) { return !SheetKinds::isKnown(kind); });
    }
    if (guide.sections.isEmpty())
        guide.sections << Section{};
    for (Section &section : guide.sections) {
        if (section.activities.isEmpty())
            section.activities << Activity{};
    }
    result.guide = std::move(guide);
    return result;
}

namespace {
QByteArray readGuideFile(const QString &path, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << Text::tr("no se pudo abrir la guía %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > GuideLoader::MaxBytes) {
        errors << Text::tr("la guía pesa más de %1 KiB").arg(GuideLoader::MaxBytes / 1024);
        return {};
    }
    return file.readAll();
}
} // namespace

GuideLoadResult GuideLoader::forEditingFile(const QString &path)
{
    GuideLoadResult result;
    const QByteArray data = readGuideFile(path, result.errors);
    return result.errors.isEmpty() ? forEditing(data) : result;
}

GuideLoadResult GuideLoader::fromFile(const QString &path)
{
    GuideLoadResult result;
    const QByteArray data = readGuideFile(path, result.errors);
    return result.errors.isEmpty() ? fromJson(data) : result;
}

} // namespace fcte
