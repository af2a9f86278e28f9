#pragma once

#include "core/guide/Guide.h"
#include "core/guide/GuideOutline.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace fcte {

class ActivityPage;
class GuideFieldsPage;
class OutlineTree;
class ProjectionView;

// Archivo → Nueva guía / Editar una guía…: the outline of a session guide as a tree (sections
// and their activities: add, move, delete, with undo), the selected item's fields beside it with
// the loader's own errors under the field they are about, a preview of the activity as the
// director will see it, and saving as the stable JSON the app loads. An invalid guide can be
// saved as a draft, never used for a session.
class GuideEditor : public QMainWindow {
    Q_OBJECT
public:
    explicit GuideEditor(const Guide &guide, const QString &path = {}, QWidget *parent = nullptr);
    ~GuideEditor() override;

    const Guide &guide() const { return m_guide; }
    QString path() const { return m_path; }
    QVector<GuideOutline::Problem> problems() const { return m_problems; }
    QUndoStack &undoStack() const { return *m_undo; }
    OutlineTree *outline() const { return m_tree; }
    void select(const OutlinePosition &item);
    OutlinePosition selected() const;

    // Writes the guide to its file (asking for one the first time); false when not written.
    bool save();
    bool saveAs();
    // What the loader said of the file as it was opened (see GuideLoader::forEditing).
    void showFileProblems(const QStringList &problems);
    // Undo and redo put a whole earlier state back (see GuideEditCommand).
    void restore(const Guide &guide, const OutlinePosition &select);

Q_SIGNALS:
    // "Usar en una sesión nueva": the guide is valid and saved at path.
    void useRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    GuideFieldsPage *currentPage() const;
    void createActions();

    // A field changed: the guide as it is now, as one undoable step (typing in the same field
    // merges into one step).
    void edit(const QString &field, const std::function<void(Guide &)> &change);
    void changeOutline(const QString &text,
                       const std::function<OutlinePosition(Guide &, const OutlinePosition &)> &op);
    void rebuildTree(const OutlinePosition &select);
    void showSelected();
    void refreshProblems();
    void refreshPreview();
    void refreshTitle();
    bool writeTo(const QString &path);

    Guide m_guide;
    QString m_path;
    QVector<GuideOutline::Problem> m_problems;
    QUndoStack *m_undo = nullptr;
    bool m_loading = false; // fields are being filled from the guide, not edited
    int m_savedIndex = 0;

    OutlineTree *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fileProblems = nullptr;
    ActivityPage *m_preview = nullptr;
    ProjectionView *m_projectionPreview = nullptr;
};

} // namespace fcte
