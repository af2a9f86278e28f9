#include "core/text/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace fcte {
namespace {

// A workbook is a zip: each part is read whole, so each has a ceiling (a few megabytes of
// compressed file could otherwise unpack into gigabytes).
constexpr qint64 MaxPartBytes = 64 * 1024 * 1024;
// A roster has hundreds of rows and a handful of columns; cells past these are not a roster.
constexpr int MaxRows = 100000;
constexpr int MaxColumns = 256;

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

struct Part {
    bool found = false;
    bool tooLarge = false;
    QByteArray bytes;
};

Part readPart(QuaZip &zip, const QString &name)
{
    Part part;
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return part;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return part;
    part.found = true;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        part.bytes += chunk;
        if (part.bytes.size() > MaxPartBytes) {
            part.tooLarge = true;
            part.bytes.clear();
            break;
        }
    }
    return part;
}

bool isElement(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name;
}

// The text of a string item (<si> or <is>): its <t>, or its rich-text runs' <t> joined; the
// phonetic guides (<rPh>) are not part of the text.
QString stringItemText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (!xml.isStartElement())
            continue;
        if (isElement(xml, QLatin1String("rPh")))
            xml.skipCurrentElement();
        else if (isElement(xml, QLatin1String("t")))
            text += xml.readElementText();
    }
    return text;
}

QStringList sharedStrings(const QByteArray &bytes, QString &error)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && isElement(xml, QLatin1String("si")))
            strings << stringItemText(xml);
    }
    if (xml.hasError())
        error = Text::tr("la lista de textos del libro está dañada (%1)").arg(xml.errorString());
    return strings;
}

// The path inside the zip of the workbook's first sheet, by the workbook's own relationships;
// the usual name when those are missing.
QString firstSheetPath(QuaZip &zip)
{
    const QString usual = QStringLiteral("xl/worksheets/sheet1.xml");
    const Part workbook = readPart(zip, QStringLiteral("xl/workbook.xml"));
    QString relationId;
    QXmlStreamReader book(workbook.bytes);
    while (relationId.isEmpty() && !book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && isElement(book, QLatin1String("sheet"))) {
            for (const QXmlStreamAttribute &attribute : book.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
            }
        }
    }
    if (relationId.isEmpty())
        return usual;
    const Part relations = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    QXmlStreamReader rels(relations.bytes);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && isElement(rels, QLatin1String("Relationship")) &&
            rels.attributes().value(QLatin1String("Id")) == relationId) {
            const QString target = rels.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return usual;
}

} // namespace

int XlsxReader::columnOf(const QString &cellReference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : cellReference) {
        const char16_t upper = c.toUpper().unicode();
        if (upper < u'A' || upper > u'Z')
            break;
        column = column * 26 + (upper - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

XlsxReader::Result XlsxReader::read(const QString &path, qint64 maxFileBytes)
{
    Result result;
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > maxFileBytes) {
        result.error = Text::tr("«%1» pesa más de %2 MB: no parece una lista de personal.")
                           .arg(name)
                           .arg(maxFileBytes / (1024 * 1024));
        return result;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = Text::tr("«%1» no es un libro de Excel (.xlsx) o está dañado.").arg(name);
        return result;
    }
    const QString sheetPath = firstSheetPath(zip);
    const Part sheet = readPart(zip, sheetPath);
    if (sheet.tooLarge) {
        result.error =
            Text::tr("La hoja de «%1» es demasiado grande para una lista de personal.").arg(name);
        return result;
    }
    if (!sheet.found) {
        result.error = Text::tr("«%1» no tiene hojas que leer.").arg(name);
        return result;
    }
    QStringList shared;
    const Part strings = readPart(zip, QStringLiteral("xl/sharedStrings.xml"));
    if (strings.found) {
        QString problem;
        shared = strings.tooLarge ? QStringList() : sharedStrings(strings.bytes, problem);
        if (strings.tooLarge)
            problem = Text::tr("la lista de textos del libro es demasiado grande");
        if (!problem.isEmpty()) {
            result.error = Text::tr("No se pudo leer «%1»: %2.").arg(name, problem);
            return result;
        }
    }

    QXmlStreamReader xml(sheet.bytes);
    QString cell = QStringLiteral("A1"); // the last cell read, to say where a damaged file breaks
    int nextColumn = 0;
    const auto fail = [&](const QString &why) {
        result.rows.clear();
        result.error =
            Text::tr("No se pudo leer «%1» cerca de la celda %2: %3.").arg(name, cell, why);
        return result;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (isElement(xml, QLatin1String("row"))) {
            bool numbered = false;
            const int number = xml.attributes().value(QLatin1String("r")).toInt(&numbered);
            const int index = numbered && number > 0 ? number - 1 : int(result.rows.size());
            if (index >= MaxRows)
                return fail(Text::tr("tiene más de %1 filas").arg(MaxRows));
            if (index < result.rows.size())
                return fail(Text::tr("las filas están fuera de orden"));
            result.rows.resize(index + 1);
            nextColumn = 0;
            cell = QStringLiteral("A%1").arg(index + 1);
        } else if (isElement(xml, QLatin1String("c"))) {
            if (result.rows.isEmpty())
                result.rows.resize(1);
            const QString reference = xml.attributes().value(QLatin1String("r")).toString();
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
            if (column < 0)
                return fail(Text::tr("referencia de celda no válida «%1»").arg(reference));
            if (!reference.isEmpty())
                cell = reference;
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && isElement(xml, QLatin1String("c")))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (isElement(xml, QLatin1String("v")))
                    value = xml.readElementText();
                else if (isElement(xml, QLatin1String("is")))
                    inlineText = stringItemText(xml);
                else
                    xml.skipCurrentElement(); // a formula: its value (<v>) is what shows
            }
            QString text;
            if (type == QLatin1String("s")) {
                bool isIndex = false;
                const int index = value.toInt(&isIndex);
                if (!isIndex || index < 0 || index >= shared.size())
                    return fail(Text::tr("el texto de la celda no está en el libro"));
                text = shared.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? Text::tr("VERDADERO") : Text::tr("FALSO");
            } else if (type != QLatin1String("e")) { // an error (#N/A) shows as nothing
                text = value;
            }
            nextColumn = column + 1;
            if (column >= MaxColumns || text.isEmpty())
                continue;
            QStringList &row = result.rows.last();
            while (row.size() <= column)
                row << QString();
            row[column] = text;
        }
    }
    if (xml.hasError())
        return fail(xml.errorString());
    return result;
}

} // namespace fcte
