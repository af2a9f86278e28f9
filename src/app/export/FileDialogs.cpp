#include "app/export/FileDialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <optional>

namespace fcte {
namespace {
std::optional<QString> nextFileName;
QString proposedSave;

std::optional<QString> takeNext()
{
    std::optional<QString> name = nextFileName;
    nextFileName.reset();
    return name;
}
} // namespace

void FileDialogs::setNextFileName(const QString &name)
{
    nextFileName = name;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                  const QString &filter)
{
    // A bare name goes to Documents; a full path (the editor's guide folder) stays where it is.
    proposedSave = QFileInfo(suggested).isAbsolute()
                       ? suggested
                       : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                             QLatin1Char('/') + suggested;
    if (const auto name = takeNext())
        return *name;
    return QFileDialog::getSaveFileName(parent, title, proposedSave, filter);
}

QString FileDialogs::lastProposedSave()
{
    return proposedSave;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto name = takeNext())
        return *name;
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto names = takeNext())
        return names->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Photos are usually in Pictures, when there is such a folder.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileNames(parent, title, folder, filter);
}

QString FileDialogs::folderName(QWidget *parent, const QString &title)
{
    if (const auto name = takeNext())
        return *name;
    return QFileDialog::getExistingDirectory(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

} // namespace fcte
