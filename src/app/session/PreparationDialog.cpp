#include "app/session/PreparationDialog.h"
#include "app/PlainLabel.h"

#include "app/Messages.h"

#include "app/session/ChecklistCommands.h"
#include "core/guide/Guide.h"
#include "core/session/Bitacora.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fcte {
namespace {

QLabel *heading(const QString &text)
{
    auto *label = plainLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

QVector<PreparationDialog::Group> PreparationDialog::checklist(const Guide &guide,
                                                               const Bitacora &bitacora)
{
    const QStringList ticked = bitacora.readyMaterials();
    const auto item = [&ticked](const QString &text, const QString &key) {
        return Item{text, key, ticked.contains(key), false};
    };
    QVector<Group> groups;
    Group materials{tr("Materiales que pide la guía"), {}};
    for (const QString &text : guide.materials)
        materials.items << item(text, text);
    // Besides its materials the guide asks for paper sheets and agreements, and each reading's
    // text, which the program does not ship: ready once the director has pasted it at its
    // activity (the program can tell; nobody ticks it).
    Group arrange{tr("Lo que la guía pide preparar"), {}};
    for (const QString &text : guide.preparation)
        arrange.items << item(text, text);
    for (const Section &section : guide.sections)
        for (const Activity &activity : section.activities)
            if (!activity.reading.isEmpty())
                arrange.items << Item{tr("El texto de «%1», pegado en la actividad %2")
                                          .arg(activity.reading.title)
                                          .arg(activity.number),
                                      QString(), !bitacora.readingText(activity.number).isEmpty(),
                                      true};
    for (const Group &group : {materials, arrange})
        if (!group.items.isEmpty())
            groups << group;
    if (guide.preparationPerSchool.isEmpty())
        return groups;
    // What each school arranges with its own staff: a tick per school, kept by its CCT (two
    // schools may share a name, one in the morning and one in the afternoon; a name can be
    // corrected).
    for (const School &school : bitacora.schools()) {
        const QString who = school.cct.isEmpty() ? school.name : school.cct;
        Group own{school.cct.isEmpty() ? school.name : tr("%1 (%2)").arg(school.name, school.cct),
                  {}};
        for (const QString &text : guide.preparationPerSchool)
            own.items << item(text, who + QStringLiteral(" · ") + text);
        groups << own;
    }
    return groups;
}

PreparationDialog::PreparationDialog(const Guide &guide, Bitacora &bitacora, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preparationDialog"));
    setWindowTitle(tr("Preparar la sesión"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Lo que pide la guía antes de la sesión (marque lo que ya está "
                                 "listo)")));
    m_materials = new QListWidget;
    m_materials->setObjectName(QStringLiteral("materialsListWidget"));
    m_materials->setAccessibleName(tr("Lo que pide la guía antes de la sesión"));
    m_materials->setWordWrap(true);
    for (const Group &group : checklist(guide, bitacora)) {
        auto *title = new QListWidgetItem(group.heading, m_materials);
        title->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_materials->font();
        bold.setBold(true);
        title->setFont(bold);
        for (const Item &entry : group.items) {
            auto *row = new QListWidgetItem(entry.text, m_materials);
            row->setData(Qt::UserRole, entry.key);
            // What the program tells by itself shows its state, and is not ticked by hand.
            row->setFlags(entry.derived
                              ? Qt::ItemIsEnabled
                              : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(entry.ready ? Qt::Checked : Qt::Unchecked);
        }
    }
    // Space toggles the selected item: the list is usable from the keyboard alone. Each tick is
    // a step Ctrl+Z takes back.
    m_undo = new QUndoStack(this);
    const auto apply = [this, &bitacora](const QString &key, bool ready) {
        // Told here as well as in the window's status bar, which the dialog covers.
        QString failure;
        const QMetaObject::Connection told =
            connect(&bitacora, &Bitacora::saveFailed, this,
                    [&failure](const QString &why) { failure = why; });
        const bool saved = bitacora.setMaterialReady(key, ready);
        disconnect(told);
        // A tick that could not be saved is taken back (why is in the status bar).
        const QSignalBlocker quiet(m_materials);
        for (int i = 0; i < m_materials->count(); ++i) {
            QListWidgetItem *row = m_materials->item(i);
            if ((row->flags() & Qt::ItemIsUserCheckable) && row->data(Qt::UserRole) == key)
                row->setCheckState((saved ? ready : !ready) ? Qt::Checked : Qt::Unchecked);
        }
        if (!saved)
            Messages::warning(this, tr("No se guardó"), failure);
        return saved;
    };
    connect(m_materials, &QListWidget::itemChanged, this, [this, apply](QListWidgetItem *row) {
        if (row->flags() & Qt::ItemIsUserCheckable)
            m_undo->push(new ReadyTickCommand(apply, row->data(Qt::UserRole).toString(),
                                              row->checkState() == Qt::Checked));
    });
    QAction *undo = m_undo->createUndoAction(this, tr("Deshacer"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Rehacer"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    layout->addWidget(m_materials, 1);

    layout->addWidget(heading(tr("Lo que contendrá la bitácora al terminar (productos)")));
    QStringList products;
    for (const QString &product : guide.products)
        products << QStringLiteral("• ") + product;
    auto *productList = plainLabel(products.join(QLatin1Char('\n')));
    productList->setObjectName(QStringLiteral("productsLabel"));
    productList->setWordWrap(true);
    layout->addWidget(productList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Cerrar"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString PreparationDialog::readiness(const Guide &guide, const Bitacora &bitacora)
{
    int total = 0;
    int count = 0;
    for (const Group &group : checklist(guide, bitacora)) {
        for (const Item &entry : group.items) {
            ++total;
            count += entry.ready ? 1 : 0;
        }
    }
    if (total == 0)
        return {};
    return tr("preparación %1/%2").arg(count).arg(total);
}

} // namespace fcte
