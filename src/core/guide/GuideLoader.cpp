#include "GuideLoader.h"

#include "SheetKinds.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace fcte {
namespace {

using nlohmann::json;

struct TooDeep {};

QString tr(const char *text)
{
    return QCoreApplication::translate("GuideLoader", text);
}

// Walks the document with the current JSON path so every error can name where it is.
class Validator {
public:
    QStringList errors;

    void fail(const QString &path, const QString &message)
    {
        errors << (path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    }

    const json *member(const json &object, const QString &path, const char *key, bool required)
    {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(join(path, key), tr("falta este campo"));
            return nullptr;
        }
        return &*it;
    }

    QString text(const json &object, const QString &path, const char *key, bool required)
    {
        const json *value = member(object, path, key, required);
        if (!value)
            return {};
        if (!value->is_string()) {
            fail(join(path, key), tr("debe ser texto"));
            return {};
        }
        const QString result = QString::fromStdString(value->get<std::string>()).trimmed();
        if (required && result.isEmpty())
            fail(join(path, key), tr("no puede estar vacío"));
        return result;
    }

    int integer(const json &object, const QString &path, const char *key, int min, int max,
                bool required)
    {
        const json *value = member(object, path, key, required);
        if (!value)
            return 0;
        if (!value->is_number_integer() || value->get<long long>() < min ||
            value->get<long long>() > max) {
            fail(join(path, key), tr("debe ser un entero entre %1 y %2").arg(min).arg(max));
            return 0;
        }
        return int(value->get<long long>());
    }

    bool boolean(const json &object, const QString &path, const char *key)
    {
        const json *value = member(object, path, key, false);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            fail(join(path, key), tr("debe ser true o false"));
            return false;
        }
        return value->get<bool>();
    }

    QStringList texts(const json &object, const QString &path, const char *key, bool required)
    {
        const json *value = member(object, path, key, required);
        QStringList result;
        if (!value)
            return result;
        const QString here = join(path, key);
        if (!value->is_array()) {
            fail(here, tr("debe ser una lista de textos"));
            return result;
        }
        if (required && value->empty())
            fail(here, tr("no puede estar vacía"));
        for (std::size_t i = 0; i < value->size(); ++i) {
            const json &item = (*value)[i];
            const QString itemPath = here + QStringLiteral("[%1]").arg(i);
            if (!item.is_string()) {
                fail(itemPath, tr("debe ser texto"));
                continue;
            }
            const QString itemText = QString::fromStdString(item.get<std::string>()).trimmed();
            if (itemText.isEmpty())
                fail(itemPath, tr("no puede estar vacío"));
            result << itemText;
        }
        return result;
    }

    static QString join(const QString &path, const char *key)
    {
        const QString name = QString::fromLatin1(key);
        return path.isEmpty() ? name : path + QLatin1Char('.') + name;
    }
};

Activity readActivity(Validator &v, const json &node, const QString &path)
{
    Activity activity;
    if (!node.is_object()) {
        v.fail(path, tr("debe ser un objeto"));
        return activity;
    }
    activity.number = v.integer(node, path, "number", 1, 999, true);
    activity.title = v.text(node, path, "title", true);
    activity.minutes = v.integer(node, path, "minutes", 1, 240, true);
    activity.fixed = v.boolean(node, path, "fixed");
    const QString timer = v.text(node, path, "timer", true);
    if (timer == QLatin1String("perSchool")) {
        activity.timer = TimerKind::PerSchool;
        activity.minutesPerTurn = v.integer(node, path, "minutesPerTurn", 1, 60, true);
    } else if (timer == QLatin1String("activity")) {
        activity.timer = TimerKind::PerActivity;
    } else if (!timer.isEmpty()) {
        v.fail(Validator::join(path, "timer"), tr("debe ser \"activity\" o \"perSchool\""));
    }
    activity.steps = v.texts(node, path, "steps", true);
    activity.prompts = v.texts(node, path, "prompts", false);
    activity.starters = v.texts(node, path, "starters", false);
    activity.sheets = v.texts(node, path, "sheets", false);
    for (int i = 0; i < activity.sheets.size(); ++i) {
        if (!SheetKinds::isKnown(activity.sheets.at(i)))
            v.fail(Validator::join(path, "sheets") + QStringLiteral("[%1]").arg(i),
                   tr("tipo de hoja desconocido: %1").arg(activity.sheets.at(i)));
    }
    if (const json *reading = v.member(node, path, "reading", false)) {
        const QString readingPath = Validator::join(path, "reading");
        if (!reading->is_object()) {
            v.fail(readingPath, tr("debe ser un objeto"));
        } else {
            activity.reading.title = v.text(*reading, readingPath, "title", true);
            activity.reading.source = v.text(*reading, readingPath, "source", true);
        }
    }
    return activity;
}

Guide readGuide(Validator &v, const json &root)
{
    Guide guide;
    if (!root.is_object()) {
        v.fail(QString(), tr("el documento debe ser un objeto JSON"));
        return guide;
    }
    guide.id = v.text(root, QString(), "id", true);
    guide.title = v.text(root, QString(), "title", true);
    guide.source = v.text(root, QString(), "source", false);
    guide.purposes = v.texts(root, QString(), "purposes", false);
    guide.materials = v.texts(root, QString(), "materials", false);
    guide.products = v.texts(root, QString(), "products", false);

    const json *sections = v.member(root, QString(), "sections", true);
    if (!sections)
        return guide;
    if (!sections->is_array() || sections->empty()) {
        v.fail(QStringLiteral("sections"), tr("debe ser una lista no vacía de apartados"));
        return guide;
    }
    int expectedNumber = 1;
    for (std::size_t s = 0; s < sections->size(); ++s) {
        const json &node = (*sections)[s];
        const QString path = QStringLiteral("sections[%1]").arg(s);
        if (!node.is_object()) {
            v.fail(path, tr("debe ser un objeto"));
            continue;
        }
        Section section;
        section.number = v.integer(node, path, "number", 1, 99, true);
        section.title = v.text(node, path, "title", true);
        const json *activities = v.member(node, path, "activities", true);
        if (activities && (!activities->is_array() || activities->empty())) {
            v.fail(Validator::join(path, "activities"),
                   tr("debe ser una lista no vacía de actividades"));
        } else if (activities) {
            for (std::size_t a = 0; a < activities->size(); ++a) {
                const QString activityPath = path + QStringLiteral(".activities[%1]").arg(a);
                Activity activity = readActivity(v, (*activities)[a], activityPath);
                if (activity.number != 0 && activity.number != expectedNumber)
                    v.fail(activityPath + QStringLiteral(".number"),
                           tr("se esperaba la actividad %1").arg(expectedNumber));
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

QString GuideLoader::defaultGuidePath()
{
    return QStringLiteral(":/guides/cuarta-sesion-aprendizaje-entre-escuelas.json");
}

GuideLoadResult GuideLoader::fromJson(const QByteArray &data)
{
    GuideLoadResult result;
    if (data.size() > MaxBytes) {
        result.errors << tr("la guía pesa más de %1 KiB").arg(MaxBytes / 1024);
        return result;
    }
    json root;
    try {
        const json::parser_callback_t limitDepth = [](int depth, json::parse_event_t,
                                                      json &) -> bool {
            if (depth > MaxDepth)
                throw TooDeep{};
            return true;
        };
        root = json::parse(data.constBegin(), data.constEnd(), limitDepth);
    } catch (const TooDeep &) {
        result.errors << tr("la guía anida más de %1 niveles").arg(MaxDepth);
        return result;
    } catch (const json::parse_error &error) {
        result.errors << tr("JSON mal formado cerca del byte %1").arg(error.byte);
        return result;
    } catch (const json::exception &) {
        result.errors << tr("JSON mal formado");
        return result;
    }
    Validator validator;
    Guide guide = readGuide(validator, root);
    if (validator.errors.isEmpty() && guide.activityCount() == 0)
        validator.fail(QStringLiteral("sections"), tr("la guía no tiene actividades"));
    result.errors = validator.errors;
    if (result.errors.isEmpty())
        result.guide = std::move(guide);
    return result;
}

GuideLoadResult GuideLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        GuideLoadResult result;
        result.errors << tr("no se pudo abrir la guía %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxBytes) {
        GuideLoadResult result;
        result.errors << tr("la guía pesa más de %1 KiB").arg(MaxBytes / 1024);
        return result;
    }
    return fromJson(file.readAll());
}

} // namespace fcte
