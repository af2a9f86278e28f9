#pragma once

#include "core/guide/Guide.h"

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
    // For the guide editor, which is how a file is repaired: whatever of the guide could be
    // read, errors and all, as long as the file is a JSON object (a syntax error is for a text
    // editor); a guide with no section or activity gets an empty one to start from. A guide
    // with errors is never used for a session.
    static GuideLoadResult forEditing(const QByteArray &json);
    static GuideLoadResult forEditingFile(const QString &path);

    // The keys each level of a guide file may have (docs/guide-format.md, guide.schema.json).
    enum class Level { Guide, Section, Activity, Reading };
    static QStringList fields(Level level);
    // The fourth session's guide, shipped as a resource.
    static QString defaultGuidePath();
    // The built-in follow-up agenda (our proposal), which FollowUp starts sessions from.
    static QString followUpGuidePath();
};

} // namespace fcte
