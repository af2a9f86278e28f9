#pragma once

#include "ProjectionTheme.h"
#include "session/ProjectionContent.h"

#include <QWidget>

namespace fcte {

// The classroom screen: the activity, its prompts, the timer and the sheet's public lines, drawn
// large enough to read from the back row, newest lines kept in view.
class ProjectionView : public QWidget {
    Q_OBJECT
public:
    // Pixel sizes of the current layout, for a 1080-pixel-high screen at scale 1: title 60,
    // body 28 to 44 (shrinking to fit), timer 150.
    struct Metrics {
        int titlePx = 0;
        int bodyPx = 0;
        int timerPx = 0;
        int firstVisibleLine = 0; // older lines than this did not fit
    };

    explicit ProjectionView(QWidget *parent = nullptr);

    void setContent(const ProjectionContent &content);
    const ProjectionContent &content() const { return m_content; }
    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }
    void setTheme(ProjectionTheme::Kind kind);
    ProjectionTheme::Kind theme() const { return m_themeKind; }
    void setScale(double scale);
    double scale() const { return m_scale; }

    Metrics metrics() const { return layoutFor(size()); }
    Metrics layoutFor(const QSize &size) const;

Q_SIGNALS:
    void escapePressed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry;
    Geometry geometryFor(const QSize &size) const;

    ProjectionContent m_content;
    ProjectionTheme::Kind m_themeKind = ProjectionTheme::Kind::Light;
    double m_scale = 1.0;
    bool m_blank = false;
};

} // namespace fcte
