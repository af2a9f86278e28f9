#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace fcte {

// The app's file dialogs, in one place so tests can answer them without a human.
struct FileDialogs {
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    // Several files at once (photos chosen together); for tests, the next names are given as one
    // string separated by line breaks.
    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter);
    // A folder to write into (in the user's documents by default).
    static QString folderName(QWidget *parent, const QString &title);
    // The next dialog returns this name at once (an empty string means "cancelled").
    static void setNextFileName(const QString &name);
    // Where the last save dialog opened, or would have opened when answered by setNextFileName:
    // the folder and name it proposed.
    static QString lastProposedSave();
};

} // namespace fcte
