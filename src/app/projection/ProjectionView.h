#pragma once

#include "app/projection/ProjectionTheme.h"
#include "core/session/ProjectionContent.h"

#include <QImage>
#include <QVector>
#include <QWidget>
#include <memory>

class QPainter;

namespace fcte {

// The classroom screen: the activity, its prompts, the timer and the sheet's public lines, drawn
// large enough to read from the back row. What does not fit is paged, never dropped: long
// entries wrap (long words break) and continue on the next page; "2/5" tells the room there is
// more, and PgDn/PgUp (a presentation clicker's keys) turn the pages.
class ProjectionView : public QWidget {
    Q_OBJECT
public:
    // Pixel sizes of the current layout, for a 1080-pixel-high screen at scale 1: title 60,
    // body 32 to 44 (shrinking to fit one page before paging), timer 150.
    struct Metrics {
        int titlePx = 0;
        int bodyPx = 0;
        int timerPx = 0;
        int pages = 1;
    };

    explicit ProjectionView(QWidget *parent = nullptr);

    // New lines of the same sheet bring the page with the newest into view; another sheet or
    // activity starts at its first page.
    void setContent(const ProjectionContent &content);
    const ProjectionContent &content() const { return m_content; }
    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }
    // A photo over everything else (a flip chart, for the whole room to read), with its caption
    // at the foot; Esc on the projection closes it.
    void setPicture(const QImage &picture, const QString &caption);
    void clearPicture();
    bool hasPicture() const { return !m_picture.isNull(); }
    QString pictureCaption() const { return m_pictureCaption; }
    // Where the photo is drawn at a size: as large as fits, never distorted.
    QRect pictureRect(const QSize &size) const;
    void setTheme(ProjectionTheme::Kind kind);
    ProjectionTheme::Kind theme() const { return m_themeKind; }
    void setScale(double scale);
    double scale() const { return m_scale; }

    Metrics metrics() const { return layoutFor(size()); }
    Metrics layoutFor(const QSize &size) const;

    int pageCount() const;
    int currentPage() const; // from 0
    void setPage(int page);
    void nextPage();
    void previousPage();
    // The text rows drawn on one page of the sheet at a size, in order: what the room reads.
    QStringList rowsOnPage(const QSize &size, int page) const;

Q_SIGNALS:
    void escapePressed();
    void pictureClosed();
    void pageChanged(int page, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Row;
    struct Geometry;
    std::shared_ptr<const Geometry> geometryFor(const QSize &size) const;
    Geometry layOut(const QSize &size) const;
    static int heightOf(const QVector<Row> &rows);
    // A line that fits on a page is not split; a longer one continues row by row.
    static QVector<QVector<Row>> paginate(const QVector<QVector<Row>> &lines, int available);
    void paintPicture(QPainter &painter, const ProjectionTheme &theme);

    ProjectionContent m_content;
    ProjectionTheme::Kind m_themeKind = ProjectionTheme::Kind::Light;
    double m_scale = 1.0;
    bool m_blank = false;
    QImage m_picture;
    QString m_pictureCaption;
    int m_page = 0;
    // The page with the newest line, whatever the screen's size turns out to be: set when lines
    // arrive, cleared when the operator turns to an earlier page.
    bool m_followNewest = false;
    mutable std::shared_ptr<const Geometry> m_geometry; // of m_content at m_geometrySize
    mutable QSize m_geometrySize;
};

} // namespace fcte
