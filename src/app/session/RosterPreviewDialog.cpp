#include "app/session/RosterPreviewDialog.h"
#include "app/PlainLabel.h"
#include "core/model/SchoolLabels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fcte {

RosterPreviewDialog::RosterPreviewDialog(const QVector<RosterImport::PersonRow> &people,
                                         const QVector<School> &schools, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Participantes por agregar"));
    QVector<QStringList> rows;
    QVector<QStringList> problems;
    for (const RosterImport::PersonRow &row : people) {
        const QString school =
            row.schoolRow >= 0 ? schools.at(row.schoolRow).name : tr("(ninguna)");
        // The words people read, never the stored keys ("docente", "agente").
        rows << QStringList{QString::number(row.line), row.person.name, school,
                            SchoolLabels::roleName(row.person.role), row.person.grade};
        problems << row.problems;
    }
    build({tr("Fila"), tr("Nombre"), tr("Escuela"), tr("Función"), tr("Grado")}, rows, problems);
}

RosterPreviewDialog::RosterPreviewDialog(const QVector<RosterImport::SchoolRow> &schools,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Escuelas por agregar"));
    QVector<QStringList> rows;
    QVector<QStringList> problems;
    for (const RosterImport::SchoolRow &row : schools) {
        rows << QStringList{QString::number(row.line),
                            row.school.name,
                            row.school.cct,
                            SchoolLabels::levelName(row.school.level),
                            SchoolLabels::shiftName(row.school.shift),
                            row.school.director};
        problems << row.problems;
    }
    build({tr("Fila"), tr("Nombre"), tr("CCT"), tr("Nivel"), tr("Turno"), tr("Director(a)")}, rows,
          problems);
}

void RosterPreviewDialog::build(const QStringList &headers, const QVector<QStringList> &rows,
                                const QVector<QStringList> &problems)
{
    setObjectName(QStringLiteral("rosterPreviewDialog"));
    auto *layout = new QVBoxLayout(this);
    int flagged = 0;
    for (const QStringList &rowProblems : problems)
        flagged += rowProblems.isEmpty() ? 0 : 1;
    m_summary = plainLabel(
        flagged == 0
            ? tr("Se agregarán %n filas.", nullptr, int(rows.size()))
            : tr("Se agregarán %1 filas; %n con observaciones (en rojo): puede corregirlas "
                 "después en la tabla, o cancelar y corregir la hoja de cálculo.",
                 nullptr, flagged)
                  .arg(rows.size()));
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(rows.size()), int(headers.size()) + 1);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels(headers + QStringList{tr("Observaciones")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The observations are what the director reads: they take the room and wrap.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(headers.size()), QHeaderView::Stretch);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
        auto *note = new QTableWidgetItem(problems.at(row).join(QStringLiteral("; ")));
        note->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(row, int(headers.size()), note);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Agregar %n", nullptr, int(rows.size())));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!rows.isEmpty());
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    if (flagged > 0 && flagged < rows.size()) {
        auto *clean = buttons->addButton(tr("Agregar solo las filas sin observaciones (%n)",
                                            nullptr, int(rows.size()) - flagged),
                                         QDialogButtonBox::AcceptRole);
        clean->setObjectName(QStringLiteral("addCleanRowsButton"));
        connect(clean, &QPushButton::clicked, this, [this] { m_onlyClean = true; });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 520);
}

QString RosterPreviewDialog::summary() const
{
    return m_summary->text();
}

} // namespace fcte
