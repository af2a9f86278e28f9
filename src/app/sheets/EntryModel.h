#pragma once

#include "core/guide/SheetKinds.h"
#include "core/model/Records.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace fcte {

class Bitacora;

// The entries of one sheet of the session, as a table whose columns follow the sheet's spec.
// Edits made through setData() and the helpers become undoable commands.
class EntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Text, Category, Schools, Team, Participant, Mark };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int StruckRole = Qt::UserRole + 2;
    // A QVariantList of {id, label} maps: what a choice column may hold.
    static constexpr int ChoicesRole = Qt::UserRole + 3;

    EntryModel(Bitacora &bitacora, QUndoStack &undoStack, const SheetSpec &spec,
               const QStringList &categories, int activity, QObject *parent = nullptr);

    const SheetSpec &spec() const { return m_spec; }
    const QStringList &categories() const { return m_categories; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }
    Column columnAt(int section) const { return m_columns.at(section); }

    void setShowStruck(bool show);
    bool showsStruck() const { return m_showStruck; }

    const Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 id) const;

    // Adds an entry with the given text and tags at the end; returns its id (0 on failure).
    qint64 addEntry(Entry entry);
    void toggleStruck(int row);
    // Moves a row up (-1) or down (+1) among the visible rows.
    bool moveRow(int row, int delta);
    void toggleSchool(int row, qint64 schoolId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();
    void onAdded(const Entry &entry);
    void onUpdated(const Entry &entry);
    void onRemoved(qint64 id, const QString &sheet);
    void commitEdit(const Entry &before, const Entry &after);
    QVariant choices(Column column) const;
    QString schoolsText(const Entry &entry) const;

    Bitacora &m_bitacora;
    QUndoStack &m_undoStack;
    SheetSpec m_spec;
    QStringList m_categories;
    int m_activity;
    QVector<Column> m_columns;
    QVector<Entry> m_entries;
    bool m_showStruck = true;
};

} // namespace fcte
