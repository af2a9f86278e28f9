#include "app/sheets/RecordersSheet.h"
#include "app/PlainLabel.h"

#include "app/sheets/SheetCommands.h"
#include "core/session/Bitacora.h"

#include <QLabel>
#include <QListWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fcte {

RecordersSheet::RecordersSheet(Bitacora &bitacora, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("recordersSheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = plainLabel(tr("Marque a quienes registran (Espacio marca o desmarca)."));
    layout->addWidget(hint);
    m_people = new QListWidget;
    m_people->setObjectName(QStringLiteral("recordersListWidget"));
    m_people->setAccessibleName(tr("Quienes registran"));
    layout->addWidget(m_people, 1);
    connect(m_people, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_undoStack.push(new RecorderCommand(m_bitacora, item->data(Qt::UserRole).toLongLong(),
                                             item->checkState() == Qt::Checked));
    });
    // Queued: the change may come from a tick on one of these very items.
    connect(&bitacora, &Bitacora::rosterChanged, this, &RecordersSheet::reload,
            Qt::QueuedConnection);
    reload();
}

void RecordersSheet::reload()
{
    const QSignalBlocker blocker(m_people);
    m_people->clear();
    for (const Participant &person : m_bitacora.participants()) {
        const QString school = m_bitacora.schoolName(person.schoolId);
        auto *item = new QListWidgetItem(
            school.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, school), m_people);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(person.isRecorder ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace fcte
