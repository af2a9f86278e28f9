#include "core/export/ZoneGather.h"

#include "core/export/BitacoraArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZoneGather)
};

} // namespace

int ZoneGather::Summary::count(Outcome::Kind kind) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [kind](const Outcome &outcome) { return outcome.kind == kind; }));
}

QStringList ZoneGather::archivesIn(const QStringList &foldersAndFiles)
{
    QStringList archives;
    for (const QString &path : foldersAndFiles) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir folder(path);
            for (const QString &name :
                 folder.entryList({QStringLiteral("*.json"), QStringLiteral("*.JSON")},
                                  QDir::Files | QDir::Readable, QDir::Name))
                archives << folder.filePath(name);
        } else {
            archives << path;
        }
    }
    archives.removeDuplicates();
    return archives;
}

ZoneGather::Summary ZoneGather::gather(Database &db, const QStringList &archives)
{
    Summary summary;
    for (const QString &path : archives) {
        Outcome outcome;
        outcome.file = path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.reason = Text::tr("no se pudo abrir: %1").arg(file.errorString());
        } else if (file.size() > BitacoraArchive::MaxBytes) {
            outcome.reason = Text::tr("es demasiado grande para ser una bitácora");
        } else {
            const ArchiveImportResult imported = BitacoraArchive::importSession(
                db, file.readAll(), BitacoraArchive::Duplicate::ReplaceIfNewer,
                BitacoraArchive::PrivateNotes::LeaveOut);
            if (imported.ok()) {
                outcome.kind =
                    imported.replaced != 0 ? Outcome::Kind::Replaced : Outcome::Kind::Added;
                outcome.sessionId = imported.sessionId;
                outcome.replaced = imported.replaced;
            } else if (imported.alreadyPresent != 0) {
                outcome.kind = Outcome::Kind::AlreadyHere;
                outcome.sessionId = imported.alreadyPresent;
            } else {
                outcome.reason = imported.errors.join(QStringLiteral("; "));
            }
        }
        summary.outcomes.push_back(outcome);
    }
    return summary;
}

} // namespace fcte
