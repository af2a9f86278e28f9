#include "app/projection/ProjectionView.h"
#include "core/text/BundledFonts.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace fcte {
namespace {

QFont fontOfPixels(int pixels, bool bold = false)
{
    QFont font;
    font.setFamilies(BundledFonts::families());
    font.setPixelSize(qMax(1, pixels));
    font.setBold(bold);
    return font;
}

int wrappedHeight(const QFont &font, int width, const QString &text)
{
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, qMax(1, width), 100000), Qt::TextWordWrap, text)
        .height();
}

int tagPixels(int bodyPx)
{
    return int(bodyPx * 0.72);
}

} // namespace

// One drawn row of the sheet: a piece of a line's text, or of its tags, as the text layout
// wrapped it (at word boundaries, or inside a word longer than the row).
struct ProjectionView::Row {
    QString text;
    bool isTag = false;
    int height = 0;
    int gapAfter = 0; // space after the last row of a line
};

struct ProjectionView::Geometry {
    double unit = 1; // one pixel of the 1080-high reference layout
    QRect header;    // section and title
    QRect timer;
    QRect note;
    QRect speaker;
    QRect prompts;
    QRect sheet;
    QRect rows; // where the sheet's rows go, below its name
    QRect citation;
    int titlePx = 0;
    int sectionPx = 0;
    int promptPx = 0;
    int timerPx = 0;
    int speakerPx = 0;
    int bodyPx = 0;
    QVector<QVector<Row>> pages;
};

namespace {

// The rows of a text wrapped at a width: words stay whole unless one is wider than the row.
QStringList wrappedRows(const QFont &font, int width, const QString &text)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QStringList rows;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(qMax(1, width));
            rows << paragraph.mid(line.textStart(), line.textLength());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            rows << QString();
    }
    return rows;
}

} // namespace

ProjectionView::ProjectionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("projectionView"));
    // Qt appends the application's display name ("— Facilitador CTE") to every window's title:
    // the window says its own name only, and the program's name once.
    setWindowTitle(tr("Proyección"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 180);
}

void ProjectionView::setContent(const ProjectionContent &content)
{
    const bool sameSheet =
        content.title == m_content.title && content.sheetName == m_content.sheetName;
    if (!sameSheet) {
        m_page = 0;
        m_followNewest = false;
    } else if (content.lines.size() > m_content.lines.size()) {
        m_followNewest = true;
    }
    // Hidden, nobody reads the pages: laying them out waits for the first paint (or question),
    // so the window's start and every edit while not projecting skip it.
    const bool shown = isVisible();
    const int before = shown ? currentPage() : 0;
    const int countBefore = shown ? pageCount() : 0;
    ProjectionContent timerOnly = m_content;
    timerOnly.timer = content.timer;
    timerOnly.timerLevel = content.timerLevel;
    if (!(timerOnly == content))
        m_geometry.reset();
    m_content = content;
    update();
    if (shown && (currentPage() != before || pageCount() != countBefore))
        Q_EMIT pageChanged(currentPage(), pageCount());
}

void ProjectionView::setBlank(bool blank)
{
    m_blank = blank;
    update();
}

void ProjectionView::setPicture(const QImage &picture, const QString &caption)
{
    m_picture = picture;
    m_pictureCaption = caption;
    update();
}

void ProjectionView::clearPicture()
{
    if (m_picture.isNull())
        return;
    m_picture = QImage();
    m_pictureCaption.clear();
    update();
    Q_EMIT pictureClosed();
}

QRect ProjectionView::pictureRect(const QSize &size) const
{
    if (m_picture.isNull())
        return {};
    const int margin = size.height() / 40;
    const int captionBand = m_pictureCaption.isEmpty() ? 0 : size.height() / 12;
    const QRect room(margin, margin, size.width() - 2 * margin,
                     size.height() - 2 * margin - captionBand);
    QSize fitted = m_picture.size();
    fitted.scale(room.size(), Qt::KeepAspectRatio);
    QRect placed(QPoint(), fitted);
    placed.moveCenter(room.center());
    return placed;
}

void ProjectionView::setTheme(ProjectionTheme::Kind kind)
{
    m_themeKind = kind;
    update();
}

void ProjectionView::setScale(double scale)
{
    m_scale = qBound(0.5, scale, 3.0);
    m_geometry.reset();
    update();
}

int ProjectionView::pageCount() const
{
    return qMax(1, int(geometryFor(size())->pages.size()));
}

int ProjectionView::currentPage() const
{
    const int last = pageCount() - 1;
    return m_followNewest ? last : qMax(0, qMin(m_page, last));
}

void ProjectionView::setPage(int page)
{
    const int count = pageCount();
    m_page = qMax(0, qMin(page, count - 1));
    m_followNewest = false;
    update();
    Q_EMIT pageChanged(m_page, count);
}

void ProjectionView::nextPage()
{
    setPage(currentPage() + 1);
}

void ProjectionView::previousPage()
{
    setPage(currentPage() - 1);
}

QStringList ProjectionView::rowsOnPage(const QSize &size, int page) const
{
    const std::shared_ptr<const Geometry> layout = geometryFor(size);
    const Geometry &g = *layout;
    QStringList texts;
    if (page >= 0 && page < g.pages.size()) {
        for (const Row &row : g.pages.at(page))
            texts << row.text;
    }
    return texts;
}

ProjectionView::Metrics ProjectionView::layoutFor(const QSize &size) const
{
    const std::shared_ptr<const Geometry> layout = geometryFor(size);
    const Geometry &g = *layout;
    return Metrics{g.titlePx, g.bodyPx, g.timerPx, qMax(1, int(g.pages.size()))};
}

std::shared_ptr<const ProjectionView::Geometry> ProjectionView::geometryFor(const QSize &size) const
{
    // Laying out hundreds of lines takes milliseconds; the clock's text, four times a second,
    // does not change the layout.
    if (!m_geometry || m_geometrySize != size) {
        m_geometry = std::make_shared<Geometry>(layOut(size));
        m_geometrySize = size;
    }
    return m_geometry;
}

ProjectionView::Geometry ProjectionView::layOut(const QSize &size) const
{
    Geometry g;
    g.unit = size.height() / 1080.0 * m_scale;
    const auto px = [&g](double reference) {
        return int(std::lround(reference * g.unit));
    };
    const int margin = px(48);
    const QRect area(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);

    g.timerPx = px(150);
    const QFont timerFont = fontOfPixels(g.timerPx, true);
    const int timerWidth =
        QFontMetrics(timerFont).horizontalAdvance(QStringLiteral("+00:00")) + px(48);
    const int timerHeight = QFontMetrics(timerFont).height() + px(8);
    g.timer = QRect(area.right() - timerWidth + 1, area.top(), timerWidth, timerHeight);
    g.note = QRect(g.timer.left() - px(240), g.timer.bottom() + px(8), timerWidth + px(240),
                   m_content.timerNote.isEmpty() ? 0 : px(36));

    g.sectionPx = px(30);
    g.titlePx = px(60);
    const int headerWidth = g.timer.left() - area.left() - px(32);
    const int headerHeight =
        g.sectionPx + px(12) +
        wrappedHeight(fontOfPixels(g.titlePx, true), headerWidth, m_content.title);
    g.header = QRect(area.left(), area.top(), headerWidth, headerHeight);
    int top = g.header.bottom() + px(20);

    // The speaking school, whole, as large as the title: the room must know who has the floor.
    g.speakerPx = px(52);
    if (!m_content.speaker.isEmpty()) {
        const int width =
            (top < g.note.bottom() ? g.note.left() - px(24) : area.right()) - area.left();
        g.speaker = QRect(area.left(), top, width,
                          wrappedHeight(fontOfPixels(g.speakerPx, true), width, m_content.speaker));
        top = g.speaker.bottom() + px(8);
    }
    top = qMax(top, g.note.bottom()) + px(20);

    g.promptPx = px(34);
    if (!m_content.prompts.isEmpty()) {
        int height = px(30) + px(8);
        for (const QString &prompt : m_content.prompts)
            height += wrappedHeight(fontOfPixels(g.promptPx), area.width() - px(40),
                                    QStringLiteral("• ") + prompt) +
                      px(6);
        g.prompts = QRect(area.left(), top, area.width(), height);
        top = g.prompts.bottom() + px(24);
    }
    // A reading's source is cited at the foot of every page.
    const int foot =
        m_content.citation.isEmpty()
            ? 0
            : wrappedHeight(fontOfPixels(px(24)), area.width(), m_content.citation) + px(12);
    g.citation = QRect(area.left(), area.bottom() - foot + px(12) + 1, area.width(), foot - px(12));
    g.sheet = QRect(area.left(), top, area.width(), area.bottom() - foot - top);
    g.rows = g.sheet.adjusted(0, px(30) + px(12), -px(40), 0);

    // Each line becomes rows: "• text", then its tags, smaller and indented.
    const auto rowsAt = [&](int bodyPx) {
        const QFont body = fontOfPixels(bodyPx);
        const QFont tags = fontOfPixels(tagPixels(bodyPx));
        const int bodyHeight = QFontMetrics(body).lineSpacing();
        const int tagHeight = QFontMetrics(tags).lineSpacing();
        QVector<QVector<Row>> lines;
        for (const ProjectionContent::Line &line : m_content.lines) {
            QVector<Row> rows;
            for (const QString &text :
                 wrappedRows(body, g.rows.width(),
                             m_content.bulleted ? QStringLiteral("• ") + line.text : line.text))
                rows << Row{text, false, bodyHeight, 0};
            if (!line.tags.isEmpty()) {
                for (const QString &text : wrappedRows(tags, g.rows.width() - bodyPx, line.tags))
                    rows << Row{text, true, tagHeight, 0};
            }
            rows.last().gapAfter = px(10);
            lines << rows;
        }
        return lines;
    };
    const int available = qMax(1, g.rows.height());

    // The body shrinks from 44 to 32 reference pixels to fit one page; past that it is paged.
    QVector<QVector<Row>> lines;
    g.bodyPx = px(44);
    for (;;) {
        lines = rowsAt(g.bodyPx);
        int total = 0;
        for (const QVector<Row> &rows : lines)
            total += heightOf(rows);
        if (total <= available || g.bodyPx <= px(32))
            break;
        g.bodyPx -= qMax(1, px(2));
    }

    g.pages = paginate(lines, available);
    return g;
}

int ProjectionView::heightOf(const QVector<Row> &rows)
{
    int total = 0;
    for (const Row &row : rows)
        total += row.height + row.gapAfter;
    return total;
}

QVector<QVector<ProjectionView::Row>> ProjectionView::paginate(const QVector<QVector<Row>> &lines,
                                                               int available)
{
    QVector<QVector<Row>> pages;
    // A line that fits on a page is not split; a longer one continues row by row.
    QVector<Row> page;
    int used = 0;
    const auto newPage = [&] {
        if (!page.isEmpty())
            pages << page;
        page.clear();
        used = 0;
    };
    for (const QVector<Row> &rows : lines) {
        const int height = heightOf(rows);
        if (used > 0 && used + height > available && height <= available)
            newPage();
        for (const Row &row : rows) {
            if (used > 0 && used + row.height > available)
                newPage();
            page << row;
            used += row.height + row.gapAfter;
        }
    }
    newPage();
    return pages;
}

// A photo, or the join code with its address, instead of the sheet.
void ProjectionView::paintPicture(QPainter &painter, const ProjectionTheme &theme)
{
    // A photo is smoothed; a QR code keeps its sharp squares for the phones' cameras.
    painter.setRenderHint(QPainter::SmoothPixmapTransform,
                          m_picture.format() != QImage::Format_Mono);
    const QRect placed = pictureRect(size());
    painter.drawImage(placed, m_picture);
    if (!m_pictureCaption.isEmpty()) {
        // The caption spans the screen and shrinks to fit: an address must be read whole.
        const int margin = height() / 40;
        const QRect band(margin, placed.bottom() + height() / 80, width() - 2 * margin,
                         height() - placed.bottom() - height() / 40);
        QFont font = fontOfPixels(height() / 24);
        const int wide = QFontMetrics(font).horizontalAdvance(m_pictureCaption);
        if (wide > band.width())
            font.setPixelSize(qMax(12, font.pixelSize() * band.width() / wide));
        painter.setFont(font);
        painter.setPen(theme.text);
        painter.drawText(
            band, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
            QFontMetrics(font).elidedText(m_pictureCaption, Qt::ElideRight, band.width()));
    }
}

void ProjectionView::paintEvent(QPaintEvent *)
{
    const ProjectionTheme theme = ProjectionTheme::of(m_themeKind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), m_blank ? QColor(Qt::black) : theme.background);
    if (m_blank)
        return;
    if (!m_picture.isNull()) {
        paintPicture(painter, theme);
        return;
    }
    const std::shared_ptr<const Geometry> layout = geometryFor(size());
    const Geometry &g = *layout;
    const auto px = [&g](double reference) {
        return int(std::lround(reference * g.unit));
    };

    // Section and title
    painter.setPen(theme.muted);
    painter.setFont(fontOfPixels(g.sectionPx));
    painter.drawText(QRect(g.header.left(), g.header.top(), g.header.width(), g.sectionPx + px(6)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, m_content.section);
    painter.setPen(theme.text);
    painter.setFont(fontOfPixels(g.titlePx, true));
    painter.drawText(g.header.adjusted(0, g.sectionPx + px(12), 0, 0),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_content.title);

    // The big clock, what it counts, and who has the floor
    QPainterPath badge;
    badge.addRoundedRect(g.timer, px(18), px(18));
    painter.fillPath(badge, theme.timerBackground(m_content.timerLevel));
    painter.setPen(theme.timerText);
    painter.setFont(fontOfPixels(g.timerPx, true));
    painter.drawText(g.timer, Qt::AlignCenter, m_content.timer);
    if (!m_content.timerNote.isEmpty()) {
        painter.setPen(theme.muted);
        painter.setFont(fontOfPixels(px(28)));
        painter.drawText(g.note, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         m_content.timerNote);
    }
    if (!m_content.speaker.isEmpty()) {
        painter.setPen(theme.text);
        painter.setFont(fontOfPixels(g.speakerPx, true));
        painter.drawText(g.speaker, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_content.speaker);
    }

    // Prompts or sentence starters
    if (!m_content.prompts.isEmpty()) {
        painter.setPen(theme.muted);
        painter.setFont(fontOfPixels(px(30)));
        painter.drawText(g.prompts.left(), g.prompts.top(), g.prompts.width(), px(38),
                         Qt::AlignLeft | Qt::AlignTop, m_content.promptsHeading);
        int y = g.prompts.top() + px(38);
        painter.setPen(theme.text);
        const QFont promptFont = fontOfPixels(g.promptPx);
        painter.setFont(promptFont);
        for (const QString &prompt : m_content.prompts) {
            const QString text = QStringLiteral("• ") + prompt;
            const int height = wrappedHeight(promptFont, g.prompts.width() - px(40), text);
            painter.drawText(QRect(g.prompts.left(), y, g.prompts.width() - px(40), height),
                             Qt::AlignLeft | Qt::TextWordWrap, text);
            y += height + px(6);
        }
        painter.setPen(QPen(theme.rule, qMax(1, px(2))));
        painter.drawLine(g.sheet.left(), g.sheet.top() - px(12), g.sheet.right(),
                         g.sheet.top() - px(12));
    }

    // The sheet's name, the page ("2/5") when there are more, and the page's rows
    const int pages = qMax(1, int(g.pages.size()));
    const int page = m_followNewest ? pages - 1 : qMax(0, qMin(m_page, pages - 1));
    painter.setPen(theme.muted);
    painter.setFont(fontOfPixels(px(30)));
    if (!m_content.sheetName.isEmpty())
        painter.drawText(
            g.sheet.left(), g.sheet.top(), g.sheet.width() - px(160), px(38),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
            QFontMetrics(painter.font())
                .elidedText(m_content.sheetName, Qt::ElideMiddle, g.sheet.width() - px(160)));
    if (pages > 1) {
        painter.setFont(fontOfPixels(px(30), true));
        painter.drawText(g.sheet.left(), g.sheet.top(), g.sheet.width(), px(38),
                         Qt::AlignRight | Qt::AlignTop, tr("%1/%2").arg(page + 1).arg(pages));
    }
    if (!m_content.citation.isEmpty()) {
        painter.setPen(theme.muted);
        painter.setFont(fontOfPixels(px(24)));
        painter.drawText(g.citation, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         m_content.citation);
    }
    if (g.pages.isEmpty())
        return;
    const QFont body = fontOfPixels(g.bodyPx);
    const QFont tags = fontOfPixels(tagPixels(g.bodyPx));
    int y = g.rows.top();
    for (const Row &row : g.pages.at(page)) {
        painter.setFont(row.isTag ? tags : body);
        painter.setPen(row.isTag ? theme.muted : theme.text);
        const int indent = row.isTag ? g.bodyPx : 0;
        painter.drawText(QRect(g.rows.left() + indent, y, g.rows.width() - indent, row.height),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, row.text);
        y += row.height + row.gapAfter;
    }
}

void ProjectionView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (hasPicture())
            clearPicture(); // back to the sheet; a second Esc stops projecting
        else
            Q_EMIT escapePressed();
        return;
    case Qt::Key_PageDown:
        nextPage();
        return;
    case Qt::Key_PageUp:
        previousPage();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace fcte
