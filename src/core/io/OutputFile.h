#pragma once

#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace fcte {

// A file the app writes for the user: an export, a copy, a photo's original, a guide.
// A regular file, or one that does not exist yet, is replaced atomically: written beside the
// target, flushed, synced and renamed into place, so a failure at any step (a full disk shows
// itself only when the last buffer is flushed) leaves the old file whole and is reported.
// Anything else that can be written (a device such as /dev/stdout, a named pipe) is written
// into, never replaced. The mode of what already exists is never changed; a file the app
// creates is readable by the user only (0600).
class OutputFile {
public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // an uncommitted file is given up: the old one stays
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open();
    // Valid after a successful open().
    QIODevice &device();
    // Flushes and closes (and renames into place); false when any of it failed.
    bool commit();
    // A write to device() fell short: gives the file up (the old one stays) and says why, as
    // error(). Call it right after the failed write, while errno still tells the cause.
    void giveUp();
    // After open() or commit() failed: "No se pudo guardar …: el disco está lleno."
    const QString &error() const { return m_error; }

    // open(), one write, commit(): an empty string on success, otherwise error().
    static QString write(const QString &path, const QByteArray &bytes);
    // What an errno means to the user, in plain words; empty when it has no plain words.
    static QString reasonFor(int errnoValue);
    // Where a file is written before it is renamed to path: beside it, a name of its own for
    // each writer, so two copies asked for at once never write into the same unfinished file.
    // Removes what an earlier run left there unfinished (a crash in the middle of a copy): a
    // whole copy of private data must not stay beside the file, on a USB stick.
    static QString partialName(const QString &path);

private:
    bool fail(int errnoValue, const QString &detail);

    QString m_path;
    std::unique_ptr<QSaveFile> m_replacement; // regular and new files
    std::unique_ptr<QFile> m_inPlace;         // devices and pipes
    QString m_error;
};

} // namespace fcte
