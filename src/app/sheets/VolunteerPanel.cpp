#include "app/sheets/VolunteerPanel.h"
#include "app/PlainLabel.h"

#include "app/sheets/ListSheetEditor.h"
#include "core/session/Bitacora.h"
#include "core/session/VolunteerPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fcte {

VolunteerPanel::VolunteerPanel(Bitacora &bitacora, ListSheetEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("volunteerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    // The guide asks for two or more volunteers per school; who speaks is the director's call.
    // A random suggestion helps when nobody raises a hand.
    auto *pick = new QPushButton(tr("Sugerir voluntarios al azar"));
    pick->setObjectName(QStringLiteral("pickVolunteersButton"));
    pick->setToolTip(tr("Una sugerencia: usted elige. Nadie repite hasta que todos en su escuela "
                        "hayan participado."));
    m_count = new QSpinBox;
    m_count->setAccessibleName(tr("Cuántas personas por escuela"));
    m_count->setRange(2, 10);
    m_count->setValue(2);
    m_count->setSuffix(tr(" por escuela"));
    row->addWidget(pick);
    row->addWidget(m_count);
    row->addStretch(1);
    layout->addLayout(row);
    m_results = new QWidget;
    new QVBoxLayout(m_results);
    m_results->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_results);
    connect(pick, &QPushButton::clicked, this, &VolunteerPanel::pickVolunteers);
}

QHash<qint64, QVector<qint64>> VolunteerPanel::pickVolunteers()
{
    QSet<qint64> spoke;
    for (const Entry &entry : m_bitacora.entries(QStringLiteral("impressions"))) {
        if (!entry.isStruck() && entry.participantId != 0)
            spoke.insert(entry.participantId);
    }
    QLayoutItem *item;
    while ((item = m_results->layout()->takeAt(0))) {
        delete item->widget();
        delete item;
    }
    const VolunteerPicker picker;
    QHash<qint64, QVector<qint64>> picked;
    for (const School &school : m_bitacora.schools()) {
        QVector<qint64> candidates;
        for (const Participant &person : m_bitacora.participants()) {
            if (person.schoolId == school.id) // directors volunteer too
                candidates << person.id;
        }
        const QVector<qint64> chosen = picker.pick(candidates, spoke, m_count->value());
        picked.insert(school.id, chosen);
        auto *line = new QWidget;
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = plainLabel(school.name + QLatin1Char(':'));
        lineLayout->addWidget(name);
        for (qint64 person : chosen) {
            auto *button = new QPushButton(m_bitacora.participantName(person));
            button->setToolTip(tr("Registrar la impresión de esta persona"));
            connect(button, &QPushButton::clicked, this, [this, school = school.id, person] {
                m_editor.setPendingTags(school, person);
            });
            lineLayout->addWidget(button);
        }
        // Whoever raised a hand, chosen by the director.
        auto *other = new QComboBox;
        other->setObjectName(QStringLiteral("otherVolunteerComboBox"));
        other->addItem(tr("otra persona…"), qint64(0));
        for (qint64 person : candidates)
            other->addItem(m_bitacora.participantName(person), person);
        connect(other, &QComboBox::activated, this, [this, other, school = school.id](int index) {
            const qint64 person = other->itemData(index).toLongLong();
            if (person != 0)
                m_editor.setPendingTags(school, person);
        });
        lineLayout->addWidget(other);
        lineLayout->addStretch(1);
        m_results->layout()->addWidget(line);
    }
    return picked;
}

} // namespace fcte
