#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

class QComboBox;
class QLineEdit;

namespace fcte {

class Bitacora;

// Keeps what is typed in a sheet's input fields and not yet entered as a draft of the activity:
// it survives moving to another activity, a crash or a kill, and comes back when the sheet is
// built again. Saved like a form (a pause, or 0.5 s at most while typing goes on); an
// emptied field (the line was entered) drops its draft at once. A draft is not an entry: it is
// never exported nor projected.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    // Field names are prefixed, so two sheets of one activity never share a draft.
    DraftKeeper(Bitacora &bitacora, int activity, const QString &prefix, QObject *parent);
    // Saves what is pending. Safe while the fields are being destroyed: it keeps their text.
    ~DraftKeeper() override;

    // Puts the field's draft back (when the field is empty) and keeps it from now on.
    void keep(QLineEdit *edit, const QString &name);
    // Keeps a choice (the combo's current data), e.g. who makes a commitment.
    void keep(QComboBox *combo, const QString &name);
    void flush();
    bool isPending() const { return !m_pending.isEmpty(); }

    // For places that are not a line edit of their own (a cell's editor, see CellDrafts): the
    // text of name as typed now; an empty text drops the draft.
    void keepText(const QString &name, const QString &text);
    // The drafts stored under names starting with namePrefix (the prefix taken off the names).
    QHash<QString, QString> storedDrafts(const QString &namePrefix) const;
    // True when the draft of name was left by an earlier run of the program (a crash, a kill,
    // a closed window), not typed in this one.
    bool isFromEarlierRun(const QString &name) const;
    // Marks a field holding a recovered draft, until it is emptied: a warning sign inside it and
    // a tinted background, so what is typed next is not taken for a new line.
    static void markRecovered(QLineEdit *edit);

private:
    void changed(const QString &field, const QString &text);

    Bitacora &m_bitacora;
    int m_activity;
    QString m_prefix;
    QHash<QString, QString> m_drafts;  // as stored when the sheet was built
    QHash<QString, QString> m_pending; // typed since the last save
    QTimer m_pause;
    QTimer m_maxWait;
    bool m_restoring = false;
};

} // namespace fcte
