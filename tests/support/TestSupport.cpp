#include "TestSupport.h"

#include "guide/GuideLoader.h"

#include <QFile>
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

} // namespace fcte::test
