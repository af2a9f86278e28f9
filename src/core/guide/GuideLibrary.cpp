#include "GuideLibrary.h"

#include "GuideLoader.h"
#include "session/FollowUp.h"

#include <QVector>

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
        for (const QString &path : {GuideLoader::defaultGuidePath(), FollowUp::guidePath()}) {
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

} // namespace fcte
