#include "core/session/DamageScan.h"

#include "core/store/Database.h"

#include <QCoreApplication>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DamageScan)
};

// One query over the tables: each row a table, a row id and a column whose value is not what
// the program ever writes there.
constexpr const char *Scan = R"(
WITH stamp(pattern) AS (SELECT '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]*')
SELECT 'entry', id, 'created_at' FROM entry, stamp
    WHERE typeof(created_at) <> 'text' OR created_at NOT GLOB pattern
UNION ALL SELECT 'entry', id, 'edited_at' FROM entry, stamp
    WHERE typeof(edited_at) <> 'text' OR edited_at NOT GLOB pattern
UNION ALL SELECT 'entry', id, 'struck_at' FROM entry, stamp
    WHERE struck_at IS NOT NULL AND (typeof(struck_at) <> 'text' OR struck_at NOT GLOB pattern)
UNION ALL SELECT 'entry', id, 'text' FROM entry WHERE typeof(text) <> 'text' OR text = ''
UNION ALL SELECT 'entry', id, 'sheet' FROM entry WHERE typeof(sheet) <> 'text'
UNION ALL SELECT 'commitment', id, 'created_at' FROM commitment, stamp
    WHERE typeof(created_at) <> 'text' OR created_at NOT GLOB pattern
UNION ALL SELECT 'commitment', id, 'edited_at' FROM commitment, stamp
    WHERE typeof(edited_at) <> 'text' OR edited_at NOT GLOB pattern
UNION ALL SELECT 'session', id, 'title' FROM session WHERE typeof(title) <> 'text'
UNION ALL SELECT 'session', id, 'held_on' FROM session
    WHERE typeof(held_on) <> 'text' OR held_on NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
UNION ALL SELECT 'school', id, 'name' FROM school WHERE typeof(name) <> 'text'
UNION ALL SELECT 'school', id, 'cct' FROM school WHERE typeof(cct) <> 'text'
UNION ALL SELECT 'participant', id, 'name' FROM participant WHERE typeof(name) <> 'text'
LIMIT 100
)";

QString place(const QString &table, qint64 id)
{
    if (table == QLatin1String("entry"))
        return Text::tr("la entrada %1").arg(id);
    if (table == QLatin1String("commitment"))
        return Text::tr("el compromiso %1").arg(id);
    if (table == QLatin1String("session"))
        return Text::tr("la sesión %1").arg(id);
    if (table == QLatin1String("school"))
        return Text::tr("la escuela %1").arg(id);
    return Text::tr("el participante %1").arg(id);
}

QString field(const QString &column)
{
    if (column == QLatin1String("created_at"))
        return Text::tr("fecha de creación");
    if (column == QLatin1String("edited_at"))
        return Text::tr("fecha de edición");
    if (column == QLatin1String("struck_at"))
        return Text::tr("fecha en que se tachó");
    if (column == QLatin1String("text"))
        return Text::tr("texto");
    if (column == QLatin1String("sheet"))
        return Text::tr("hoja");
    if (column == QLatin1String("title"))
        return Text::tr("título");
    if (column == QLatin1String("held_on"))
        return Text::tr("fecha de la sesión");
    if (column == QLatin1String("cct"))
        return Text::tr("CCT");
    return Text::tr("nombre");
}

} // namespace

QStringList DamageScan::damagedValues(Database &db)
{
    QStringList found;
    Statement scan(db, Scan);
    while (scan.step())
        found << Text::tr("dato dañado en %1: %2")
                     .arg(place(scan.text(0), scan.integer(1)), field(scan.text(2)));
    return found;
}

} // namespace fcte
