#pragma once

#include <QImage>
#include <QString>

namespace fcte {

// A QR code made on this computer (libqrencode): black modules on white with the quiet zone the
// standard asks for, each module scale pixels wide. A null image when the text does not fit.
struct QrCode {
    static QImage image(const QString &text, int scale = 8);
};

} // namespace fcte
