#pragma once

#include "Guide.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace fcte {

struct GuideLoadResult {
    std::optional<Guide> guide;
    // Each error starts with the JSON path it concerns, e.g. "sections[1].activities[3].minutes:
    // …".
    QStringList errors;
    bool ok() const { return guide.has_value(); }
};

// Parses and validates a guide JSON document. Never throws; a broken guide yields errors.
class GuideLoader {
public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    static constexpr int MaxDepth = 32;

    static GuideLoadResult fromJson(const QByteArray &json);
    static GuideLoadResult fromFile(const QString &path);
    // The fourth session's guide, shipped as a resource.
    static QString defaultGuidePath();
};

} // namespace fcte
