#pragma once

#include "core/model/Records.h"

#include <QStringList>
#include <QVector>

namespace fcte {

// Rows copied from a spreadsheet (Excel, LibreOffice Calc, Google Sheets paste tab-separated
// text) or read from a CSV file (comma or semicolon), turned into participants or schools.
// Columns are found by the header row when there is one ("Nombre", "Escuela", "Función",
// "Grado"…), by position otherwise. Nothing is saved here: each row says its problems, for a
// preview before anything is added.
struct RosterImport {
    struct PersonRow {
        int line = 0; // the row's number (1-based) in the pasted text or the file
        Participant person;
        QString school;     // as written: a school's name or CCT
        int schoolRow = -1; // the matching school, or -1
        QStringList problems;
    };
    struct SchoolRow {
        int line = 0;
        School school;
        QStringList problems;
    };

    // Splits delimited text into rows of cells; quoted cells may hold the delimiter, quotes and
    // line breaks. The delimiter is a tab, a semicolon or a comma, whichever the first line uses.
    static QVector<QStringList> split(const QString &text);
    // Rows as split() gives them or as a workbook's sheet has them (XlsxReader); row i is
    // line i + 1.
    static QVector<PersonRow> participants(const QVector<QStringList> &rows,
                                           const QVector<School> &schools,
                                           const QStringList &existingNames);
    static QVector<SchoolRow> schools(const QVector<QStringList> &rows,
                                      const QStringList &existingCcts);
    static QVector<PersonRow> participants(const QString &text, const QVector<School> &schools,
                                           const QStringList &existingNames)
    {
        return participants(split(text), schools, existingNames);
    }
    static QVector<SchoolRow> schools(const QString &text, const QStringList &existingCcts)
    {
        return schools(split(text), existingCcts);
    }
    // "docente", "director" or "agente" for what people write ("Maestra", "Directora",
    // "Director(a)", "USAER"…), or empty when it is not a function we know.
    static QString roleFrom(const QString &text);
};

} // namespace fcte
