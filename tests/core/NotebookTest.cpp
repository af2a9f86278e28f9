#include "core/session/Notebook.h"
#include "TestSupport.h"
#include "core/guide/Guide.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

RosterEdit twoPeopleAtOneSchool()
{
    RosterEdit roster;
    roster.schools << test::primarySchool(QStringLiteral("Benito Juárez"),
                                          QStringLiteral("09DPR0001A"));
    for (const char *name : {"Ana Núñez", "Beto Ávila"}) {
        Participant person;
        person.name = QString::fromUtf8(name);
        person.role = QStringLiteral("docente");
        roster.members << RosterEdit::Member{person, 0};
    }
    return roster;
}

} // namespace

TEST_CASE("A new session, its guide and its roster are saved as one: a refusal leaves no session")
{
    test::TempBitacora temp;
    Notebook notebook;
    notebook.open(temp.path(), Notebook::Access::Write);
    SessionInfo info;
    info.title = QStringLiteral("Cuarta sesión");
    info.heldOn = QDate(2027, 2, 26);
    info.guideId = test::shippedGuide().id;

    // The last of the three writes (the roster's second person) is refused.
    notebook.database().exec("CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON participant "
                             "WHEN (SELECT count(*) FROM participant) >= 1 "
                             "BEGIN SELECT RAISE(ABORT, 'no'); END");
    RosterEdit roster = twoPeopleAtOneSchool();
    CHECK_THROWS_AS(notebook.saveSession(info, test::shippedGuide(), roster), StoreError);
    CHECK(notebook.sessions().isEmpty());

    notebook.database().exec("DROP TRIGGER refuse_second");
    roster = twoPeopleAtOneSchool();
    const qint64 id = notebook.saveSession(info, test::shippedGuide(), roster);
    REQUIRE(notebook.sessions().size() == 1);
    CHECK(notebook.schools(id).size() == 1);
    CHECK(notebook.participants(id).size() == 2);
    const GuideLoadResult kept = notebook.sessionGuide(id);
    REQUIRE(kept.ok());
    CHECK(kept.guide->id == test::shippedGuide().id);

    // Edited: the same session, not a second one.
    SessionInfo edited = *notebook.session(id);
    edited.place = QStringLiteral("Aula de medios");
    roster = twoPeopleAtOneSchool();
    CHECK(notebook.saveSession(edited, test::shippedGuide(), roster) == id);
    CHECK(notebook.sessions().size() == 1);
    CHECK(notebook.session(id)->place == QStringLiteral("Aula de medios"));
}

TEST_CASE("A notebook opened only to read refuses to write and leaves the file as it was")
{
    test::TempBitacora temp;
    {
        Notebook writer;
        writer.open(temp.path(), Notebook::Access::Write);
        RosterEdit roster = twoPeopleAtOneSchool();
        SessionInfo info;
        info.title = QStringLiteral("Sesión");
        info.heldOn = QDate(2027, 2, 26);
        writer.saveSession(info, test::shippedGuide(), roster);
    }
    const QByteArray before = test::readFile(temp.path());
    Notebook reader;
    reader.open(temp.path(), Notebook::Access::Read);
    CHECK(reader.isReadOnly());
    REQUIRE(reader.sessions().size() == 1);
    RosterEdit roster;
    SessionInfo another;
    another.title = QStringLiteral("Otra");
    another.heldOn = QDate(2027, 3, 5);
    CHECK_THROWS_AS(reader.saveSession(another, test::shippedGuide(), roster), StoreError);
    reader.close();
    CHECK(test::readFile(temp.path()) == before);
}
