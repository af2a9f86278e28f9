#include "TeamsSheet.h"

#include "session/Bitacora.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fcte {
namespace {
constexpr int IdRole = Qt::UserRole;
}

TeamsSheet::TeamsSheet(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("teamsSheet"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QVBoxLayout;
    m_newTeam = new QLineEdit;
    m_newTeam->setObjectName(QStringLiteral("newTeamLineEdit"));
    m_newTeam->setPlaceholderText(tr("Nuevo equipo (grado o sección) e Intro"));
    left->addWidget(m_newTeam);
    m_teams = new QListWidget;
    m_teams->setObjectName(QStringLiteral("teamsListWidget"));
    left->addWidget(m_teams, 1);
    auto *buttons = new QHBoxLayout;
    auto *byGrade = new QPushButton(tr("Formar por grado"));
    byGrade->setObjectName(QStringLiteral("teamsByGradeButton"));
    byGrade->setToolTip(tr("Crea un equipo por cada grado o sección de los participantes"));
    auto *remove = new QPushButton(tr("Quitar equipo"));
    buttons->addWidget(byGrade);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Integrantes del equipo:")));
    m_members = new QListWidget;
    m_members->setObjectName(QStringLiteral("teamMembersListWidget"));
    right->addWidget(m_members, 1);
    layout->addLayout(right, 1);

    connect(m_newTeam, &QLineEdit::returnPressed, this, [this] {
        addTeam(m_newTeam->text());
        m_newTeam->clear();
    });
    connect(byGrade, &QPushButton::clicked, this, &TeamsSheet::formTeamsByGrade);
    connect(remove, &QPushButton::clicked, this, &TeamsSheet::removeCurrentTeam);
    connect(m_teams, &QListWidget::currentRowChanged, this, &TeamsSheet::showMembers);
    connect(m_teams, &QListWidget::itemChanged, this, &TeamsSheet::teamRenamed);
    connect(m_members, &QListWidget::itemChanged, this, &TeamsSheet::memberToggled);
    reloadTeams();
}

void TeamsSheet::reloadTeams()
{
    const qint64 current = currentTeamId();
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    for (const Team &team : m_bitacora.teams()) {
        auto *item = new QListWidgetItem(team.name, m_teams);
        item->setData(IdRole, team.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (team.id == current)
            m_teams->setCurrentItem(item);
    }
    if (!m_teams->currentItem() && m_teams->count() > 0)
        m_teams->setCurrentRow(0);
    showMembers();
}

qint64 TeamsSheet::currentTeamId() const
{
    const QListWidgetItem *item = m_teams->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void TeamsSheet::showMembers()
{
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    const qint64 teamId = currentTeamId();
    m_members->setEnabled(teamId != 0);
    QVector<qint64> members;
    for (const Team &team : m_bitacora.teams()) {
        if (team.id == teamId)
            members = team.memberIds;
    }
    for (const Participant &person : m_bitacora.participants()) {
        QString label = person.name;
        const QString detail = person.specialty.isEmpty() ? person.grade : person.specialty;
        if (!detail.isEmpty())
            label += QStringLiteral(" · ") + detail;
        auto *item = new QListWidgetItem(label, m_members);
        item->setData(IdRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(members.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void TeamsSheet::addTeam(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    Team team;
    team.name = name.trimmed();
    if (m_bitacora.saveTeam(team)) {
        reloadTeams();
        for (int row = 0; row < m_teams->count(); ++row) {
            if (m_teams->item(row)->data(IdRole).toLongLong() == team.id)
                m_teams->setCurrentRow(row);
        }
    }
}

void TeamsSheet::formTeamsByGrade()
{
    QStringList existing;
    for (const Team &team : m_bitacora.teams())
        existing << team.name;
    QMap<QString, QVector<qint64>> byGrade;
    for (const Participant &person : m_bitacora.participants()) {
        if (!person.grade.trimmed().isEmpty())
            byGrade[person.grade.trimmed()] << person.id;
    }
    for (auto it = byGrade.cbegin(); it != byGrade.cend(); ++it) {
        if (existing.contains(it.key()))
            continue;
        Team team{0, it.key(), it.value()};
        m_bitacora.saveTeam(team);
    }
    reloadTeams();
}

void TeamsSheet::teamRenamed(QListWidgetItem *item)
{
    for (Team team : m_bitacora.teams()) {
        if (team.id == item->data(IdRole).toLongLong() && !item->text().trimmed().isEmpty()) {
            team.name = item->text().trimmed();
            m_bitacora.saveTeam(team);
        }
    }
}

void TeamsSheet::memberToggled(QListWidgetItem *item)
{
    const qint64 teamId = currentTeamId();
    for (Team team : m_bitacora.teams()) {
        if (team.id != teamId)
            continue;
        const qint64 person = item->data(IdRole).toLongLong();
        team.memberIds.removeAll(person);
        if (item->checkState() == Qt::Checked)
            team.memberIds << person;
        m_bitacora.saveTeam(team);
    }
}

void TeamsSheet::removeCurrentTeam()
{
    if (const qint64 teamId = currentTeamId(); teamId != 0 && m_bitacora.removeTeam(teamId))
        reloadTeams();
}

} // namespace fcte
