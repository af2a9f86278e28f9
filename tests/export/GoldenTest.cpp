#include "TestSupport.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/store/Database.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace fcte;

// The demo's JSON archive and the text of its PDF, byte for byte: any change to what an export
// writes shows here as a diff to read. When the change is meant, scripts/update-golden rewrites
// the files, and the diff is reviewed with the change (git diff tests/golden).

namespace {

const QString GoldenFolder = QStringLiteral(FCTE_SOURCE_DIR "/tests/golden/");

// Compares with the golden file, or rewrites it when FCTE_UPDATE_GOLDEN is set.
void matchesGolden(const QString &name, const QByteArray &actual)
{
    const QString golden = GoldenFolder + name;
    if (qEnvironmentVariableIsSet("FCTE_UPDATE_GOLDEN")) {
        test::writeFile(golden, actual);
        return;
    }
    const QByteArray expected = test::readFile(golden);
    if (actual != expected) {
        // Beside the build, to compare: diff -u tests/golden/NAME build/tests/NAME
        QFile written(name);
        if (written.open(QIODevice::WriteOnly))
            written.write(actual);
        FAIL_CHECK(name.toStdString() + " differs from tests/golden: see the diff against " +
                   written.fileName().toStdString() +
                   "; if the change is meant, scripts/update-golden");
    }
}

} // namespace

TEST_CASE("The demo's JSON archive and its PDF's text are the golden files")
{
    // The demo's archive as shipped, with its own dates (DemoSession::create dates it today).
    test::TempBitacora temp;
    Database db;
    db.open(temp.path());
    const ArchiveImportResult imported =
        BitacoraArchive::importSession(db, test::readFile(DemoSession::archivePath()));
    REQUIRE(imported.ok());
    const QString json = temp.dir.filePath(QStringLiteral("demo.json"));
    REQUIRE(Exporters::writeJson(db, imported.sessionId, json).isEmpty());
    matchesGolden(QStringLiteral("demo-bitacora.json"), test::readFile(json));
    const QString pdf = temp.dir.filePath(QStringLiteral("demo.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), imported.sessionId, pdf).isEmpty());
    matchesGolden(QStringLiteral("demo-bitacora.pdf.txt"), test::pdfToText(pdf).toUtf8());
}
