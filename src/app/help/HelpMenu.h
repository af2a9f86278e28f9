#pragma once

#include "app/help/Language.h"

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace fcte {

class ManualWindow;

// The Ayuda menu: the manual (F1), the interface's language (remembered; it applies the next time
// the program opens) and what this program is.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    HelpMenu(QMenuBar *bar, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *languageAction(Language::Choice choice) const;
    ManualWindow *manual() const { return m_manual; } // once opened
    void showManual();

private:
    void chooseLanguage(Language::Choice choice);
    void showAbout();

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_system = nullptr;
    QAction *m_spanish = nullptr;
    QAction *m_english = nullptr;
    ManualWindow *m_manual = nullptr;
};

} // namespace fcte
