#pragma once

#include "core/print/FlowDocument.h"
#include "core/print/PageLayout.h"

#include <QString>

namespace fcte {

class Database;
class Guide;
class TypeSet;

struct DocumentOptions {
    enum class Struck { Omit, ShowStruck };
    Struck struck = Struck::ShowStruck;
    // Individual notes are private; they stay out of the archived bitácora unless asked for.
    bool includePrivate = false;
    // One school's own bitácora (see SchoolScope); 0: the combined one of the whole session.
    qint64 schoolId = 0;
};

// Builds the bitácora of one session as a flow of paragraphs, tables and pictures, for PDF and
// print. User text is only ever text: nothing typed is read as markup.
class BitacoraDocument {
public:
    static FlowDocument build(Database &db, const Guide &guide, qint64 sessionId,
                              const DocumentOptions &options);
    // The same flow handed over block by block as it is written, so it need not be held whole.
    static void write(Database &db, const Guide &guide, qint64 sessionId,
                      const DocumentOptions &options, const FlowSink &sink);
    // How the bitácora is put on paper of a size (in points): its margins, with the faces given.
    static PageLayout pageLayout(TypeSet &types, const QSizeF &paper);
    // The running header of each page: the book, the session and its date.
    static QString runningHeader(Database &db, qint64 sessionId, qint64 schoolId = 0);
};

} // namespace fcte
