#include "app/sheets/SchoolProblemsSheet.h"

#include "app/PlainLabel.h"
#include "app/sheets/DebouncedSaver.h"
#include "core/session/Bitacora.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fcte {

SchoolProblemsSheet::SchoolProblemsSheet(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("schoolProblemsSheet"));
    // Compact on a laptop: the school and its problem on one line, then the context and the
    // practices side by side with their labels above, so activity 7's steps and prompts above
    // the sheet are read whole at 1366×768.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // The school and its problem share a line: the problem takes the wider part.
    auto *top = new QHBoxLayout;
    m_school = new QComboBox;
    m_school->setObjectName(QStringLiteral("problemSchoolComboBox"));
    // A long school name is elided in the box, never widening the window past the screen.
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_school->setMinimumContentsLength(20);
    m_problem = new QLineEdit;
    m_problem->setObjectName(QStringLiteral("problemLineEdit"));
    QLabel *schoolLabel = plainLabel(tr("&Escuela:"));
    schoolLabel->setBuddy(m_school);
    QLabel *problemLabel = plainLabel(tr("&Problemática:"));
    problemLabel->setBuddy(m_problem);
    top->addWidget(schoolLabel);
    top->addWidget(m_school, 2);
    top->addWidget(problemLabel);
    top->addWidget(m_problem, 3);
    layout->addLayout(top);
    m_fields = new QGridLayout;
    m_fields->setVerticalSpacing(2);
    layout->addLayout(m_fields);
    // Six columns: the guide's order, three fields to a row, then two, then the practices.
    m_socialSetting = addField(tr("Entorno social:"), QStringLiteral("socialSettingEdit"), 0, 0, 2);
    m_students = addField(tr("Alumnos:"), QStringLiteral("studentsEdit"), 0, 2, 2);
    m_groups = addField(tr("Grupos:"), QStringLiteral("groupsEdit"), 0, 4, 2);
    m_staff = addField(tr("Docentes y agentes:"), QStringLiteral("staffEdit"), 1, 0, 3);
    m_infrastructure =
        addField(tr("Infraestructura:"), QStringLiteral("infrastructureEdit"), 1, 3, 3);
    m_helped = addField(tr("Prácticas que ayudaron:"), QStringLiteral("helpedEdit"), 2, 0, 3);
    m_notHelped =
        addField(tr("Prácticas que no ayudaron:"), QStringLiteral("notHelpedEdit"), 2, 3, 3);
    for (int column = 0; column < 6; ++column)
        m_fields->setColumnStretch(column, 1);
    layout->addStretch(1);

    m_saver = new DebouncedSaver([this] { return save(); }, this);
    m_saver->watch(m_problem);
    for (QPlainTextEdit *edit :
         {m_socialSetting, m_students, m_groups, m_staff, m_infrastructure, m_helped, m_notHelped})
        m_saver->watch(edit);

    for (const School &school : bitacora.schools())
        m_school->addItem(school.name, school.id);
    connect(m_school, &QComboBox::currentIndexChanged, this,
            [this] { showSchool(m_school->currentData().toLongLong()); });
    if (m_school->count() > 0)
        showSchool(m_school->itemData(0).toLongLong());
    setEnabled(m_school->count() > 0);
}

QPlainTextEdit *SchoolProblemsSheet::addField(const QString &label, const QString &objectName,
                                              int row, int column, int span)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    QLabel *caption = plainLabel(label);
    caption->setBuddy(edit);
    m_fields->addWidget(caption, 2 * row, column, 1, span);
    m_fields->addWidget(edit, 2 * row + 1, column, 1, span);
    return edit;
}

void SchoolProblemsSheet::showSchool(qint64 schoolId)
{
    m_saver->flush();
    m_schoolId = schoolId;
    const int index = m_school->findData(schoolId);
    if (index >= 0 && index != m_school->currentIndex()) {
        const QSignalBlocker blocker(m_school);
        m_school->setCurrentIndex(index);
    }
    load();
}

void SchoolProblemsSheet::load()
{
    const SchoolProblem problem = m_bitacora.schoolProblem(m_schoolId);
    m_saver->setSuspended(true);
    m_problem->setText(problem.problem);
    m_socialSetting->setPlainText(problem.socialSetting);
    m_students->setPlainText(problem.students);
    m_groups->setPlainText(problem.groups);
    m_staff->setPlainText(problem.staff);
    m_infrastructure->setPlainText(problem.infrastructure);
    m_helped->setPlainText(problem.helped);
    m_notHelped->setPlainText(problem.notHelped);
    m_saver->setSuspended(false);
}

bool SchoolProblemsSheet::save()
{
    if (m_schoolId == 0)
        return true;
    SchoolProblem problem;
    problem.schoolId = m_schoolId;
    problem.problem = m_problem->text();
    problem.socialSetting = m_socialSetting->toPlainText();
    problem.students = m_students->toPlainText();
    problem.groups = m_groups->toPlainText();
    problem.staff = m_staff->toPlainText();
    problem.infrastructure = m_infrastructure->toPlainText();
    problem.helped = m_helped->toPlainText();
    problem.notHelped = m_notHelped->toPlainText();
    return m_bitacora.saveSchoolProblem(problem);
}

SchoolProblemsSheet::~SchoolProblemsSheet()
{
    m_saver->flush();
}

} // namespace fcte
