// Every file the app writes for the user checks each step to the disk: a failure is reported in
// plain words and the file that was there stays as it was; what is not a regular file is
// written into, never replaced.
#include "TestSupport.h"
#include "core/export/DemoSession.h"
#include "core/export/Exporters.h"
#include "core/io/OutputFile.h"
#include "core/model/StoreError.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace fcte;

namespace {

struct Demo {
    test::TempBitacora temp;
    Database db;
    qint64 sessionId = 0;
    Demo()
    {
        db.open(temp.path());
        sessionId = DemoSession::create(db);
    }
    QString file(const char *name) const { return temp.dir.filePath(QString::fromLatin1(name)); }
};

struct stat statOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info;
}

mode_t modeOf(const QString &path)
{
    return statOf(path).st_mode;
}

// A disk of a few KiB, as root only (mounting needs it): unmounted however the test ends.
class TinyDisk {
public:
    explicit TinyDisk(const QString &folder, int kib)
        : m_folder(QFile::encodeName(folder))
    {
        QDir().mkpath(folder);
        const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0700";
        m_mounted = ::mount("tmpfs", m_folder.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount(m_folder.constData());
    }
    bool mounted() const { return m_mounted; }

private:
    QByteArray m_folder;
    bool m_mounted = false;
};

} // namespace

TEST_CASE(
    "A write that fails only when the last buffer is flushed is reported and the old file stays")
{
    Demo demo;
    const QString csv = demo.file("compromisos.csv");
    test::writeFile(csv, "versión anterior");
    // The CSV is a few KiB: it fits in the file's buffer, so write() succeeds and only the flush
    // inside the commit reaches the limit. That flush used to fail unseen, the old file replaced
    // by an empty one.
    const QByteArray bytes = Exporters::commitmentsCsv(demo.db, demo.sessionId);
    REQUIRE(bytes.size() > 200);
    REQUIRE(bytes.size() < 16 * 1024);
    QString message;
    {
        test::FileSizeLimit fullDisk(100);
        message = Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, csv);
    }
    CHECK(message == QStringLiteral("No se pudo guardar %1: el archivo es más grande de lo que el "
                                    "disco admite.")
                         .arg(csv));
    CHECK(test::readFile(csv) == QByteArray("versión anterior"));
    CHECK(QDir(demo.temp.dir.path()).entryList({QStringLiteral("compromisos.csv.*")}).isEmpty());

    // The same through every way out: the PDF, the JSON, a copy of a photo's original.
    {
        test::FileSizeLimit fullDisk(100);
        CHECK_FALSE(
            Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, csv).isEmpty());
        CHECK_FALSE(Exporters::writeJson(demo.db, demo.sessionId, csv).isEmpty());
        CHECK_FALSE(OutputFile::write(csv, QByteArray(500, 'x')).isEmpty());
    }
    CHECK(test::readFile(csv) == QByteArray("versión anterior"));
}

TEST_CASE("A full disk is called a full disk, and nothing that was there is lost")
{
    Demo demo;
    // /dev/full answers every write with ENOSPC. As root the test makes its own such device
    // node, so that a mistake could never replace the machine's.
    QString full = QStringLiteral("/dev/full");
    const QString own = demo.file("full");
    if (::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        full = own;
    const mode_t before = modeOf(full);
    CHECK(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, full) ==
          QStringLiteral("No se pudo guardar %1: el disco está lleno.").arg(full));
    CHECK(modeOf(full) == before); // still the device, with its mode

    if (geteuid() != 0)
        return; // a real small disk needs root to mount (CI runs as root)
    const QString folder = demo.file("memoria-usb");
    TinyDisk disk(folder, 16);
    REQUIRE(disk.mounted());
    const QString pdf = QDir(folder).filePath(QStringLiteral("bitacora.pdf"));
    test::writeFile(pdf, "versión anterior");
    const QString message = Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, pdf);
    CHECK(message == QStringLiteral("No se pudo guardar %1: el disco está lleno.").arg(pdf));
    CHECK(test::readFile(pdf) == QByteArray("versión anterior"));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("bitacora.pdf")});

    // "Guardar una copia" onto the same small disk: its message says why; the old copy stays.
    const QString copy = QDir(folder).filePath(QStringLiteral("copia.sqlite"));
    test::writeFile(copy, "copia anterior");
    try {
        demo.db.copyTo(copy);
        FAIL("a copy larger than the disk cannot be written");
    } catch (const StoreError &error) {
        CHECK(error.message() ==
              QStringLiteral("No se pudo escribir la copia en %1: el disco está lleno.").arg(copy));
    }
    CHECK(test::readFile(copy) == QByteArray("copia anterior"));
}

TEST_CASE("An export to a named pipe or a device is written into, never replaced")
{
    Demo demo;
    const QString pipe = demo.file("tuberia");
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0640) == 0);
    QByteArray received;
    std::thread reader([&] {
        const int fd = ::open(QFile::encodeName(pipe).constData(), O_RDONLY);
        char buffer[4096];
        ssize_t got = 0;
        while (fd >= 0 && (got = ::read(fd, buffer, sizeof buffer)) > 0)
            received.append(buffer, int(got));
        if (fd >= 0)
            ::close(fd);
    });
    const QString message = Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, pipe);
    reader.join();
    CHECK(message.isEmpty());
    CHECK(received == Exporters::commitmentsCsv(demo.db, demo.sessionId));
    CHECK(S_ISFIFO(modeOf(pipe)));
    CHECK((modeOf(pipe) & 07777) == 0640);

    // A null device of the test's own (root may make one): /dev/null's kind, as CI runs.
    const QString null = demo.file("null");
    if (::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
        ::chmod(QFile::encodeName(null).constData(), 0666);
        CHECK(Exporters::writePdf(demo.db, test::shippedGuide(), demo.sessionId, null).isEmpty());
        CHECK(Exporters::writeJson(demo.db, demo.sessionId, null).isEmpty());
        const struct stat info = statOf(null);
        CHECK(S_ISCHR(info.st_mode));
        CHECK((info.st_mode & 07777) == 0666);
        CHECK(info.st_rdev == makedev(1, 3));
    }
    // A folder is refused by name.
    CHECK(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, demo.temp.dir.path()) ==
          QStringLiteral("No se pudo guardar %1: es una carpeta, no un archivo.")
              .arg(demo.temp.dir.path()));
}

TEST_CASE("An export keeps the mode of the file it replaces, a new one is the user's only, a "
          "read-only file is not replaced")
{
    Demo demo;
    const QString shared = demo.file("compartido.csv");
    test::writeFile(shared, "anterior");
    QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    REQUIRE(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, shared).isEmpty());
    CHECK((modeOf(shared) & 07777) == 0644);
    CHECK(test::readFile(shared) == Exporters::commitmentsCsv(demo.db, demo.sessionId));

    const QString fresh = demo.file("nuevo.csv");
    REQUIRE(Exporters::writeCommitmentsCsv(demo.db, demo.sessionId, fresh).isEmpty());
    CHECK((modeOf(fresh) & 07777) == 0600);

    const QString readOnly = demo.file("solo-lectura.json");
    test::writeFile(readOnly, "no tocar");
    QFile::setPermissions(readOnly,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    CHECK(Exporters::writeJson(demo.db, demo.sessionId, readOnly) ==
          QStringLiteral("No hay permiso para escribir en %1.").arg(readOnly));
    CHECK(test::readFile(readOnly) == QByteArray("no tocar"));
    CHECK((modeOf(readOnly) & 07777) == 0444);
}

TEST_CASE("The folders of every school's PDFs are created private")
{
    Demo demo;
    const QString folder = demo.file("escuelas/octubre");
    const Exporters::Written written =
        Exporters::writeSchoolPdfs(demo.db, test::shippedGuide(), demo.sessionId, folder);
    REQUIRE(written.error.isEmpty());
    CHECK_FALSE(written.files.isEmpty());
    CHECK((modeOf(folder) & 07777) == 0700);
    CHECK((modeOf(demo.file("escuelas")) & 07777) == 0700);
    for (const QString &file : written.files)
        CHECK((modeOf(file) & 07777) == 0600);
}
