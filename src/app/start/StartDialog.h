#pragma once

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class StartDialog;
}

namespace fcte {

class Guide;
class Notebook;

// The first screen: resume the last session, create one, or open the demo.
class StartDialog : public QDialog {
    Q_OBJECT
public:
    StartDialog(Notebook &notebook, const Guide &guide, QWidget *parent = nullptr);
    ~StartDialog() override;

    // The chosen session, valid once the dialog was accepted.
    qint64 sessionId() const { return m_sessionId; }

private:
    void openLast();
    void createNew();
    void openDemo();
    void openAnother();
    void createFollowUp();
    void createWithMyGuide();
    // An earlier session picked from a list, or 0.
    // A session picked from a list that says what each is; preselected is offered first.
    qint64 chooseSession(const QString &title, qint64 preselected);
    void finishWith(qint64 sessionId);

    std::unique_ptr<Ui::StartDialog> m_ui;
    Notebook &m_notebook;
    const Guide &m_guide;
    qint64 m_lastSessionId = 0;
    qint64 m_sessionId = 0;
    QPointer<QWidget> m_manual; // the manual, opened with F1
};

} // namespace fcte
