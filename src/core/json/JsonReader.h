#pragma once

#include <QString>
#include <QStringList>

#include "core/text/TextLimits.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace fcte {

// Reads a JSON document defensively: parsing is bounded in size and depth, and every value is
// checked while walking, each error naming its JSON path ("sections[1].activities[3].minutes").
class JsonReader {
public:
    using json = nlohmann::json;
    enum class Required { No, Yes };
    // Yes: spaces and line breaks at the ends are dropped. No: kept as they are. Refuse: text
    // as people type it, which never has them (the bitácora trims what is typed): an error.
    enum class Trim { No, Yes, Refuse };

    // Errors kept: past these, one line says there are more.
    static constexpr int MaxErrors = 50;
    // The most memory the parsed tree of a file of that size may take (see parse()).
    static qsizetype treeBudget(qsizetype fileBytes);

    // Parses data, or records why it could not and returns nothing. Bounded in memory too: a
    // file whose tree would pass treeBudget() is refused while it is read.
    std::optional<json> parse(const QByteArray &data, qsizetype maxBytes, int maxDepth);

    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
    void fail(const QString &path, const QString &message);

    const json *member(const json &object, const QString &path, const char *key, Required required);
    // Text of at most maxChars characters (the limits of typed text, TextLimits).
    QString text(const json &object, const QString &path, const char *key, Required required,
                 Trim trim = Trim::Yes, int maxChars = TextLimits::Text);
    // Bytes carried as base64 text (a photo in an archive), at most maxBytes once decoded.
    QByteArray bytes(const json &object, const QString &path, const char *key, Required required,
                     qsizetype maxBytes);
    int integer(const json &object, const QString &path, const char *key, int min, int max,
                Required required);
    // A 64-bit count (milliseconds, timestamps): 0 when absent or null and not required.
    qint64 integer64(const json &object, const QString &path, const char *key, qint64 min,
                     qint64 max, Required required);
    bool boolean(const json &object, const QString &path, const char *key);
    QStringList texts(const json &object, const QString &path, const char *key, Required required);
    // The array at key, or nullptr (with an error when it is there but not an array).
    const json *array(const json &object, const QString &path, const char *key, Required required);
    bool expectObject(const json &node, const QString &path);

    static QString join(const QString &path, const char *key);
    static QString item(const QString &path, std::size_t index);
};

} // namespace fcte
