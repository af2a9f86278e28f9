#pragma once

#include <QByteArray>
#include <QString>

namespace fcte {

// Text files as Mexican schools have them: UTF-8 (with or without a byte-order mark), or
// Windows-1252 as Excel and Notepad save them on Spanish Windows.
struct TextDecoding {
    enum class Encoding { Utf8, Windows1252 };
    struct Result {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };
    static Result decode(const QByteArray &bytes);

    // A text file read whole and decoded, or why not: the caller says it in its own words.
    struct File {
        enum class Problem { None, CannotOpen, TooLarge, NotText };
        Problem problem = Problem::None;
        QString reason; // the system's, when it cannot be opened
        QString text;
    };
    static File readFile(const QString &path, qint64 maxBytes);
};

} // namespace fcte
