#include "core/guide/GuideLoader.h"
#include "TestSupport.h"
#include "core/guide/GuideWriter.h"
#include "core/guide/SheetKinds.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace fcte;
using nlohmann::json;

namespace {

json shippedJson()
{
    return json::parse(test::readFile(GuideLoader::defaultGuidePath()).toStdString());
}

GuideLoadResult load(const json &document)
{
    return GuideLoader::fromJson(QByteArray::fromStdString(document.dump()));
}

bool hasErrorStartingWith(const GuideLoadResult &result, const QString &prefix)
{
    for (const QString &error : result.errors) {
        if (error.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The shipped guide has 22 activities in four sections")
{
    const Guide &guide = test::shippedGuide();
    REQUIRE(guide.sections.size() == 4);
    REQUIRE(guide.activityCount() == 22);
    const QVector<QPair<int, int>> ranges = {{1, 4}, {5, 10}, {11, 20}, {21, 22}};
    for (int s = 0; s < 4; ++s) {
        const Section &section = guide.sections.at(s);
        CHECK(section.number == s + 1);
        CHECK(section.activities.first().number == ranges.at(s).first);
        CHECK(section.activities.last().number == ranges.at(s).second);
    }
    CHECK(guide.sections.at(1).title ==
          QStringLiteral("¿Cuáles son las problemáticas que compartimos?"));
    CHECK(guide.sections.at(2).title == QStringLiteral("¿Qué requerimos fortalecer o modificar?"));
    int expected = 1;
    for (const Activity &activity : guide.activities()) {
        CHECK(activity.number == expected++);
        CHECK_FALSE(activity.steps.isEmpty());
        CHECK(activity.minutes > 0);
        for (const QString &sheet : activity.sheets)
            CHECK(SheetKinds::isKnown(sheet));
    }
    CHECK_FALSE(guide.materials.isEmpty());
    CHECK_FALSE(guide.products.isEmpty());
}

TEST_CASE("The shipped guide keeps the guide's facts")
{
    const Guide &guide = test::shippedGuide();
    const Activity *presentations = guide.activity(7);
    REQUIRE(presentations);
    CHECK(presentations->timer == TimerKind::PerSchool);
    CHECK(presentations->minutesPerTurn == 10);
    CHECK(presentations->fixed);
    CHECK(guide.plannedMinutes(*presentations, 4) == 40);

    const Activity *starters = guide.activity(15);
    REQUIRE(starters);
    REQUIRE(starters->starters.size() == 3);
    CHECK(starters->starters.at(0).startsWith(QStringLiteral("Mis alumnos requieren mejorar")));
    CHECK(starters->starters.at(1).contains(QStringLiteral("me comprometo a implementar")));
    CHECK(starters->starters.at(2).contains(
        QStringLiteral("sesión entre escuelas de marzo, mediante")));

    for (int number : {5, 17, 21})
        CHECK_FALSE(guide.activity(number)->reading.isEmpty());
    CHECK(guide.activity(9)->prompts.size() == 4);
    CHECK(guide.activity(11)->prompts.size() == 4);
    CHECK(guide.activity(8)->sheets.contains(QStringLiteral("individualNotes")));
    CHECK(guide.activity(10)->sheets.contains(QStringLiteral("similarities")));
}

TEST_CASE("The planned minutes fill a school morning with a break")
{
    const Guide &guide = test::shippedGuide();
    int total = 0;
    for (const Activity &activity : guide.activities())
        total += guide.plannedMinutes(activity, 3);
    // 08:00 to 12:30 with a 30-minute break leaves 240 minutes for three schools.
    CHECK(total == 240);
}

TEST_CASE("Broken guides are reported by JSON path and never load")
{
    SECTION("a missing field")
    {
        json doc = shippedJson();
        doc["sections"][1]["activities"][3].erase("minutes");
        const auto result = load(doc);
        CHECK_FALSE(result.ok());
        CHECK(hasErrorStartingWith(result, QStringLiteral("sections[1].activities[3].minutes: ")));
    }
    SECTION("a value of the wrong type")
    {
        json doc = shippedJson();
        doc["sections"][0]["activities"][2]["minutes"] = "diez";
        const auto result = load(doc);
        CHECK(hasErrorStartingWith(result, QStringLiteral("sections[0].activities[2].minutes: ")));
    }
    SECTION("minutes out of range")
    {
        json doc = shippedJson();
        doc["sections"][2]["activities"][0]["minutes"] = -5;
        CHECK(
            hasErrorStartingWith(load(doc), QStringLiteral("sections[2].activities[0].minutes: ")));
    }
    SECTION("activities out of order")
    {
        json doc = shippedJson();
        doc["sections"][0]["activities"][1]["number"] = 3;
        CHECK(
            hasErrorStartingWith(load(doc), QStringLiteral("sections[0].activities[1].number: ")));
    }
    SECTION("an unknown timer kind")
    {
        json doc = shippedJson();
        doc["sections"][1]["activities"][2]["timer"] = "perTeam";
        CHECK(hasErrorStartingWith(load(doc), QStringLiteral("sections[1].activities[2].timer: ")));
    }
    SECTION("a per-school timer without minutes per turn")
    {
        json doc = shippedJson();
        doc["sections"][1]["activities"][2].erase("minutesPerTurn");
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[1].activities[2].minutesPerTurn: ")));
    }
    SECTION("an unknown sheet kind")
    {
        json doc = shippedJson();
        doc["sections"][0]["activities"][3]["sheets"] = {"norms", "karaoke"};
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[0].activities[3].sheets[1]: ")));
    }
    SECTION("minutes from somewhere other than the guide or our proposal")
    {
        json doc = shippedJson();
        doc["sections"][1]["activities"][2]["minutesFrom"] = "internet";
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[1].activities[2].minutesFrom: ")));
    }
    SECTION("an unknown session list to show")
    {
        json doc = shippedJson();
        doc["sections"][0]["activities"][1]["shows"] = {"purposes", "chistes"};
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[0].activities[1].shows[1]: ")));
    }
    SECTION("a step that is not text")
    {
        json doc = shippedJson();
        doc["sections"][3]["activities"][0]["steps"][1] = 42;
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[3].activities[0].steps[1]: ")));
    }
    SECTION("a reading without its source")
    {
        json doc = shippedJson();
        doc["sections"][1]["activities"][0]["reading"].erase("source");
        CHECK(hasErrorStartingWith(load(doc),
                                   QStringLiteral("sections[1].activities[0].reading.source: ")));
    }
    SECTION("no sections")
    {
        json doc = shippedJson();
        doc["sections"] = json::array();
        CHECK(hasErrorStartingWith(load(doc), QStringLiteral("sections: ")));
    }
    SECTION("a document that is not an object")
    {
        CHECK_FALSE(GuideLoader::fromJson("[1, 2, 3]").ok());
    }
    SECTION("malformed JSON")
    {
        const auto result = GuideLoader::fromJson("{\"id\": \"x\", \"sections\": [");
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.first().contains(QStringLiteral("JSON mal formado")));
    }
    SECTION("an empty file")
    {
        CHECK_FALSE(GuideLoader::fromJson(QByteArray()).ok());
    }
    SECTION("deep nesting is refused without recursion blowing the stack")
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const auto result = GuideLoader::fromJson(deep);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.first().contains(QStringLiteral("niveles")));
    }
    SECTION("a missing file")
    {
        const auto result = GuideLoader::fromFile(QStringLiteral("/nonexistent/guide.json"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.first().contains(QStringLiteral("no se pudo abrir")));
    }
}

TEST_CASE("The shipped guide keeps the guide's own words where they matter")
{
    const Guide &guide = test::shippedGuide();
    // Activity 6: the participants share base ideas and commitments; nothing is put to agreement.
    const QString six = guide.activity(6)->steps.join(QLatin1Char(' '));
    CHECK(six.contains(QStringLiteral("compart"), Qt::CaseInsensitive));
    CHECK_FALSE(six.contains(QStringLiteral("Acuerden")));
    // Activity 20: two or more volunteers per school.
    CHECK(guide.activity(20)->steps.join(QLatin1Char(' ')).contains(QStringLiteral("Dos o más")));
    // Only activity 7's minutes come from the guide: 10 per school, at most.
    for (const Activity &activity : guide.activities())
        CHECK(activity.minutesFromGuide == (activity.number == 7));
    CHECK(guide.activity(7)->minutesPerTurn == 10);

    const auto steps = [&guide](int activity) {
        return guide.activity(activity)->steps.join(QLatin1Char(' '));
    };
    // Activity 2 asks what is expected in the guide's words; no prompt of ours.
    CHECK(guide.activity(2)->prompts.isEmpty());
    CHECK(guide.purposes.at(2).endsWith(
        QStringLiteral("y dar continuidad al aprendizaje entre escuelas.")));
    // Activity 3 presents the times; adjusting them is not the guide's step.
    CHECK_FALSE(steps(3).contains(QStringLiteral("ajúst")));
    CHECK(guide.activity(11)->prompts.at(0).contains(QStringLiteral("prioridad educativa")));
    CHECK(steps(12).contains(QStringLiteral("contribuir a resolver las problemáticas")));
    CHECK(guide.activity(15)->starters.at(2).contains(QStringLiteral("producciones gráficas")));
    CHECK(steps(18).contains(QStringLiteral("para compartirlas en plenaria")));
    // Activity 9: what the presentations contribute to, the guide's five points (lines 161–172).
    const QString nine = steps(9);
    CHECK(nine.contains(QStringLiteral("habrá de contribuir a")));
    for (const char *point :
         {"precisar y potenciar recursos profesionales",
          "valorar la pertinencia de las propuestas de intervención", "aportar otras perspectivas",
          "recién se incorporan a la función", "promover la formación entre docentes y directivos"})
        CHECK(nine.contains(QString::fromUtf8(point)));
    // Activity 21 is the closing reading; the next meeting is our proposal, and says so.
    CHECK(guide.activity(21)->steps.at(0).contains(QStringLiteral("lectura en voz alta")));
    CHECK(guide.activity(21)->steps.at(1).startsWith(QStringLiteral("Propuesta de Facilitador")));
}

TEST_CASE("Activities present the session's purposes and products, from the guide's own lists")
{
    const Guide &guide = test::shippedGuide();
    REQUIRE(guide.activity(2)->shows.size() == 1);
    CHECK(guide.activity(2)->shows.at(0).kind == SessionList::Kind::Purposes);
    CHECK(guide.activity(2)->shows.at(0).items == guide.purposes);
    CHECK(guide.activity(2)->shows.at(0).items.size() == 3);
    // Activity 3 explains the structure and times (the agenda, projected) and the products.
    REQUIRE(guide.activity(3)->shows.size() == 2);
    CHECK(guide.activity(3)->shows.at(0).isAgenda());
    CHECK(guide.activity(3)->shows.at(1).items == guide.products);
}

TEST_CASE("Every shipped guide, loaded and written again, is byte for byte the file it came from")
{
    const QStringList guides =
        QDir(QStringLiteral(":/guides")).entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(guides.size() >= 2);
    for (const QString &name : guides) {
        INFO(name.toStdString());
        const QString path = QStringLiteral(":/guides/") + name;
        const GuideLoadResult loaded = GuideLoader::fromFile(path);
        REQUIRE(loaded.guide);
        const QByteArray written = GuideWriter::toJson(*loaded.guide);
        CHECK(written == test::readFile(path));
        // And what it wrote loads to the same guide again.
        const GuideLoadResult again = GuideLoader::fromJson(written);
        REQUIRE(again.guide);
        CHECK(GuideWriter::toJson(*again.guide) == written);
    }
}

TEST_CASE("A guide written by the writer keeps text that looks like JSON or markup as text")
{
    GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
    REQUIRE(loaded.guide);
    Guide guide = *loaded.guide;
    const QString tricky = QStringLiteral("Comillas \" barra \\ <b>negritas</b>\ttab\nlínea ñ 😀");
    guide.title = tricky;
    guide.sections[0].activities[0].steps << tricky;
    const GuideLoadResult again = GuideLoader::fromJson(GuideWriter::toJson(guide));
    REQUIRE(again.guide);
    CHECK(again.guide->title == tricky);
    CHECK(again.guide->sections.at(0).activities.at(0).steps.last() == tricky);
}

TEST_CASE("A guide's unknown keys, repeated section numbers and syntax errors are refused, each "
          "where it is")
{
    SECTION("a key in Spanish for one the format has: named, with the key meant")
    {
        json doc = shippedJson();
        json &activity = doc["sections"][1]["activities"][2];
        activity["preguntas"] = activity["prompts"];
        activity.erase("prompts");
        const auto result = load(doc);
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first() == QStringLiteral("sections[1].activities[2].preguntas: campo "
                                                      "desconocido; ¿quiso decir \"prompts\"?"));
    }
    SECTION("an unknown key at every level")
    {
        json doc = shippedJson();
        doc["autor"] = "Zona 12";
        doc["sections"][0]["color"] = "azul";
        doc["sections"][1]["activities"][0]["reading"]["pages"] = 3;
        const auto result = load(doc);
        CHECK(hasErrorStartingWith(result, QStringLiteral("autor: campo desconocido")));
        CHECK(hasErrorStartingWith(result, QStringLiteral("sections[0].color: campo desconocido")));
        CHECK(hasErrorStartingWith(
            result, QStringLiteral("sections[1].activities[0].reading.pages: campo desconocido")));
    }
    SECTION("two sections with one number")
    {
        json doc = shippedJson();
        doc["sections"][2]["number"] = 2;
        const auto result = load(doc);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errors.contains(
            QStringLiteral("sections[2].number: el apartado 2 está repetido")));
    }
    SECTION("sections out of order")
    {
        json doc = shippedJson();
        doc["sections"][1]["number"] = 5;
        CHECK(load(doc).errors.contains(
            QStringLiteral("sections[1].number: se esperaba el apartado 2")));
    }
    SECTION("a syntax error by line and column, with its line")
    {
        const QByteArray text = "{\n  \"id\": \"x\",\n  \"títle\": \"Sesión\" \"y\"\n}\n";
        const auto result = GuideLoader::fromJson(text);
        REQUIRE(result.errors.size() == 1);
        // Columns count characters: "í" is one, though two bytes.
        CHECK(result.errors.first() ==
              QStringLiteral("JSON mal formado en la línea 3, columna 21: \"títle\": \"Sesión\" "
                             "\"y\""));
    }
    SECTION("an error at the very first byte is on line 1")
    {
        const auto result = GuideLoader::fromJson("hola\nmundo\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first() ==
              QStringLiteral("JSON mal formado en la línea 1, columna 1: hola"));
    }
    SECTION("a file that ends before it closes")
    {
        const auto result = GuideLoader::fromJson("{\n\"id\": \"x\",\n\"sections\": [");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors.first() ==
              QStringLiteral("JSON mal formado: el texto termina antes de cerrarse (línea 3)"));
    }
}

TEST_CASE("The guide editor's reading keeps what a file with mistakes has, and names them")
{
    json doc = shippedJson();
    doc["sections"][0]["activities"][1]["minutes"] = "diez";
    doc["sections"][3]["activities"][0]["pasos"] = doc["sections"][3]["activities"][0]["steps"];
    const QByteArray text = QByteArray::fromStdString(doc.dump(2));
    REQUIRE_FALSE(GuideLoader::fromJson(text).ok()); // never for a session
    const GuideLoadResult editing = GuideLoader::forEditing(text);
    REQUIRE(editing.ok());
    CHECK(editing.errors.size() == 2);
    CHECK(editing.guide->activityCount() == 22);
    CHECK(editing.guide->activity(7)->title == test::shippedGuide().activity(7)->title);
    CHECK(editing.guide->activity(2)->minutes == 0); // what could not be read, the editor asks for

    // A draft with nothing in it still has a section and an activity to start from.
    const GuideLoadResult bare = GuideLoader::forEditing("{\"title\": \"Borrador\"}");
    REQUIRE(bare.ok());
    CHECK(bare.guide->sections.size() == 1);
    CHECK(bare.guide->activityCount() == 1);
    CHECK(bare.errors.contains(QStringLiteral("id: falta este campo")));
    // A file that is no JSON object is for a text editor.
    // A sheet kind the program lacks is named, and left out: the editor could not untick it.
    json unknownSheet = shippedJson();
    unknownSheet["sections"][0]["activities"][3]["sheets"] = {"norms", "karaoke"};
    const GuideLoadResult sheetless =
        GuideLoader::forEditing(QByteArray::fromStdString(unknownSheet.dump()));
    REQUIRE(sheetless.ok());
    CHECK(sheetless.errors.size() == 1);
    CHECK(sheetless.guide->activity(4)->sheets == QStringList{QStringLiteral("norms")});
    CHECK_FALSE(GuideLoader::forEditing("[1, 2]").ok());
    CHECK_FALSE(GuideLoader::forEditing("{\"id\": ").ok());
}

namespace {
QStringList keysOf(const json &object)
{
    QStringList keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys << QString::fromStdString(it.key());
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Validates documents against the schema with Debian's Python and its python3-jsonschema (a
// Python of one's own may lack it): prints "ok" or "invalid" for each.
QStringList validateWithSchema(const QString &schema, const QStringList &documents)
{
    const QString script =
        QStringLiteral("import json, sys, jsonschema\n"
                       "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                       "jsonschema.Draft202012Validator.check_schema(schema)\n"
                       "validator = jsonschema.Draft202012Validator(schema)\n"
                       "for path in sys.argv[2:]:\n"
                       "    doc = json.load(open(path, encoding='utf-8'))\n"
                       "    print('ok' if validator.is_valid(doc) else 'invalid')\n");
    const test::ProgramRun python =
        test::runProgramAt(QStringLiteral("/usr/bin/python3"),
                           QStringList{QStringLiteral("-c"), script, schema} + documents);
    INFO(python.err.toStdString());
    REQUIRE(python.exitCode == 0);
    return python.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("The schema beside the guides has the loader's fields and sheet kinds, and accepts "
          "what the loader accepts")
{
    const QString schemaPath =
        QStringLiteral(FCTE_SOURCE_DIR "/resources/guides/guide.schema.json");
    const json schema = json::parse(test::readFile(schemaPath).toStdString());
    CHECK(keysOf(schema["properties"]) == sorted(GuideLoader::fields(GuideLoader::Level::Guide)));
    const json &defs = schema["$defs"];
    CHECK(keysOf(defs["section"]["properties"]) ==
          sorted(GuideLoader::fields(GuideLoader::Level::Section)));
    CHECK(keysOf(defs["activity"]["properties"]) ==
          sorted(GuideLoader::fields(GuideLoader::Level::Activity)));
    CHECK(keysOf(defs["activity"]["properties"]["reading"]["properties"]) ==
          sorted(GuideLoader::fields(GuideLoader::Level::Reading)));
    QStringList kinds;
    for (const json &kind : defs["activity"]["properties"]["sheets"]["items"]["enum"])
        kinds << QString::fromStdString(kind.get<std::string>());
    CHECK(sorted(kinds) == sorted(SheetKinds::ids()));

    // Python's validator agrees with the loader on the shipped guides and on a misspelt key.
    QTemporaryDir temp;
    QStringList documents;
    for (const QString &name :
         QDir(QStringLiteral(":/guides")).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        documents << temp.filePath(name);
        test::writeFile(documents.last(), test::readFile(QStringLiteral(":/guides/") + name));
    }
    json misspelt = shippedJson();
    misspelt["sections"][0]["activities"][0]["preguntas"] = json::array({"¿Qué?"});
    documents << temp.filePath(QStringLiteral("misspelt.json"));
    test::writeFile(documents.last(), QByteArray::fromStdString(misspelt.dump()));
    json noTurn = shippedJson();
    noTurn["sections"][1]["activities"][2].erase("minutesPerTurn");
    documents << temp.filePath(QStringLiteral("no-turn.json"));
    test::writeFile(documents.last(), QByteArray::fromStdString(noTurn.dump()));

    const QStringList verdicts = validateWithSchema(schemaPath, documents);
    REQUIRE(verdicts.size() == documents.size());
    for (int i = 0; i < documents.size() - 2; ++i)
        CHECK(verdicts.at(i) == QStringLiteral("ok"));
    CHECK(verdicts.at(documents.size() - 2) == QStringLiteral("invalid"));
    CHECK(verdicts.at(documents.size() - 1) == QStringLiteral("invalid"));
    CHECK_FALSE(load(misspelt).ok());
    CHECK_FALSE(load(noTurn).ok());
}
