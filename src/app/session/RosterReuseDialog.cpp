#include "app/session/RosterReuseDialog.h"
#include "app/PlainLabel.h"

#include "core/model/Cct.h"
#include "core/session/Notebook.h"
#include "core/text/DateText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fcte {

RosterReuseDialog::RosterReuseDialog(const Notebook &notebook, qint64 excludedSession,
                                     const QStringList &presentCcts, QWidget *parent)
    : QDialog(parent)
    , m_notebook(notebook)
{
    setObjectName(QStringLiteral("rosterReuseDialog"));
    setWindowTitle(tr("Copiar escuelas de otra sesión"));
    for (const QString &cct : presentCcts)
        m_presentCcts << Cct::normalized(cct);
    for (const SessionInfo &session : notebook.sessions()) {
        if (session.id != excludedSession && !session.isDemo)
            m_sessions << session;
    }
    // The latest first: this cycle's staff is most like the last session's.
    std::stable_sort(
        m_sessions.begin(), m_sessions.end(),
        [](const SessionInfo &a, const SessionInfo &b) { return a.heldOn > b.heldOn; });

    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("Las escuelas marcadas se agregan con todo su personal; después "
                                "puede corregir lo que haya cambiado."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_sessionCombo = new QComboBox;
    m_sessionCombo->setObjectName(QStringLiteral("earlierSessionCombo"));
    for (const SessionInfo &session : m_sessions)
        m_sessionCombo->addItem(
            tr("%1 — %2").arg(session.title, DateText::shortDate(session.heldOn)));
    form->addRow(tr("&Sesión:"), m_sessionCombo);
    layout->addLayout(form);
    m_schoolList = new QListWidget;
    m_schoolList->setObjectName(QStringLiteral("earlierSchoolsList"));
    layout->addWidget(m_schoolList, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Agregar"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sessionCombo, &QComboBox::currentIndexChanged, this,
            &RosterReuseDialog::showSchoolsOf);
    showSchoolsOf(0);
    resize(560, 420);
}

void RosterReuseDialog::showSchoolsOf(int sessionIndex)
{
    m_schoolList->clear();
    m_schools.clear();
    m_people.clear();
    if (sessionIndex < 0 || sessionIndex >= m_sessions.size())
        return;
    const qint64 sessionId = m_sessions.at(sessionIndex).id;
    m_schools = m_notebook.schools(sessionId);
    m_people = m_notebook.participants(sessionId);
    for (const School &school : m_schools) {
        const auto people =
            std::count_if(m_people.cbegin(), m_people.cend(), [&school](const Participant &person) {
                return person.schoolId == school.id;
            });
        const bool present = m_presentCcts.contains(Cct::normalized(school.cct));
        auto *item = new QListWidgetItem(
            present
                ? tr("%1 (%2): ya está en esta sesión").arg(school.name, school.cct)
                : tr("%1 (%2) · %n persona(s)", nullptr, int(people)).arg(school.name, school.cct));
        item->setFlags(present
                           ? Qt::ItemIsUserCheckable
                           : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(present ? Qt::Unchecked : Qt::Checked);
        m_schoolList->addItem(item);
    }
    m_schoolList->setCurrentRow(0);
}

QVector<School> RosterReuseDialog::chosenSchools() const
{
    QVector<School> chosen;
    for (int row = 0; row < m_schoolList->count(); ++row) {
        if (m_schoolList->item(row)->checkState() == Qt::Checked)
            chosen << m_schools.at(row);
    }
    return chosen;
}

QVector<Participant> RosterReuseDialog::chosenParticipants() const
{
    QVector<Participant> chosen;
    const QVector<School> schools = chosenSchools();
    for (const Participant &person : m_people) {
        if (std::any_of(schools.cbegin(), schools.cend(),
                        [&person](const School &school) { return school.id == person.schoolId; }))
            chosen << person;
    }
    return chosen;
}

} // namespace fcte
