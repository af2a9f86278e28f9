#include "app/participation/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace fcte {

QImage QrCode::image(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    // Medium error correction: a projected code read from the back of a room, over a glare.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int QuietZone = 4;
    const int modules = code->width + 2 * QuietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy, 1);
        }
    }
    return image;
}

} // namespace fcte
