#include "ProjectionView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace fcte {
namespace {

QFont fontOfPixels(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
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

int tagIndent(int bodyPx)
{
    return bodyPx;
}

// A line is its text and, below it in smaller type, its tags.
int lineHeight(int bodyPx, int width, const ProjectionContent::Line &line)
{
    int height = wrappedHeight(fontOfPixels(bodyPx), width, QStringLiteral("• ") + line.text);
    if (!line.tags.isEmpty())
        height +=
            wrappedHeight(fontOfPixels(tagPixels(bodyPx)), width - tagIndent(bodyPx), line.tags);
    return height;
}

} // namespace

struct ProjectionView::Geometry {
    double unit = 1; // one pixel of the 1080-high reference layout
    QRect header;    // section and title
    QRect timer;
    QRect turn;
    QRect prompts;
    QRect sheet;
    int titlePx = 0;
    int sectionPx = 0;
    int promptPx = 0;
    int timerPx = 0;
    int bodyPx = 0;
    int firstVisibleLine = 0;
};

ProjectionView::ProjectionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("projectionView"));
    setWindowTitle(tr("Facilitador CTE — Proyección"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 180);
}

void ProjectionView::setContent(const ProjectionContent &content)
{
    m_content = content;
    update();
}

void ProjectionView::setBlank(bool blank)
{
    m_blank = blank;
    update();
}

void ProjectionView::setTheme(ProjectionTheme::Kind kind)
{
    m_themeKind = kind;
    update();
}

void ProjectionView::setScale(double scale)
{
    m_scale = qBound(0.5, scale, 3.0);
    update();
}

ProjectionView::Metrics ProjectionView::layoutFor(const QSize &size) const
{
    const Geometry g = geometryFor(size);
    return Metrics{g.titlePx, g.bodyPx, g.timerPx, g.firstVisibleLine};
}

ProjectionView::Geometry ProjectionView::geometryFor(const QSize &size) const
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
    const bool hasTurn = !m_content.turn.isEmpty();
    g.turn = QRect(g.timer.left() - px(200), g.timer.bottom() + px(8), timerWidth + px(200),
                   hasTurn ? px(40) : 0);

    g.sectionPx = px(30);
    g.titlePx = px(60);
    const int headerWidth = g.timer.left() - area.left() - px(32);
    const int headerHeight =
        g.sectionPx + px(12) +
        wrappedHeight(fontOfPixels(g.titlePx, true), headerWidth, m_content.title);
    g.header = QRect(area.left(), area.top(), headerWidth, headerHeight);

    int top = qMax(g.header.bottom(), g.turn.bottom()) + px(28);
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
    g.sheet = QRect(area.left(), top, area.width(), area.bottom() - top);

    // The body shrinks from 44 to 28 reference pixels to fit every line; past that the oldest
    // lines leave the screen so the newest stay in view.
    const int available = g.sheet.height() - px(30) - px(12);
    const auto heightOf = [&](int bodyPx, int from) {
        int total = 0;
        for (int i = from; i < m_content.lines.size(); ++i)
            total += lineHeight(bodyPx, g.sheet.width() - px(40), m_content.lines.at(i)) + px(10);
        return total;
    };
    g.bodyPx = px(44);
    while (g.bodyPx > px(28) && heightOf(g.bodyPx, 0) > available)
        g.bodyPx -= qMax(1, px(2));
    g.bodyPx = qMax(g.bodyPx, px(28));
    g.firstVisibleLine = 0;
    while (g.firstVisibleLine < m_content.lines.size() - 1 &&
           heightOf(g.bodyPx, g.firstVisibleLine) > available)
        ++g.firstVisibleLine;
    return g;
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
    const Geometry g = geometryFor(size());
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

    // Timer and the speaking school
    QPainterPath badge;
    badge.addRoundedRect(g.timer, px(18), px(18));
    painter.fillPath(badge, theme.timerBackground(m_content.timerLevel));
    painter.setPen(theme.timerText);
    painter.setFont(fontOfPixels(g.timerPx, true));
    painter.drawText(g.timer, Qt::AlignCenter, m_content.timer);
    if (!m_content.turn.isEmpty()) {
        painter.setPen(theme.text);
        painter.setFont(fontOfPixels(px(30), true));
        painter.drawText(g.turn, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetrics(painter.font())
                             .elidedText(m_content.turn, Qt::ElideMiddle, g.turn.width()));
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

    // The sheet's lines, newest at the bottom
    if (!m_content.sheetName.isEmpty()) {
        painter.setPen(theme.muted);
        painter.setFont(fontOfPixels(px(30)));
        painter.drawText(g.sheet.left(), g.sheet.top(), g.sheet.width(), px(38),
                         Qt::AlignLeft | Qt::AlignTop, m_content.sheetName);
    }
    int y = g.sheet.top() + px(30) + px(12);
    const QFont body = fontOfPixels(g.bodyPx);
    const QFont tags = fontOfPixels(tagPixels(g.bodyPx));
    const int width = g.sheet.width() - px(40);
    for (int i = g.firstVisibleLine; i < m_content.lines.size(); ++i) {
        const ProjectionContent::Line &line = m_content.lines.at(i);
        const QString text = QStringLiteral("• ") + line.text;
        const int textHeight = wrappedHeight(body, width, text);
        painter.setFont(body);
        painter.setPen(theme.text);
        painter.drawText(QRect(g.sheet.left(), y, width, textHeight),
                         Qt::AlignLeft | Qt::TextWordWrap, text);
        if (!line.tags.isEmpty()) {
            painter.setFont(tags);
            painter.setPen(theme.muted);
            const QString tagText = QStringLiteral("   ") + line.tags;
            painter.drawText(
                QRect(g.sheet.left(), y + textHeight, width, wrappedHeight(tags, width, tagText)),
                Qt::AlignLeft | Qt::TextWordWrap, tagText);
        }
        y += lineHeight(g.bodyPx, width, line) + px(10);
    }
}

void ProjectionView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT escapePressed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace fcte
