#include "TestSupport.h"
#include "core/evidence/EvidenceFile.h"
#include "core/export/BitacoraArchive.h"
#include "core/export/Exporters.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace fcte;

namespace {

// A bitácora with one session, for evidence to be attached to.
struct SessionBitacora {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    SessionBitacora()
    {
        db.open(temp.path());
        sessionId = test::createSession(db);
    }
};

// Stores a prepared file as the evidence of an activity; its id.
qint64 attach(Database &db, qint64 sessionId, int activity, EvidenceFile::Prepared prepared)
{
    REQUIRE(prepared.error.isEmpty());
    prepared.evidence.activity = activity;
    EvidenceStore(db).add(sessionId, prepared.evidence, prepared.data, prepared.original);
    return prepared.evidence.id;
}

} // namespace

TEST_CASE("A 12-megapixel photo is stored upright at 2400 pixels, with a thumbnail")
{
    test::TempBitacora temp;
    const QString photo = temp.dir.filePath(QStringLiteral("papelógrafo.jpg"));
    test::writePhoto(photo, 4000, 3000);
    const qint64 taken = QFileInfo(photo).size();

    const EvidenceFile::Prepared smaller = EvidenceFile::prepare(photo, false);
    REQUIRE(smaller.error.isEmpty());
    CHECK(smaller.evidence.fileName == QStringLiteral("papelógrafo.jpg"));
    CHECK(smaller.evidence.mediaType == QStringLiteral("image/jpeg"));
    CHECK(smaller.evidence.width == 2400);
    CHECK(smaller.evidence.height == 1800);
    CHECK(smaller.data.size() < taken);
    CHECK(smaller.original.isEmpty()); // not asked for
    const QImage stored = EvidenceFile::decode(smaller.data);
    CHECK(stored.size() == QSize(2400, 1800));
    const QImage thumbnail = QImage::fromData(smaller.evidence.thumbnail, "JPEG");
    CHECK(thumbnail.size() == QSize(240, 180));

    const EvidenceFile::Prepared kept = EvidenceFile::prepare(photo, true);
    CHECK(kept.original == test::readFile(photo)); // the photo as taken, byte for byte
}

TEST_CASE("Evidence past the size limit, empty, or a damaged photo is refused, naming the file")
{
    test::TempBitacora temp;
    const QString big = temp.dir.filePath(QStringLiteral("presentación.pdf"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceFile::MaxFileBytes + 1));
    }
    EvidenceFile::Prepared prepared = EvidenceFile::prepare(big, false);
    CHECK(prepared.error.contains(QStringLiteral("«presentación.pdf» pesa")));
    CHECK(prepared.error.contains(QStringLiteral("el límite por archivo es 20 MB")));
    CHECK(prepared.data.isEmpty());

    const QString empty = temp.dir.filePath(QStringLiteral("vacío.jpg"));
    test::writeFile(empty, {});
    CHECK(EvidenceFile::prepare(empty, false).error.contains(QStringLiteral("está vacío")));

    // A JPEG's first kilobytes and nothing else: it says it is a photo, but cannot be one.
    const QString photo = temp.dir.filePath(QStringLiteral("foto.jpg"));
    test::writePhoto(photo, 800, 600);
    const QString cut = temp.dir.filePath(QStringLiteral("cortada.jpg"));
    test::writeFile(cut, test::readFile(photo).left(300));
    prepared = EvidenceFile::prepare(cut, false);
    CHECK(prepared.error.contains(QStringLiteral("«cortada.jpg» parece una imagen")));

    // Copied only two thirds of the way: Qt reads it, its lower part grey. Refused when
    // attached, not found out when the PDF is made.
    const QString twoThirds = temp.dir.filePath(QStringLiteral("a-medias.jpg"));
    const QByteArray whole = test::readFile(photo);
    test::writeFile(twoThirds, whole.left(whole.size() * 2 / 3));
    prepared = EvidenceFile::prepare(twoThirds, false);
    CHECK(prepared.error.contains(QStringLiteral("«a-medias.jpg» es una imagen incompleta")));
    CHECK(prepared.data.isEmpty());
    // The whole photo is taken, as ever.
    CHECK(EvidenceFile::prepare(photo, false).error.isEmpty());
}

TEST_CASE("A small photo and a PDF are kept byte for byte, in order, apart from their listing")
{
    SessionBitacora bitacora;
    auto &[temp, db, sessionId] = bitacora;
    const QString photo = temp.dir.filePath(QStringLiteral("foto.jpg"));
    test::writePhoto(photo, 1600, 1200);
    const QString slides = temp.dir.filePath(QStringLiteral("diapositivas.pdf"));
    test::writeFile(slides,
                    QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj <<>> endobj\n%%EOF\n"));

    const qint64 first = attach(db, sessionId, 12, EvidenceFile::prepare(photo, true));
    const qint64 second = attach(db, sessionId, 12, EvidenceFile::prepare(slides, false));
    attach(db, sessionId, 7, EvidenceFile::prepare(photo, false));
    EvidenceStore store(db);
    const QVector<Evidence> listed = store.list(sessionId, 12);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).id == first);
    CHECK_FALSE(listed.at(0).hasOriginal); // nothing was changed: no second copy
    CHECK(listed.at(1).mediaType == QStringLiteral("application/pdf"));
    CHECK(listed.at(1).thumbnail.isEmpty());
    CHECK(store.data(first) == test::readFile(photo));
    CHECK(store.data(second) == test::readFile(slides));
    CHECK(store.list(sessionId).size() == 3);
    CHECK(store.list(sessionId).first().activity == 7); // by activity, then as added

    store.setCaption(first, QStringLiteral("Papelógrafo del equipo de 3.º"));
    store.remove(second);
    db.close();
    db.open(temp.path());
    const QVector<Evidence> reopened = EvidenceStore(db).list(sessionId, 12);
    REQUIRE(reopened.size() == 1);
    CHECK(reopened.at(0).caption == QStringLiteral("Papelógrafo del equipo de 3.º"));
}

TEST_CASE("Evidence travels in the JSON archive byte for byte and prints in the PDF's annex")
{
    SessionBitacora bitacora;
    auto &[temp, db, sessionId] = bitacora;
    const QString photo = temp.dir.filePath(QStringLiteral("papelógrafo.jpg"));
    test::writePhoto(photo, 4000, 3000);
    const qint64 photoId = attach(db, sessionId, 12, EvidenceFile::prepare(photo, true));
    const QString notes = temp.dir.filePath(QStringLiteral("notas <b>.txt"));
    test::writeFile(notes, "Acuerdos de la escuela\n");
    attach(db, sessionId, 20, EvidenceFile::prepare(notes, false));
    EvidenceStore(db).setCaption(photoId, QStringLiteral("<i>Similitudes</i> & diferencias"));

    const QByteArray archive = BitacoraArchive::exportSession(db, sessionId);
    const nlohmann::json root = nlohmann::json::parse(archive.toStdString());
    REQUIRE(root.at("evidence").size() == 2);
    const QByteArray data = QByteArray::fromBase64(
        QByteArray::fromStdString(root.at("evidence").at(0).at("data").get<std::string>()));
    CHECK(data == EvidenceStore(db).data(photoId));
    CHECK(root.at("evidence").at(0).contains("original"));

    test::ImportedCopy copy(archive);
    REQUIRE(copy.result.ok());
    const QVector<Evidence> imported = EvidenceStore(copy.db).list(copy.result.sessionId);
    REQUIRE(imported.size() == 2);
    CHECK(EvidenceStore(copy.db).data(imported.at(0).id) == data);
    CHECK(EvidenceStore(copy.db).original(imported.at(0).id) == test::readFile(photo));
    CHECK_FALSE(imported.at(0).thumbnail.isEmpty()); // made again on import
    CHECK(BitacoraArchive::exportSession(copy.db, copy.result.sessionId) == archive);

    const QString pdf = temp.dir.filePath(QStringLiteral("bitacora.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), sessionId, pdf).isEmpty());
    CHECK(test::pdfImageSizes(pdf) == QStringList{QStringLiteral("1200x900")});
    const QString text = test::pdfToText(pdf);
    CHECK(text.contains(QStringLiteral("Anexo: evidencias")));
    CHECK(text.contains(QStringLiteral("Evidencias: n.º 1 (véase el anexo)")));
    CHECK(text.contains(QStringLiteral("<i>Similitudes</i> & diferencias"))); // text, not markup
    CHECK(text.contains(QStringLiteral("Archivo: notas <b>.txt")));
}

TEST_CASE("An archive with damaged evidence is refused, naming where")
{
    SessionBitacora bitacora;
    auto &[temp, db, sessionId] = bitacora;
    nlohmann::json root = nlohmann::json::parse(BitacoraArchive::exportSession(db, sessionId));
    root["evidence"] = nlohmann::json::array({{{"activity", 12},
                                               {"fileName", "foto.jpg"},
                                               {"mediaType", "image/jpeg"},
                                               {"data", "esto no es base64!"}}});
    const test::ImportedCopy copy(QByteArray::fromStdString(root.dump()));
    const ArchiveImportResult &result = copy.result;
    CHECK_FALSE(result.ok());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().contains(QStringLiteral("evidence[0].data")));
    CHECK(result.errors.first().contains(QStringLiteral("base64")));
}

// A logo or a scanned drawing saved with transparency printed on black.
TEST_CASE("A transparent PNG prints on white in the PDF's annex")
{
    SessionBitacora bitacora;
    auto &[temp, db, sessionId] = bitacora;
    const QString logo = temp.dir.filePath(QStringLiteral("logo.png"));
    QImage transparent(400, 200, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    for (int x = 0; x < 40; ++x) // a dark mark in one corner: the rest shows the paper
        for (int y = 0; y < 40; ++y)
            transparent.setPixel(x, y, qRgba(0x20, 0x20, 0x80, 0xff));
    REQUIRE(transparent.save(logo, "PNG"));
    attach(db, sessionId, 12, EvidenceFile::prepare(logo, false));

    const QString pdf = temp.dir.filePath(QStringLiteral("bitacora.pdf"));
    REQUIRE(Exporters::writePdf(db, test::shippedGuide(), sessionId, pdf).isEmpty());
    const QString prefix = temp.dir.filePath(QStringLiteral("imagen"));
    REQUIRE(QProcess::execute(QStringLiteral("pdfimages"), {QStringLiteral("-png"), pdf, prefix}) ==
            0);
    const QImage printed(prefix + QStringLiteral("-000.png"));
    REQUIRE(printed.size() == QSize(400, 200));
    const QColor paper = printed.pixelColor(300, 150);
    CHECK(paper.red() > 245);
    CHECK(paper.green() > 245);
    CHECK(paper.blue() > 245);
    const QColor mark = printed.pixelColor(10, 10);
    CHECK(mark.blue() > mark.red() + 60); // the mark itself is kept
}
