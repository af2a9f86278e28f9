#pragma once

#include <QWidget>

class QTextBrowser;

namespace fcte {

// The manual (docs/manual, built into the program), read inside the program and offline: pages
// in Markdown with their screenshots, links between them, back and forward.
class ManualWindow : public QWidget {
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    static QUrl home();
    QTextBrowser *browser() const { return m_browser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPictures();

    QTextBrowser *m_browser;
};

} // namespace fcte
