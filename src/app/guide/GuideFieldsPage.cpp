#include "app/guide/GuideFieldsPage.h"
#include "app/PlainLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace fcte {

GuideFieldsPage::GuideFieldsPage(Edit edits, QWidget *parent)
    : QWidget(parent)
    , m_edit(std::move(edits))
{}

void GuideFieldsPage::load(const Guide &guide, const OutlinePosition &item)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_item = item;
    fill(guide, item);
}

void GuideFieldsPage::showProblems(const QVector<GuideOutline::Problem> &problems)
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    for (const GuideOutline::Problem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label) // a field this page has no place for: under the whole item
            label = m_problemLabels.value(QString());
        if (!label)
            continue;
        label->setText(label->text().isEmpty()
                           ? problem.message
                           : label->text() + QLatin1Char('\n') + problem.message);
        label->show();
    }
}

void GuideFieldsPage::edit(const QString &field, const Change &change)
{
    if (!m_loading)
        m_edit(field, change);
}

QLabel *GuideFieldsPage::problemLabel(const QString &field)
{
    auto *label = plainLabel();
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    label->setObjectName(QStringLiteral("problem_") + field);
    m_problemLabels.insert(field, label);
    return label;
}

QWidget *GuideFieldsPage::withProblem(QWidget *field, const QString &key)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(problemLabel(key));
    return box;
}

QStringList GuideFieldsPage::lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

void GuideFieldsPage::setLines(QPlainTextEdit *edit, const QStringList &values)
{
    const QString text = values.join(QLatin1Char('\n'));
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void GuideFieldsPage::setText(QLineEdit *edit, const QString &value)
{
    if (edit->text() != value)
        edit->setText(value);
}

QPlainTextEdit *GuideFieldsPage::linesEdit(const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(tr("Uno por línea"));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace fcte
