#pragma once

#include <QLocale>

namespace fcte {

// The interface's language. Spanish is the source; English is a complete translation. By
// default it follows the system (English when the system is in English, Spanish otherwise);
// Ayuda → Idioma chooses one and the choice is remembered.
namespace Language {

enum class Choice { System, Spanish, English };

Choice chosen(); // from the settings
void choose(Choice choice);
// The locale the interface uses for a choice on a system in systemLocale.
QLocale effective(Choice choice, const QLocale &systemLocale = QLocale::system());
// Puts the interface in that locale's language: the program's translation and Qt's own (its
// dialogs' buttons), and the default locale for dates and numbers. Replaces whatever was
// installed before, so it can be called again. Returns false if a translation was missing.
bool install(const QLocale &locale);

} // namespace Language

} // namespace fcte
