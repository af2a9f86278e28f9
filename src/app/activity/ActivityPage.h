#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QVBoxLayout;
class QGroupBox;

namespace fcte {

struct Activity;
struct Section;

// The current activity as the operator reads it: steps, prompts, sentence starters, the reading
// to cite, and room for its sheets.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(QWidget *parent = nullptr);

    void showActivity(const Section &section, const Activity &activity, int plannedMinutes);

    QString titleText() const;
    // Below the reading's citation: where its text for this session is given.
    void setReadingPanel(QWidget *panel);
    // At the foot of the page: the activity's photos and files.
    void setEvidencePanel(QWidget *panel);

private:
    QGroupBox *addBlock(const QString &title, QLabel **body);
    void placePrompts(bool besideSteps);
    static QString bulleted(const QStringList &lines, bool numbered);

    QLabel *m_section = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QGroupBox *m_stepsBox = nullptr;
    QLabel *m_steps = nullptr;
    QGroupBox *m_promptsBox = nullptr;
    QLabel *m_prompts = nullptr;
    QGroupBox *m_startersBox = nullptr;
    QLabel *m_starters = nullptr;
    QGroupBox *m_readingBox = nullptr;
    QLabel *m_reading = nullptr;
    // The session's lists this activity presents (purposes, products), one box each.
    QWidget *m_sessionLists = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHBoxLayout *m_stepsRow = nullptr;
};

} // namespace fcte
