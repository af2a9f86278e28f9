#include "TestSupport.h"

#include "guide/GuideLoader.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace fcte::test {

const Guide &shippedGuide()
{
    static const GuideLoadResult loaded = GuideLoader::fromFile(GuideLoader::defaultGuidePath());
    INFO(loaded.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(loaded.ok());
    return *loaded.guide;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

ProgramRun runProgram(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FCTE_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace fcte::test
