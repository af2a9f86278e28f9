#pragma once

#include "core/model/Records.h"

#include <QImage>

namespace fcte {

// A photo or a file on its way into the bitácora: read, checked against the size limit, and,
// for photos, turned upright and brought down to a resolution that projects and prints well
// (a phone's 12-megapixel photo of a flip chart is 5 MB; 2400 pixels across is plenty). Pure
// functions of their input: they run on a worker thread while the window stays responsive.
struct EvidenceFile {
    static constexpr qint64 MaxFileBytes = 20 * 1000 * 1000; // "20 MB", as a person reads it
    static constexpr int MaxImageSide = 2400;
    static constexpr int ThumbnailSide = 240;

    struct Prepared {
        Evidence evidence; // activity and id still to be set
        QByteArray data;
        QByteArray original; // the file as it was, when asked for and different from data
        QString error;       // in Spanish, naming the file; empty when ready to store
    };
    // keepOriginal: keep the photo as taken too (the bitácora grows by its size).
    static Prepared prepare(const QString &path, bool keepOriginal);
    // An image's stored bytes as a picture, upright; a null image when they are not one.
    // maxSide > 0 scales it down to fit (for print or a thumbnail).
    static QImage decode(const QByteArray &data, int maxSide = 0);
    // As on paper: what is transparent becomes white (formats without transparency, JPEG or
    // a PDF's picture, would otherwise show it black).
    static QImage onWhite(const QImage &image);
    static QByteArray thumbnailOf(const QImage &image);
    // "1.4 MB", "820 kB"
    static QString sizeText(qint64 bytes);
};

} // namespace fcte
