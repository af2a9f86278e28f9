#include "core/evidence/EvidenceFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>

#include <algorithm>
#include <mutex>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)
};

// Qt's image readers give a truncated JPEG back whole, its missing part grey, and only say so
// as a warning (libjpeg's "Premature end of JPEG file"). A reading thread collects its own
// warnings here; every other message goes where it went before. Installed once, never removed:
// two threads swapping handlers could chain them into a loop.
thread_local QStringList *readerWarnings = nullptr;
QtMessageHandler earlierHandler = nullptr;

void collectReaderWarnings(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (readerWarnings && type == QtWarningMsg) {
        *readerWarnings << message;
        return;
    }
    if (earlierHandler)
        earlierHandler(type, context, message);
}

// Reads the whole image; incomplete is set when the reader had to make up part of it.
QImage readWhole(QImageReader &reader, bool *incomplete)
{
    static std::once_flag installed;
    std::call_once(installed,
                   [] { earlierHandler = qInstallMessageHandler(collectReaderWarnings); });
    QStringList warnings;
    readerWarnings = &warnings;
    const QImage image = reader.read();
    readerWarnings = nullptr;
    *incomplete = std::any_of(warnings.cbegin(), warnings.cend(), [](const QString &warning) {
        return warning.contains(QLatin1String("Premature end"), Qt::CaseInsensitive) ||
               warning.contains(QLatin1String("Corrupt JPEG"), Qt::CaseInsensitive);
    });
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setOptimizedWrite(true);
    return writer.write(image) ? bytes : QByteArray();
}

QImage fitted(const QImage &image, int maxSide)
{
    if (maxSide <= 0 || qMax(image.width(), image.height()) <= maxSide)
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

QString EvidenceFile::sizeText(qint64 bytes)
{
    const int decimals = bytes >= 10 * 1000 * 1000 ? 0 : 1; // "20 MB", "1.4 MB"
    return QLocale().formattedDataSize(bytes, decimals, QLocale::DataSizeSIFormat);
}

QImage EvidenceFile::onWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

QImage EvidenceFile::decode(const QByteArray &data, int maxSide)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return fitted(reader.read(), maxSide);
}

QByteArray EvidenceFile::thumbnailOf(const QImage &image)
{
    if (image.isNull())
        return {};
    return encoded(onWhite(fitted(image, ThumbnailSide)), "jpeg", 80);
}

EvidenceFile::Prepared EvidenceFile::prepare(const QString &path, bool keepOriginal)
{
    Prepared result;
    const QFileInfo info(path);
    const QString name = info.fileName();
    result.evidence.fileName = name;
    result.evidence.addedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (info.size() > MaxFileBytes) {
        result.error =
            Text::tr("«%1» pesa %2; el límite por archivo es %3. Reduzca la foto o guarde "
                     "el documento con menos páginas.")
                .arg(name, sizeText(info.size()), sizeText(MaxFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("No se pudo leer «%1»: %2").arg(name, file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) { // it grew while being read
        result.error = Text::tr("«%1» pesa más de %2.").arg(name, sizeText(MaxFileBytes));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = Text::tr("«%1» está vacío.").arg(name);
        return result;
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format.isEmpty()) { // not a picture: kept byte for byte
        result.data = bytes;
        result.evidence.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
        return result;
    }
    const bool upright = reader.transformation() == QImageIOHandler::TransformationNone;
    bool incomplete = false;
    const QImage image = readWhole(reader, &incomplete);
    if (image.isNull()) {
        result.error = Text::tr("«%1» parece una imagen, pero no se pudo leer (%2).")
                           .arg(name, reader.errorString());
        return result;
    }
    if (incomplete) { // refused now, not found out when the PDF is made
        result.error =
            Text::tr("«%1» es una imagen incompleta o dañada: falta parte de ella. Cópiela de "
                     "nuevo desde la cámara o el teléfono.")
                .arg(name);
        return result;
    }
    // A photo already small, upright and in a format every viewer and the PDF read stays as it
    // came; anything else is stored upright, at most MaxImageSide across.
    const bool common = format == "jpeg" || format == "png";
    const bool small = qMax(image.width(), image.height()) <= MaxImageSide;
    QImage stored = image;
    if (common && small && upright) {
        result.data = bytes;
        result.evidence.mediaType = QStringLiteral("image/") + QString::fromLatin1(format);
    } else {
        stored = fitted(image, MaxImageSide);
        const bool png = stored.hasAlphaChannel() || format == "png";
        result.data = png ? encoded(stored, "png", -1) : encoded(stored, "jpeg", 85);
        result.evidence.mediaType =
            png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
        if (result.data.isEmpty()) {
            result.error = Text::tr("No se pudo preparar la imagen «%1».").arg(name);
            return result;
        }
        if (keepOriginal)
            result.original = bytes;
    }
    result.evidence.width = stored.width();
    result.evidence.height = stored.height();
    result.evidence.thumbnail = thumbnailOf(stored);
    return result;
}

} // namespace fcte
