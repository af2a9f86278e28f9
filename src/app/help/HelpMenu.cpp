#include "app/help/HelpMenu.h"

#include "app/Messages.h"
#include "app/help/ManualWindow.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace fcte {

HelpMenu::HelpMenu(QMenuBar *bar, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_menu(bar->addMenu(tr("Ay&uda")))
{
    QAction *manual = m_menu->addAction(tr("&Manual"));
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, this, &HelpMenu::showManual);

    QMenu *languages = m_menu->addMenu(tr("&Idioma"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const auto add = [&](const QString &text, const char *name, Language::Choice choice) {
        QAction *action = languages->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(Language::chosen() == choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { chooseLanguage(choice); });
        return action;
    };
    m_system = add(tr("Según el sistema"), "languageSystemAction", Language::Choice::System);
    // Each language by its own name, so anyone can find theirs.
    m_spanish = add(QStringLiteral("Español"), "languageSpanishAction", Language::Choice::Spanish);
    m_english = add(QStringLiteral("English"), "languageEnglishAction", Language::Choice::English);

    m_menu->addSeparator();
    QAction *about = m_menu->addAction(tr("&Acerca de Facilitador CTE"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

QAction *HelpMenu::languageAction(Language::Choice choice) const
{
    switch (choice) {
    case Language::Choice::Spanish:
        return m_spanish;
    case Language::Choice::English:
        return m_english;
    case Language::Choice::System:
        break;
    }
    return m_system;
}

void HelpMenu::chooseLanguage(Language::Choice choice)
{
    Language::choose(choice);
    if (Language::effective(choice).language() == QLocale().language())
        return; // already in that language
    // Every window would have to be rebuilt to change now; the next start is in the new one.
    Messages::information(m_window, tr("Idioma"),
                          tr("El programa aparecerá en el idioma elegido la próxima vez que lo "
                             "abra.\nThe program will appear in the chosen language the next "
                             "time you open it."));
}

void HelpMenu::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(m_window);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void HelpMenu::showAbout()
{
    Messages::information(
        m_window, tr("Acerca de Facilitador CTE"),
        tr("Facilitador CTE %1\nConduce la sesión del Consejo Técnico Escolar y lleva su "
           "Cuaderno de Bitácora, sin internet.\nLicencia GPL 3 o posterior.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace fcte
