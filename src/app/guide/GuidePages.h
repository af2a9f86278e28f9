#pragma once

#include "app/guide/GuideFieldsPage.h"

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace fcte {

// The session's own fields: title, identifier, source, and the lists the guide keeps (purposes,
// materials, what is prepared, products).
class GuideSessionPage : public GuideFieldsPage {
    Q_OBJECT
public:
    explicit GuideSessionPage(Edit edits, QWidget *parent = nullptr);

protected:
    void fill(const Guide &guide, const OutlinePosition &item) override;

private:
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QPlainTextEdit *m_purposes = nullptr;
    QPlainTextEdit *m_materials = nullptr;
    QPlainTextEdit *m_preparation = nullptr;
    QPlainTextEdit *m_preparationPerSchool = nullptr;
    QPlainTextEdit *m_products = nullptr;
};

// A section's title.
class GuideSectionPage : public GuideFieldsPage {
    Q_OBJECT
public:
    explicit GuideSectionPage(Edit edits, QWidget *parent = nullptr);

protected:
    void fill(const Guide &guide, const OutlinePosition &item) override;

private:
    QLineEdit *m_title = nullptr;
};

// An activity: title, minutes and whether the guide states them, its timer, steps, questions,
// sentence starters, reading, the session lists it presents and the sheets it records.
class GuideActivityPage : public GuideFieldsPage {
    Q_OBJECT
public:
    explicit GuideActivityPage(Edit edits, QWidget *parent = nullptr);

protected:
    void fill(const Guide &guide, const OutlinePosition &item) override;

private:
    void build();
    QWidget *buildMinutesRow();
    QWidget *buildTimerRow();
    QWidget *buildReadingRow();
    void buildLists();
    void connectFields();
    // A change to the shown activity, as one edit.
    void editActivity(const char *field, const std::function<void(Activity &)> &change);

    QLineEdit *m_title = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_minutesFromGuide = nullptr;
    QCheckBox *m_fixed = nullptr;
    QComboBox *m_timer = nullptr;
    QSpinBox *m_minutesPerTurn = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QPlainTextEdit *m_prompts = nullptr;
    QPlainTextEdit *m_starters = nullptr;
    QLineEdit *m_readingTitle = nullptr;
    QLineEdit *m_readingSource = nullptr;
    QListWidget *m_shows = nullptr;
    QListWidget *m_sheets = nullptr;
};

} // namespace fcte
