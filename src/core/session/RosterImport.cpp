#include "core/session/RosterImport.h"

#include "core/model/Cct.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RosterImport)
};

// Lower case, no accents, no spaces at the ends: "Función " and "funcion" are the same header.
QString folded(const QString &text)
{
    QString plain = text.trimmed().toLower().normalized(QString::NormalizationForm_D);
    plain.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    return plain;
}

enum class Field { Name, School, Role, Specialty, Grade, Cct, Level, Shift, Director, None };

Field fieldOf(const QString &header)
{
    static const QHash<QString, Field> known = {
        {QStringLiteral("nombre"), Field::Name},
        {QStringLiteral("nombre completo"), Field::Name},
        {QStringLiteral("docente"), Field::Name},
        {QStringLiteral("participante"), Field::Name},
        {QStringLiteral("escuela"), Field::School},
        {QStringLiteral("plantel"), Field::School},
        {QStringLiteral("funcion"), Field::Role},
        {QStringLiteral("puesto"), Field::Role},
        {QStringLiteral("cargo"), Field::Role},
        {QStringLiteral("especialidad"), Field::Specialty},
        {QStringLiteral("grado"), Field::Grade},
        {QStringLiteral("grupo"), Field::Grade},
        {QStringLiteral("grado o seccion"), Field::Grade},
        {QStringLiteral("grado y grupo"), Field::Grade},
        {QStringLiteral("cct"), Field::Cct},
        {QStringLiteral("clave"), Field::Cct},
        {QStringLiteral("clave de centro de trabajo"), Field::Cct},
        {QStringLiteral("nivel"), Field::Level},
        {QStringLiteral("turno"), Field::Shift},
        {QStringLiteral("director"), Field::Director},
        {QStringLiteral("directora"), Field::Director},
        {QStringLiteral("director(a)"), Field::Director},
    };
    return known.value(folded(header), Field::None);
}

// A spreadsheet's empty rows are not people or schools (but they keep the numbering).
bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

// Which field each column holds: by the header row when one names known fields, else by
// position. A header may sit under a title or two (a spreadsheet's "Personal 2026-2027"), so the
// first few non-blank rows are looked at. Returns the header's row index, or -1.
int mapColumns(const QVector<QStringList> &rows, const QVector<Field> &byPosition,
               QVector<Field> &columns)
{
    constexpr int RowsLookedAt = 5;
    int looked = 0;
    for (int i = 0; i < rows.size() && looked < RowsLookedAt; ++i) {
        if (isBlank(rows.at(i)))
            continue;
        ++looked;
        // A header names two known fields (one, when it is a single column): a person's row may
        // hold one word that is also a header ("Docente").
        QVector<Field> fields;
        int known = 0;
        for (const QString &cell : rows.at(i)) {
            fields << fieldOf(cell);
            known += fields.last() != Field::None ? 1 : 0;
        }
        if (known >= 2 || (known == 1 && rows.at(i).size() == 1)) {
            columns = fields;
            return i;
        }
    }
    columns = byPosition;
    return -1;
}

QString cellOf(const QStringList &row, const QVector<Field> &columns, Field field)
{
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        if (columns.at(i) == field)
            return row.at(i).trimmed();
    }
    return {};
}

} // namespace

QVector<QStringList> RosterImport::split(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delimiter = QLatin1Char('\t');
    if (!firstLine.contains(delimiter))
        delimiter = firstLine.count(QLatin1Char(';')) >= firstLine.count(QLatin1Char(','))
                        ? QLatin1Char(';')
                        : QLatin1Char(',');
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

QString RosterImport::roleFrom(const QString &text)
{
    const QString role = folded(text);
    if (role.isEmpty())
        return QStringLiteral("docente");
    // A deputy is no director: one school with four "directors" (seen) meant its deputies.
    if (role.startsWith(QStringLiteral("subdirector")))
        return QStringLiteral("subdirector");
    if (role.startsWith(QStringLiteral("director")))
        return QStringLiteral("director");
    if (role.startsWith(QStringLiteral("docente")) || role.startsWith(QStringLiteral("maestr")) ||
        role.startsWith(QStringLiteral("profesor")) || role.startsWith(QStringLiteral("educadora")))
        return QStringLiteral("docente");
    if (role.startsWith(QStringLiteral("agente")) || role == QLatin1String("usaer") ||
        role.contains(QStringLiteral("educacion fisica")) || role == QLatin1String("ingles") ||
        role == QLatin1String("computacion") || role.startsWith(QStringLiteral("promotor")))
        return QStringLiteral("agente");
    return {};
}

QVector<RosterImport::PersonRow> RosterImport::participants(const QVector<QStringList> &rows,
                                                            const QVector<School> &schools,
                                                            const QStringList &existingNames)
{
    QVector<Field> columns;
    const int header = mapColumns(
        rows, {Field::Name, Field::School, Field::Role, Field::Grade, Field::Specialty}, columns);
    QSet<QString> seen;
    for (const QString &name : existingNames)
        seen.insert(folded(name));
    QVector<PersonRow> result;
    for (int i = header + 1; i < rows.size(); ++i) {
        const QStringList &cells = rows.at(i);
        if (isBlank(cells))
            continue;
        PersonRow row;
        row.line = i + 1;
        row.person.name = cellOf(cells, columns, Field::Name).simplified();
        row.school = cellOf(cells, columns, Field::School);
        row.person.grade = cellOf(cells, columns, Field::Grade);
        row.person.specialty = cellOf(cells, columns, Field::Specialty);
        const QString role = cellOf(cells, columns, Field::Role);
        row.person.role = roleFrom(role);
        if (row.person.name.isEmpty())
            row.problems << Text::tr("sin nombre");
        if (row.person.role.isEmpty()) {
            row.problems << Text::tr("función desconocida: «%1»").arg(role);
            row.person.role = QStringLiteral("docente");
        }
        const QString school = folded(row.school);
        for (int s = 0; s < schools.size(); ++s) {
            if (!school.isEmpty() &&
                (folded(schools.at(s).name) == school ||
                 Cct::normalized(schools.at(s).cct) == Cct::normalized(row.school)))
                row.schoolRow = s;
        }
        if (row.school.isEmpty())
            row.problems << Text::tr("sin escuela");
        else if (row.schoolRow < 0)
            row.problems << Text::tr("escuela que no está en la sesión: «%1»").arg(row.school);
        if (!row.person.name.isEmpty() && seen.contains(folded(row.person.name)))
            row.problems << Text::tr("nombre repetido");
        seen.insert(folded(row.person.name));
        result << row;
    }
    return result;
}

QVector<RosterImport::SchoolRow> RosterImport::schools(const QVector<QStringList> &rows,
                                                       const QStringList &existingCcts)
{
    QVector<Field> columns;
    const int header = mapColumns(
        rows, {Field::School, Field::Cct, Field::Level, Field::Shift, Field::Director}, columns);
    for (Field &field : columns) {
        if (field == Field::Name)
            field = Field::School; // "Nombre" in a list of schools is the school's name
    }
    QSet<QString> seen;
    for (const QString &cct : existingCcts)
        seen.insert(Cct::normalized(cct));
    QVector<SchoolRow> result;
    for (int i = header + 1; i < rows.size(); ++i) {
        const QStringList &cells = rows.at(i);
        if (isBlank(cells))
            continue;
        SchoolRow row;
        row.line = i + 1;
        row.school.name = cellOf(cells, columns, Field::School).simplified();
        row.school.cct = Cct::normalized(cellOf(cells, columns, Field::Cct));
        row.school.level = folded(cellOf(cells, columns, Field::Level));
        if (row.school.level.isEmpty())
            row.school.level = Cct::proposedLevel(row.school.cct);
        row.school.shift = folded(cellOf(cells, columns, Field::Shift));
        row.school.director = cellOf(cells, columns, Field::Director).simplified();
        if (row.school.name.isEmpty())
            row.problems << Text::tr("sin nombre");
        if (!Cct::isValid(row.school.cct))
            row.problems << Text::tr("CCT no válida: «%1»").arg(row.school.cct);
        else if (seen.contains(row.school.cct))
            row.problems << Text::tr("CCT repetida");
        seen.insert(row.school.cct);
        result << row;
    }
    return result;
}

} // namespace fcte
