#pragma once

#include "core/print/FlowDocument.h"
#include "core/session/ZoneFigures.h"

#include <QByteArray>
#include <QString>

namespace fcte {

// The zone's report for the Consejo Técnico de Zona: each school and the whole zone —
// attendance, commitments by state, whether they were followed up and when the review was due —
// then the schools without a follow-up and the problems schools share. Made of the figures
// alone, so it reads the same from a local bitácora and from the zone's PostgreSQL; private
// notes are not in the figures, so never here.
struct ZoneReport {
    // One table per school and a total row, a blank line, then the shared problems: UTF-8 with
    // a byte-order mark, as the bitácora's own CSV.
    static QByteArray csv(const ZoneFigures &figures);
    // source: where the figures come from ("zona.sqlite", "PostgreSQL zona@servidor"), said
    // under the title.
    static FlowDocument document(const ZoneFigures &figures, const QString &source,
                                 const QDate &today);
    // By the file's extension: ".csv" a CSV, anything else a PDF. Written atomically; an empty
    // string on success, otherwise why not, in Spanish. undrawable: as Exporters::writePdf's.
    static QString write(const ZoneFigures &figures, const QString &source, const QDate &today,
                         const QString &path, QString *undrawable = nullptr);
};

} // namespace fcte
