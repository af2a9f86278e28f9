// libFuzzer target: any bytes given to the roster import, as a pasted or CSV list and as an
// Excel workbook (a zip: bombs and broken archives included), yield rows or a message, never a
// crash or unbounded memory.
#include "core/model/Records.h"
#include "core/session/RosterImport.h"
#include "core/text/TextDecoding.h"
#include "core/text/XlsxReader.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const QString &workbookPath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("lista.xlsx"));
    return path;
}

void importRows(const QVector<QStringList> &rows)
{
    const QVector<fcte::School> schools{[] {
        fcte::School school;
        school.id = 1;
        school.cct = QStringLiteral("09DPR1234X");
        school.name = QStringLiteral("Escuela Primaria Benito Juárez");
        return school;
    }()};
    fcte::RosterImport::participants(rows, schools, {QStringLiteral("Ana López")});
    fcte::RosterImport::schools(rows, {QStringLiteral("09DPR1234X")});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));

    // As text: pasted from a spreadsheet, or a .csv file in whatever encoding.
    importRows(fcte::RosterImport::split(fcte::TextDecoding::decode(bytes).text));

    // As a workbook.
    QFile file(workbookPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        __builtin_trap();
    file.write(bytes);
    file.close();
    const fcte::XlsxReader::Result sheet = fcte::XlsxReader::read(workbookPath(), 8 * 1024 * 1024);
    if (sheet.error.isEmpty())
        importRows(sheet.rows);
    return 0;
}
