#include "app/activity/ActivityPage.h"
#include "app/PlainLabel.h"

#include "core/guide/Guide.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace fcte {
namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = plainLabel({}, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ActivityPage::ActivityPage(QWidget *parent)
    : QWidget(parent)
{
    // Compact: on a laptop's screen the sheet below needs the height.
    m_layout = new QVBoxLayout(this);
    m_layout->setSpacing(4);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_section = selectableLabel(this);
    m_section->setObjectName(QStringLiteral("sectionLabel"));
    m_title = selectableLabel(this);
    m_title->setObjectName(QStringLiteral("activityTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = selectableLabel(this);
    m_meta->setObjectName(QStringLiteral("activityMetaLabel"));
    m_layout->addWidget(m_section);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_meta);
    m_stepsBox = addBlock(tr("Pasos"), &m_steps);
    // The steps share a row with short prompts (see placePrompts).
    m_stepsRow = new QHBoxLayout;
    m_stepsRow->setSpacing(8);
    m_layout->removeWidget(m_stepsBox);
    m_stepsRow->addWidget(m_stepsBox, 3);
    m_layout->addLayout(m_stepsRow);
    m_sessionLists = new QWidget(this);
    m_sessionLists->setObjectName(QStringLiteral("sessionListsWidget"));
    auto *listsLayout = new QVBoxLayout(m_sessionLists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_sessionLists);
    m_promptsBox = addBlock(tr("Preguntas y ejes"), &m_prompts);
    m_startersBox = addBlock(tr("Enunciados para comenzar"), &m_starters);
    m_readingBox = addBlock(tr("Lectura"), &m_reading);
    m_layout->addStretch(1);
}

QGroupBox *ActivityPage::addBlock(const QString &title, QLabel **body)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 2, 8, 4);
    *body = selectableLabel(box);
    layout->addWidget(*body);
    m_layout->addWidget(box);
    return box;
}

QString ActivityPage::bulleted(const QStringList &lines, bool numbered)
{
    QStringList result;
    for (int i = 0; i < lines.size(); ++i)
        result << (numbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("• ")) +
                      lines.at(i);
    return result.join(QLatin1Char('\n'));
}

void ActivityPage::showActivity(const Section &section, const Activity &activity,
                                int plannedMinutes)
{
    m_section->setText(tr("Apartado %1 · %2").arg(section.number).arg(section.title));
    m_title->setText(tr("%1. %2").arg(activity.number).arg(activity.title));
    QString meta = plannedMinutes == 1 ? tr("1 minuto planeado")
                                       : tr("%1 minutos planeados").arg(plannedMinutes);
    if (activity.timer == TimerKind::PerSchool && activity.minutesFromGuide)
        meta += tr(" · la guía: %1 minutos por escuela como máximo").arg(activity.minutesPerTurn);
    else if (activity.timer == TimerKind::PerSchool)
        meta += tr(" · %1 minutos por escuela (propuesta)").arg(activity.minutesPerTurn);
    else if (!activity.minutesFromGuide)
        meta += tr(" (propuesta; ajústelos en la agenda)");
    m_meta->setText(meta);

    m_steps->setText(bulleted(activity.steps, true));
    m_prompts->setText(bulleted(activity.prompts, false));
    m_promptsBox->setVisible(!activity.prompts.isEmpty());
    placePrompts(std::all_of(activity.prompts.cbegin(), activity.prompts.cend(),
                             [](const QString &prompt) { return prompt.size() <= 40; }));
    m_starters->setText(bulleted(activity.starters, false));
    m_startersBox->setVisible(!activity.starters.isEmpty());
    m_reading->setText(activity.reading.isEmpty()
                           ? QString()
                           : activity.reading.title + QLatin1Char('\n') + activity.reading.source);
    m_readingBox->setVisible(!activity.reading.isEmpty());

    for (QGroupBox *old :
         m_sessionLists->findChildren<QGroupBox *>(QString(), Qt::FindDirectChildrenOnly))
        delete old;
    for (const SessionList &list : activity.shows) {
        if (list.isAgenda())
            continue; // the agenda is in the tree at the left, and projected with Ctrl+Mayús+G
        auto *box = new QGroupBox(list.heading(), m_sessionLists);
        box->setObjectName(QStringLiteral("sessionListBox"));
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(8, 2, 8, 4);
        QLabel *body = selectableLabel(box);
        body->setText(bulleted(list.items, false));
        layout->addWidget(body);
        m_sessionLists->layout()->addWidget(box);
    }
    m_sessionLists->setVisible(
        std::any_of(activity.shows.cbegin(), activity.shows.cend(),
                    [](const SessionList &list) { return !list.isAgenda(); }));
}

void ActivityPage::placePrompts(bool besideSteps)
{
    // Short prompts (activity 7's three headings) sit beside the steps, so the page keeps its
    // height for the sheet below on a laptop; longer ones take the whole width under the steps.
    m_stepsRow->removeWidget(m_promptsBox);
    m_layout->removeWidget(m_promptsBox);
    if (besideSteps)
        m_stepsRow->addWidget(m_promptsBox, 1, Qt::AlignTop);
    else
        m_layout->insertWidget(m_layout->indexOf(m_sessionLists) + 1, m_promptsBox);
}

void ActivityPage::setReadingPanel(QWidget *panel)
{
    m_readingBox->layout()->addWidget(panel);
}

void ActivityPage::setEvidencePanel(QWidget *panel)
{
    m_layout->insertWidget(m_layout->count() - 1, panel); // above the closing stretch
}

QString ActivityPage::titleText() const
{
    return m_title->text();
}

} // namespace fcte
