#include "app/sheets/TeamsSheet.h"
#include "app/PlainLabel.h"

#include "app/sheets/CellDrafts.h"
#include "app/sheets/DraftKeeper.h"

#include "app/sheets/SheetCommands.h"
#include "core/session/Bitacora.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fcte {
namespace {
constexpr int IdRole = Qt::UserRole;
}

TeamsSheet::TeamsSheet(Bitacora &bitacora, QUndoStack &undoStack, int activity, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("teamsSheet"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QVBoxLayout;
    m_newTeam = new QLineEdit;
    m_newTeam->setObjectName(QStringLiteral("newTeamLineEdit"));
    m_newTeam->setAccessibleName(tr("Nombre del nuevo equipo"));
    auto *drafts = new DraftKeeper(bitacora, activity, QStringLiteral("teams"), this);
    drafts->keep(m_newTeam, QStringLiteral("newTeam"));
    m_newTeam->setPlaceholderText(tr("Nuevo equipo (grado o sección) e Intro"));
    left->addWidget(m_newTeam);
    m_teams = new QListWidget;
    m_teams->setObjectName(QStringLiteral("teamsListWidget"));
    m_teams->setAccessibleName(tr("Equipos"));
    // A team being renamed keeps what was typed, as every line does.
    new CellDrafts(m_teams, *drafts, IdRole, QStringLiteral("rename"));
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
    right->addWidget(plainLabel(tr("Integrantes del equipo:")));
    m_members = new QListWidget;
    m_members->setObjectName(QStringLiteral("teamMembersListWidget"));
    m_members->setAccessibleName(tr("Integrantes del equipo"));
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
    // Queued: the change may come from an edit of one of these very list items.
    connect(&bitacora, &Bitacora::rosterChanged, this, &TeamsSheet::reloadTeams,
            Qt::QueuedConnection);
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

std::optional<Team> TeamsSheet::team(qint64 id) const
{
    for (const Team &team : m_bitacora.teams()) {
        if (team.id == id)
            return team;
    }
    return std::nullopt;
}

void TeamsSheet::addTeam(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_undoStack.push(
        new TeamCommand(m_bitacora, Team{}, Team{0, name.trimmed(), {}}, tr("agregar equipo")));
    reloadTeams();
    const auto added = m_teams->findItems(name.trimmed(), Qt::MatchExactly);
    if (!added.isEmpty())
        m_teams->setCurrentItem(added.last());
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
    m_undoStack.beginMacro(tr("formar equipos por grado"));
    for (auto it = byGrade.cbegin(); it != byGrade.cend(); ++it) {
        if (!existing.contains(it.key()))
            m_undoStack.push(new TeamCommand(m_bitacora, Team{}, Team{0, it.key(), it.value()},
                                             tr("agregar equipo")));
    }
    m_undoStack.endMacro();
    reloadTeams();
}

void TeamsSheet::teamRenamed(QListWidgetItem *item)
{
    const auto before = team(item->data(IdRole).toLongLong());
    if (!before || item->text().trimmed().isEmpty() || item->text().trimmed() == before->name)
        return;
    Team after = *before;
    after.name = item->text().trimmed();
    m_undoStack.push(new TeamCommand(m_bitacora, *before, after, tr("renombrar equipo")));
}

void TeamsSheet::memberToggled(QListWidgetItem *item)
{
    const auto before = team(currentTeamId());
    if (!before)
        return;
    Team after = *before;
    const qint64 person = item->data(IdRole).toLongLong();
    after.memberIds.removeAll(person);
    if (item->checkState() == Qt::Checked)
        after.memberIds << person;
    m_undoStack.push(new TeamCommand(m_bitacora, *before, after, tr("cambiar integrantes")));
}

void TeamsSheet::removeCurrentTeam()
{
    if (const auto before = team(currentTeamId()))
        m_undoStack.push(new TeamCommand(m_bitacora, *before, Team{}, tr("quitar equipo")));
    reloadTeams();
}

} // namespace fcte
