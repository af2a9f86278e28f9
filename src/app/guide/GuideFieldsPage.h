#pragma once

#include "core/guide/Guide.h"
#include "core/guide/GuideOutline.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fcte {

// A page of the guide editor's fields: the session's, a section's or an activity's. Each field
// has the place under it where the loader's problems about it are shown, and each change is
// handed to the editor as one edit (which field, and what it does to the guide).
class GuideFieldsPage : public QWidget {
    Q_OBJECT
public:
    using Change = std::function<void(Guide &)>;
    using Edit = std::function<void(const QString &field, const Change &change)>;
    explicit GuideFieldsPage(Edit edits, QWidget *parent = nullptr);

    // Fills the fields with the item of the guide (no edit is made meanwhile).
    void load(const Guide &guide, const OutlinePosition &item);
    // The problems of the shown item, each under its field; one about a field the page has no
    // place for, under the whole page.
    void showProblems(const QVector<GuideOutline::Problem> &problems);

    // Helpers of the pages: a list field holds one value per line.
    static QStringList lines(const QPlainTextEdit *edit);
    static void setLines(QPlainTextEdit *edit, const QStringList &values);
    static void setText(QLineEdit *edit, const QString &value);
    static QPlainTextEdit *linesEdit(const QString &accessibleName);

protected:
    virtual void fill(const Guide &guide, const OutlinePosition &item) = 0;
    // A field's change, unless the page is being filled.
    void edit(const QString &field, const Change &change);
    OutlinePosition item() const { return m_item; }
    bool isLoading() const { return m_loading; }
    QLabel *problemLabel(const QString &field);
    QWidget *withProblem(QWidget *field, const QString &key);

private:
    Edit m_edit;
    OutlinePosition m_item;
    bool m_loading = false;
    QHash<QString, QLabel *> m_problemLabels; // by field; "" for the whole page
};

} // namespace fcte
