#include "core/text/TextDecoding.h"

#include <QFile>
#include <QStringDecoder>

namespace fcte {
namespace {

// Windows-1252's printable characters at 0x80–0x9F, where Latin-1 has control codes; the five
// unassigned bytes map to U+FFFD.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

} // namespace

TextDecoding::Result TextDecoding::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return {text, Encoding::Utf8};
    }
    QString decoded;
    decoded.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        decoded += value >= 0x80 && value < 0xA0 ? QChar(Cp1252High[value - 0x80])
                                                 : QChar(char16_t(value));
    }
    return {decoded, Encoding::Windows1252};
}

TextDecoding::File TextDecoding::readFile(const QString &path, qint64 maxBytes)
{
    File result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = File::Problem::CannotOpen;
        result.reason = file.errorString();
        return result;
    }
    if (file.size() > maxBytes) {
        result.problem = File::Problem::TooLarge;
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) { // a document, an image: not text
        result.problem = File::Problem::NotText;
        return result;
    }
    result.text = decode(bytes).text;
    return result;
}

} // namespace fcte
