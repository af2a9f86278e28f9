#pragma once

#include "core/evidence/EvidenceFile.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

class QUndoStack;

namespace fcte {

class Bitacora;

// The photos and files of the current activity: a photo of a flip chart, a school's slides.
// Added with the button or by dropping files on the activity's page; photos are prepared on a
// worker thread (a 12-megapixel JPEG takes a moment to bring down), so the window never waits.
// Enter or a double click projects a photo; F2 writes its caption; Supr removes it (after a
// question). Without evidence it is one line: the sheet below needs the height.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePanel(Bitacora &bitacora, QWidget *parent = nullptr);
    // Where a removal goes as an undo step (the history of what is in view).
    void setUndoStack(std::function<QUndoStack &()> stack) { m_undoStack = std::move(stack); }

    void setActivity(int activity);
    // Prepares the files and stores them as the current activity's evidence; returns at once.
    void addFiles(const QStringList &paths);
    // Files being prepared (tests wait for the end).
    bool isBusy() const;
    // Files dropped on target are added as well (the whole activity page is a drop target).
    void acceptDropsOn(QWidget *target);

    QListWidget *list() const { return m_list; }
    QString statusText() const;
    // The current item: projected when it is a photo (after decoding on a worker thread).
    void projectCurrent();
    bool saveCopyOfCurrent(const QString &path);
    void removeCurrent();

Q_SIGNALS:
    void projectRequested(const QImage &picture, const QString &caption);
    // After a batch was stored (or refused): how many were stored.
    void filesAdded(int stored);
    // The thumbnails appeared or went away: the panel's height changed.
    void shownChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending {
        QString path;
        int activity = 0;
    };
    void refresh();
    void refreshButtons();
    void prepareNext();
    void storePrepared();
    void chooseFiles();
    void chooseCopyPath();
    const Evidence *currentEvidence() const;
    void fillSchoolsMenu();

    Bitacora &m_bitacora;
    int m_activity = 0;
    QVector<Evidence> m_shown;
    QVector<Pending> m_queue;
    QVector<Pending> m_preparingNow;
    QFutureWatcher<QVector<EvidenceFile::Prepared>> m_preparing;
    QFutureWatcher<QImage> m_decoding;
    QString m_decodingCaption;
    bool m_refreshAfterEditing = false;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_keepOriginal = nullptr;
    QPushButton *m_project = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    // Which schools the current item is about: a menu of the session's schools, ticked.
    QPushButton *m_schools = nullptr;
    std::function<QUndoStack &()> m_undoStack;
};

} // namespace fcte
