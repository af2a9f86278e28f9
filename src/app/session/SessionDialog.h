#pragma once

#include "core/model/Records.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QTableWidgetItem;

namespace Ui {
class SessionDialog;
}

class QKeyEvent;
class QTableWidget;

namespace fcte {

class Guide;
class RosterTable;
class Notebook;
struct RosterEdit;

// Creates a session, or edits an existing one: its data, schools and participants.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    // sessionId 0 creates a new session.
    SessionDialog(Notebook &notebook, const Guide &guide, qint64 sessionId,
                  QWidget *parent = nullptr);
    ~SessionDialog() override;

    qint64 sessionId() const { return m_sessionId; }

    // Used by the buttons and by tests: appends a row and returns its index.
    // at: the row to insert at (-1: the end); key: the school's key when it comes back (undo).
    int addSchool(const School &school = {}, int at = -1, int key = 0);
    int addParticipant(const Participant &participant = {}, int schoolRow = -1, int at = -1);
    // Marks a roster row with what the list it came from had wrong (red, with a tooltip; the
    // text under ObservationsRole on its name).
    void flagRow(int row, const QStringList &problems);
    // The school a participant added by hand starts with (see the .cpp).
    int schoolRowForNewParticipant() const;
    static constexpr int ObservationsRole = Qt::UserRole + 20;

    // Rows from a spreadsheet (pasted), an Excel workbook or a CSV file: previewed, then added;
    // false when not.
    bool addFromText(const QString &text, bool participants);
    bool addFromRows(const QVector<QStringList> &rows, bool participants);
    bool addFromFile(const QString &path, bool participants);
    // Schools chosen from an earlier session, with their people; false when none were.
    bool copyFromEarlierSession();

    void accept() override;
    // Esc and Cancelar ask before throwing away anything typed.
    void reject() override;

protected:
    // Enter in a roster table (a cell being typed, a list in a cell) keeps the cell and moves
    // on, as in a spreadsheet: it never reaches the dialog, whose default button would save it
    // with a row half typed.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Moves from the cell that has the focus in table to the next one; false when the focus is
    // not in table.
    bool moveOn(QTableWidget *table);
    void load();
    void removeSelectedSchool();
    void removeSelectedParticipant();
    // Ctrl+Z in a table: the last row removed there comes back where it was.
    void restoreRemoved(bool participants);
    void setUpKeyboard(RosterTable *table, bool participants);
    void refreshSchoolChoices();
    SessionInfo collectInfo() const;
    RosterEdit collectRoster() const;
    // An explanation of the first problem found, or an empty string.
    QString problemIn(const SessionInfo &info, const RosterEdit &roster) const;
    QComboBox *comboAt(int row, int column, bool participants) const;
    // Everything the dialog holds, as text: what was loaded is compared with what is there now.
    QString contentFingerprint() const;
    void proposeLevel(QTableWidgetItem *item);

    std::unique_ptr<Ui::SessionDialog> m_ui;
    Notebook &m_notebook;
    const Guide &m_guide;
    qint64 m_sessionId;
    int m_nextSchoolKey = 1;
    struct RemovedRow {
        int row = 0;
        int key = 0; // the school's key (a participant: the key of the school it belonged to)
        School school;
        Participant participant;
    };
    QVector<RemovedRow> m_removedSchools;
    QVector<RemovedRow> m_removedParticipants;
    QString m_loadedContent;
};

} // namespace fcte
