#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace fcte {

// For a single mirrored projector: the operator window itself goes full screen with large type
// (Ctrl++ / Ctrl+- while presenting) and without the agenda.
class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(QMainWindow &window, QWidget *hiddenWhilePresenting);

    void addTo(QMenu *menu);
    bool isActive() const;
    double scale() const { return m_scale; }
    void setActive(bool active);
    void scaleBy(double factor);
    QAction *toggleAction() const { return m_toggle; }
    // "Pantalla en negro" while presenting: the window itself is what the room sees, so a black
    // curtain covers it; taken away when blanking ends or presenting stops.
    void setBlank(bool blank);
    bool isCurtainShown() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyScale();
    void updateCurtain();

    QMainWindow &m_window;
    QWidget *m_hidden;
    QAction *m_toggle = nullptr;
    double m_basePointSize = 0;
    double m_scale = 1.6;
    bool m_wasMaximized = false;
    bool m_blank = false;
    QWidget *m_curtain = nullptr;
};

} // namespace fcte
