#include "TestSupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "core/guide/GuideLoader.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

#include <csignal>
#include <sys/resource.h>

namespace fcte::test {

const Guide &shippedGuide()
{
    static const GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
    INFO(loaded.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(loaded.ok());
    return *loaded.guide;
}

ImportedCopy::ImportedCopy(const QByteArray &archive)
{
    db.open(temp.path());
    result = BitacoraArchive::importSession(db, archive);
}

School primarySchool(const QString &name, const QString &cct)
{
    return School{0, name, cct, QStringLiteral("primaria"), QStringLiteral("matutino"), {}};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 createSession(Database &db, const QString &title)
{
    SessionInfo info;
    info.title = title;
    info.heldOn = QDate(2027, 2, 26);
    info.guideId = shippedGuide().id;
    return SessionStore(db).createSession(info);
}

QString pdfToText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList pdfImageSizes(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    QStringList sizes;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(u' ');
        if (columns.size() > 4 && columns.at(2) == QLatin1String("image"))
            sizes << columns.at(3) + QStringLiteral("x") + columns.at(4);
    }
    return sizes;
}

void writePhoto(const QString &path, int width, int height)
{
    QImage photo(width, height, QImage::Format_RGB32);
    QRandomGenerator random(width * 31 + height);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < width; ++x) // a gradient with grain, as paper under a lamp
            line[x] = qRgb((x * 255) / width, (y * 255) / height, int(random.bounded(64)) + 128);
    }
    QImageWriter writer(path, "jpeg");
    writer.setQuality(90);
    REQUIRE(writer.write(photo));
}

void addNorm(Database &db, qint64 sessionId, const QString &text)
{
    Entry entry;
    entry.sheet = QStringLiteral("norms");
    entry.activity = 4;
    entry.text = text;
    SheetStore(db).addEntry(sessionId, entry);
}

ProgramRun runProgram(const QStringList &arguments)
{
    return runProgramAt(QStringLiteral(FCTE_BINARY), arguments);
}

ProgramRun runProgramAt(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int activityWithSheet(const QString &kind)
{
    int number = 0;
    for (const Activity &activity : shippedGuide().activities()) {
        if (activity.sheets.contains(kind))
            number = activity.number;
    }
    REQUIRE(number > 0);
    return number;
}

std::vector<int> openIdleConnections(int port, int count, const char *from)
{
    rlimit files{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &files) == 0);
    files.rlim_cur = files.rlim_max;
    REQUIRE(setrlimit(RLIMIT_NOFILE, &files) == 0);
    REQUIRE(files.rlim_cur > rlim_t(count) + 400);
    std::vector<int> sockets;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        REQUIRE(fd >= 0);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        inet_pton(AF_INET, from, &local.sin_addr);
        ::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local);
        sockaddr_in remote{};
        remote.sin_family = AF_INET;
        remote.sin_port = htons(quint16(port));
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
        ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote);
        sockets.push_back(fd);
    }
    return sockets;
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &limit) == 0);
    m_previousSoft = qint64(limit.rlim_cur);
    limit.rlim_cur = rlim_t(bytes);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit limit{};
    getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = rlim_t(m_previousSoft);
    setrlimit(RLIMIT_FSIZE, &limit);
}

} // namespace fcte::test
