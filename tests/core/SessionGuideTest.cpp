#include "core/session/SessionGuide.h"
#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/guide/GuideLoader.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace fcte;

namespace {

// The shipped guide with another title: what a supervisor's edited copy looks like.
QByteArray editedGuide(const QString &title)
{
    QByteArray json = test::readFile(GuideLoader::defaultGuidePath());
    const QByteArray shipped = test::shippedGuide().title.toUtf8();
    REQUIRE(json.contains(shipped));
    return json.replace(shipped, title.toUtf8());
}

} // namespace

TEST_CASE("A session keeps the guide it runs, whole, and reopens with it whatever ships later")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore sessions(db);
    const qint64 demo = DemoSession::create(db);

    // A session that kept nothing yet takes the built-in guide its id names, kept from then on.
    REQUIRE(sessions.sessionGuide(demo).isEmpty());
    const GuideLoadResult first = SessionGuide::load(sessions, demo);
    REQUIRE(first.ok());
    CHECK(first.guide->id == test::shippedGuide().id);
    CHECK(sessions.sessionGuide(demo) == test::readFile(GuideLoader::defaultGuidePath()));

    // Whatever is kept is what opens: here, as if the app had since shipped another version.
    const GuideLoadResult edited =
        GuideLoader::fromJson(editedGuide(QStringLiteral("Versión anterior de la guía")));
    REQUIRE(edited.ok());
    SessionGuide::keep(sessions, demo, *edited.guide);
    const GuideLoadResult reopened = SessionGuide::load(sessions, demo);
    REQUIRE(reopened.ok());
    CHECK(reopened.guide->title == QStringLiteral("Versión anterior de la guía"));
    CHECK(reopened.guide->contentHash() ==
          QString::fromLatin1(
              QCryptographicHash::hash(edited.guide->sourceJson, QCryptographicHash::Sha256)
                  .toHex()));

    // A kept guide that no longer validates is said, never silently replaced.
    sessions.saveSessionGuide(demo, QByteArray("{\"id\": 3}"), QStringLiteral("x"));
    const GuideLoadResult broken = SessionGuide::load(sessions, demo);
    CHECK_FALSE(broken.ok());
    CHECK(broken.errors.first().contains(QStringLiteral("no es válida")));
}

TEST_CASE("An archive carries the guide the session kept, and the imported session opens with it")
{
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    SessionStore sessions(db);
    const qint64 demo = DemoSession::create(db);
    const GuideLoadResult edited =
        GuideLoader::fromJson(editedGuide(QStringLiteral("Guía de la zona escolar 042")));
    REQUIRE(edited.ok());
    SessionGuide::keep(sessions, demo, *edited.guide);
    const QByteArray archive = BitacoraArchive::exportSession(db, demo);

    test::ImportedCopy targetCopy(archive);
    Database &target = targetCopy.db;
    const ArchiveImportResult &imported = targetCopy.result;
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    SessionStore targetSessions(target);
    const GuideLoadResult reopened = SessionGuide::load(targetSessions, imported.sessionId);
    REQUIRE(reopened.ok());
    CHECK(reopened.guide->title == QStringLiteral("Guía de la zona escolar 042"));
    CHECK(BitacoraArchive::exportSession(target, imported.sessionId) == archive);

    // A carried guide that does not validate refuses the import, naming it.
    QByteArray broken = archive;
    broken.replace("\\\"sections\\\"", "\\\"secciones\\\""); // inside the carried guide
    REQUIRE(broken != archive);
    const test::ImportedCopy refusedCopy(broken);
    const ArchiveImportResult &refused = refusedCopy.result;
    CHECK_FALSE(refused.ok());
    CHECK(refused.errors.join(QLatin1Char('\n')).contains(QStringLiteral("guide")));
}
