#pragma once

#include "core/session/RosterImport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fcte {

// What a paste or a file would add to the roster, row by row with its problems, before anything
// is added.
class RosterPreviewDialog : public QDialog {
    Q_OBJECT
public:
    RosterPreviewDialog(const QVector<RosterImport::PersonRow> &people,
                        const QVector<School> &schools, QWidget *parent = nullptr);
    RosterPreviewDialog(const QVector<RosterImport::SchoolRow> &rows, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // "Agregar solo las filas sin observaciones" was chosen: the rows with problems stay out.
    bool onlyRowsWithoutObservations() const { return m_onlyClean; }
    QString summary() const;

private:
    void build(const QStringList &headers, const QVector<QStringList> &rows,
               const QVector<QStringList> &problems);

    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    bool m_onlyClean = false;
};

} // namespace fcte
