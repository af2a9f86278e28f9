#include "core/export/ZoneReport.h"

#include "core/export/BitacoraDocument.h"
#include "core/export/Exporters.h"
#include "core/io/OutputFile.h"
#include "core/print/PdfWriter.h"
#include "core/print/TypeSet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

#include <cerrno>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZoneReport)
};

constexpr Review::State States[] = {Review::State::Pending, Review::State::InProgress,
                                    Review::State::Done, Review::State::NotDone};

QString yesNo(bool value)
{
    return value ? Text::tr("sí") : Text::tr("no");
}

QString attendance(int present, int expected)
{
    return Text::tr("%1 de %2").arg(present).arg(expected);
}

QString dueText(const ZoneSchoolFigures &school)
{
    if (school.commitments.isEmpty())
        return QString();
    if (school.followedUp)
        return Text::tr("revisados");
    if (!school.reviewDue.isValid())
        return Text::tr("sin fecha");
    const QString date = QLocale(QLocale::Spanish, QLocale::Mexico)
                             .toString(school.reviewDue, QStringLiteral("d MMM yyyy"));
    return school.reviewOverdue ? Text::tr("vencida (%1)").arg(date) : date;
}

QStringList schoolHeader()
{
    QStringList header{Text::tr("Escuela"), Text::tr("CCT"), Text::tr("Sesiones"),
                       Text::tr("Asistencia"), Text::tr("Compromisos")};
    for (Review::State state : States)
        header << Review::stateName(state);
    header << Text::tr("Con seguimiento") << Text::tr("Revisión");
    return header;
}

QStringList schoolRow(const ZoneSchoolFigures &school)
{
    QStringList row{school.name, school.cct, QString::number(school.sessions),
                    attendance(school.present, school.expected),
                    QString::number(school.commitments.size())};
    for (Review::State state : States)
        row << QString::number(school.byState[std::size_t(state)]);
    row << (school.commitments.isEmpty() ? QString() : yesNo(school.followedUp)) << dueText(school);
    return row;
}

QStringList totalRow(const ZoneFigures &figures)
{
    QStringList row{Text::tr("Total de la zona (%1 escuelas)").arg(figures.schools.size()),
                    QString(), QString::number(figures.sessions),
                    attendance(figures.present, figures.expected),
                    QString::number(figures.commitments)};
    for (Review::State state : States)
        row << QString::number(figures.byState[std::size_t(state)]);
    row << Text::tr("%1 sin seguimiento").arg(figures.withoutFollowUp.size())
        << Text::tr("%1 vencidas").arg(figures.overdue);
    return row;
}

FlowParagraph paragraph(const QString &text, BlockRole role = BlockRole::Paragraph,
                        double size = 10, bool bold = false)
{
    FlowParagraph block;
    block.spans.push_back({text, TextStyle{size, bold, false, false, qRgb(0, 0, 0)}});
    block.role = role;
    block.bottomMargin = 6;
    block.topMargin = role == BlockRole::Paragraph || role == BlockRole::ListItem ? 0 : 10;
    block.keepWithNext = role != BlockRole::Paragraph && role != BlockRole::ListItem;
    return block;
}

} // namespace

QByteArray ZoneReport::csv(const ZoneFigures &figures)
{
    QStringList lines;
    const auto add = [&lines](QStringList cells) {
        for (QString &cell : cells)
            cell = Exporters::csvCell(cell);
        lines << cells.join(QLatin1Char(','));
    };
    add(schoolHeader());
    for (const ZoneSchoolFigures &school : figures.schools)
        add(schoolRow(school));
    add(totalRow(figures));
    lines << QString();
    add({Text::tr("Problema o práctica en común"), Text::tr("Tipo"), Text::tr("Escuelas"),
         Text::tr("Sesión")});
    for (const ZoneCommonProblem &common : figures.common)
        add({common.text, ZoneShared::kindName(common.kind),
             common.schools.join(QStringLiteral("; ")), common.session});
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

FlowDocument ZoneReport::document(const ZoneFigures &figures, const QString &source,
                                  const QDate &today)
{
    FlowDocument document;
    auto &blocks = document.blocks;
    FlowParagraph title =
        paragraph(Text::tr("Reporte de la zona escolar"), BlockRole::Heading1, 18, true);
    title.centered = true;
    blocks.emplace_back(std::move(title));
    FlowParagraph origin = paragraph(
        Text::tr("%1 · %2 escuelas, %3 sesiones · al %4")
            .arg(source, QString::number(figures.schools.size()), QString::number(figures.sessions),
                 QLocale(QLocale::Spanish, QLocale::Mexico).toString(today, QLocale::LongFormat)));
    origin.centered = true;
    blocks.emplace_back(std::move(origin));

    blocks.emplace_back(
        paragraph(Text::tr("Escuelas y compromisos por estado"), BlockRole::Heading2, 14, true));
    FlowTable table;
    table.header = schoolHeader();
    for (const ZoneSchoolFigures &school : figures.schools)
        table.rows.push_back(schoolRow(school));
    table.rows.push_back(totalRow(figures));
    table.struckRows.assign(table.rows.size(), false);
    table.style.size = 8;
    blocks.emplace_back(std::move(table));

    blocks.emplace_back(
        paragraph(Text::tr("Escuelas sin seguimiento"), BlockRole::Heading2, 14, true));
    if (figures.withoutFollowUp.isEmpty())
        blocks.emplace_back(
            paragraph(Text::tr("Todas las escuelas con compromisos tienen seguimiento.")));
    for (const QString &name : figures.withoutFollowUp)
        blocks.emplace_back(paragraph(QStringLiteral("• ") + name, BlockRole::ListItem));

    blocks.emplace_back(
        paragraph(Text::tr("Problemas y prácticas en común"), BlockRole::Heading2, 14, true));
    if (figures.common.isEmpty())
        blocks.emplace_back(paragraph(
            Text::tr("No se registraron similitudes ni coincidencias entre dos escuelas o más.")));
    for (const ZoneCommonProblem &common : figures.common)
        blocks.emplace_back(paragraph(Text::tr("• %1 (%2): %3")
                                          .arg(common.text, ZoneShared::kindName(common.kind),
                                               common.schools.join(QStringLiteral(", "))),
                                      BlockRole::ListItem));

    blocks.emplace_back(paragraph(Text::tr("Problemática presentada por cada escuela"),
                                  BlockRole::Heading2, 14, true));
    for (const ZoneSchoolFigures &school : figures.schools) {
        if (school.problem.trimmed().isEmpty())
            continue;
        blocks.emplace_back(paragraph(school.name, BlockRole::Heading3, 11, true));
        blocks.emplace_back(paragraph(school.problem));
    }
    return document;
}

QString ZoneReport::write(const ZoneFigures &figures, const QString &source, const QDate &today,
                          const QString &path, QString *undrawable)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return OutputFile::write(path, csv(figures));
    OutputFile file(path);
    if (!file.open())
        return file.error();
    TypeSet types;
    // Landscape: twelve columns a school each, read whole, no word cut.
    const QSizeF paper = QPageSize(QPageSize::Letter).size(QPageSize::Point).transposed();
    const PageLayout layout = BitacoraDocument::pageLayout(types, paper);
    PdfWriter writer(file.device(), types, paper);
    FlowDocument flow = document(figures, source, today);
    const QString header = Text::tr("Reporte de la zona escolar");
    layout.layOut(
        [&flow](const FlowSink &sink) {
            for (FlowBlock &block : flow.blocks)
                sink(std::move(block));
        },
        header, [&writer](LaidOutPage &&page) { writer.addPage(page); });
    errno = 0;
    if (!writer.finish([&layout](int index, int count) { return layout.pageNumber(index, count); },
                       {header, QStringLiteral("Facilitador CTE")})) {
        file.giveUp();
        return file.error();
    }
    if (undrawable)
        *undrawable = types.missingDescription();
    return file.commit() ? QString() : file.error();
}

} // namespace fcte
