#include "SchoolProblemsSheet.h"

#include "DebouncedSaver.h"
#include "session/Bitacora.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fcte {

SchoolProblemsSheet::SchoolProblemsSheet(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("schoolProblemsSheet"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_school = new QComboBox;
    m_school->setObjectName(QStringLiteral("problemSchoolComboBox"));
    m_form->addRow(tr("&Escuela:"), m_school);
    m_problem = new QLineEdit;
    m_problem->setObjectName(QStringLiteral("problemLineEdit"));
    m_form->addRow(tr("&Problemática:"), m_problem);
    m_socialSetting = addField(tr("Entorno social:"), QStringLiteral("socialSettingEdit"));
    m_students = addField(tr("Alumnos:"), QStringLiteral("studentsEdit"));
    m_groups = addField(tr("Grupos:"), QStringLiteral("groupsEdit"));
    m_staff = addField(tr("Docentes y agentes:"), QStringLiteral("staffEdit"));
    m_infrastructure = addField(tr("Infraestructura:"), QStringLiteral("infrastructureEdit"));
    m_helped = addField(tr("Prácticas que ayudaron:"), QStringLiteral("helpedEdit"));
    m_notHelped = addField(tr("Prácticas que no ayudaron:"), QStringLiteral("notHelpedEdit"));

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

QPlainTextEdit *SchoolProblemsSheet::addField(const QString &label, const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    m_form->addRow(label, edit);
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
