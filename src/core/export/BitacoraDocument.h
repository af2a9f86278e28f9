#pragma once

#include <QString>
#include <memory>

class QTextDocument;

namespace fcte {

class Database;
class Guide;

struct DocumentOptions {
    enum class Struck { Omit, ShowStruck };
    Struck struck = Struck::ShowStruck;
    // Individual notes are private; they stay out of the archived bitácora unless asked for.
    bool includePrivate = false;
    // One school's own bitácora (see SchoolScope); 0: the combined one of the whole session.
    qint64 schoolId = 0;
};

// Builds the bitácora of one session as a rich-text document, for PDF and print. Every piece of
// user text is inserted as plain text through QTextCursor: nothing typed is ever read as markup.
class BitacoraDocument {
public:
    static std::unique_ptr<QTextDocument> build(Database &db, const Guide &guide, qint64 sessionId,
                                                const DocumentOptions &options);
    // The running header of each page: the book, the session and its date.
    static QString runningHeader(Database &db, qint64 sessionId, qint64 schoolId = 0);
};

} // namespace fcte
