#pragma once

#include <QString>
#include <QStringList>

namespace fcte {

// The one type family of the classroom screen and the PDF, DejaVu Sans, carried inside the
// program (taken from Debian's fonts-dejavu-core at build time), so a school laptop without it
// draws the projection and prints the bitácora exactly as here.
namespace BundledFonts {

// "DejaVu Sans": what the projection, the PDF and the interface ask for.
QString family();
// The family and, after it, the colour emoji face: what the screen asks for, so Qt draws a flag
// or a thumb with its skin tone as one emoji (from Debian's fonts-noto-color-emoji, a dependency
// of the package), as the PDF does, rather than as boxed letters in whatever font has them.
QStringList families();
// The bundled files, as resource paths.
QStringList files();
// Registers the bundled files with Qt when the system does not have the family already (on
// Debian it does; reading ~1.5 MB of fonts there would only slow the start). Returns whether
// the family is available afterwards. Needs a QGuiApplication.
bool ensureAvailable();
// Registers the bundled files whatever the system has; returns the families they hold.
QStringList registerBundled();

} // namespace BundledFonts

} // namespace fcte
