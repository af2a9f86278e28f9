#pragma once

#include "guide/Guide.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace fcte::test {

// The shipped guide, loaded once; a test failure when it does not load.
const Guide &shippedGuide();

// A fresh folder per test; the database path inside it.
struct TempBitacora {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("bitacora.sqlite")); }
};

QByteArray readFile(const QString &path);

} // namespace fcte::test

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch
