#include "core/guide/GuideLibrary.h"

#include "core/guide/GuideLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QVector>

#include <algorithm>

namespace fcte {
namespace {

struct Loaded {
    QVector<Guide> guides;
    QStringList problems;
};

const Loaded &loaded()
{
    static const Loaded library = [] {
        Loaded result;
        for (const QString &path :
             {GuideLoader::defaultGuidePath(), GuideLoader::followUpGuidePath()}) {
            GuideLoadResult guide = GuideLoader::fromFile(path);
            if (guide.ok())
                result.guides << *guide.guide;
            else
                result.problems << guide.errors;
        }
        return result;
    }();
    return library;
}

} // namespace

const Guide *GuideLibrary::builtIn(const QString &id)
{
    for (const Guide &guide : loaded().guides) {
        if (guide.id == id)
            return &guide;
    }
    return nullptr;
}

const Guide &GuideLibrary::forSession(const QString &guideId)
{
    if (const Guide *guide = builtIn(guideId))
        return *guide;
    return loaded().guides.first();
}

QStringList GuideLibrary::problems()
{
    return loaded().problems;
}

QString GuideLibrary::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("guias"));
}

bool GuideLibrary::hasUserGuides()
{
    return !QDir(userFolder()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

QVector<GuideLibrary::UserGuide> GuideLibrary::userGuides()
{
    QVector<UserGuide> guides;
    const QFileInfoList files =
        QDir(userFolder()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const GuideLoadResult loaded = GuideLoader::fromFile(file.absoluteFilePath());
        QString title = loaded.ok() ? loaded.guide->title : QString();
        if (title.isEmpty() && file.size() <= GuideLoader::MaxBytes) {
            // A draft: its title all the same, if it has one, so the user knows it.
            QFile draft(file.absoluteFilePath());
            if (draft.open(QIODevice::ReadOnly))
                title = QJsonDocument::fromJson(draft.readAll())
                            .object()
                            .value(QLatin1String("title"))
                            .toString()
                            .trimmed();
        }
        guides << UserGuide{file.absoluteFilePath(), title.isEmpty() ? file.fileName() : title,
                            loaded.errors};
    }
    std::sort(guides.begin(), guides.end(), [](const UserGuide &a, const UserGuide &b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return guides;
}

} // namespace fcte
