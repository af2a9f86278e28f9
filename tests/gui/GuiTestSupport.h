#pragma once

#include "TestSupport.h"
#include "core/session/Notebook.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/Stores.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <memory>

namespace fcte::test {

template <typename T> T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

// QTest::keyClicks only knows ASCII; Spanish text is sent as key events carrying the text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Types into whatever has the focus: a table cell's editor just opened, for instance.
inline void typeIntoFocusedEditor(const QString &text)
{
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    typeText(editor, text);
}

// Return commits a table cell's editor through a queued call.
inline void commitEditor()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
}

// Qt's own check of a model's contract (rows, columns, parents, data, and the signals around each
// change), run after every change for as long as it lives. A broken contract stops the test with
// Qt's message (a fatal error: CTest reports the test failed).
inline std::unique_ptr<QAbstractItemModelTester> checkedModel(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// WCAG 2's contrast ratio of two colours (1 to 21): text reads at AA from 4.5.
inline double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Answers the next modal dialog once it is up, from inside its own event loop. Nothing may throw
// there (a failed REQUIRE would unwind through Qt's event loop), so the answer only acts and
// records; the test asserts afterwards, on answered() and on what the answer recorded.
class ModalAnswer {
public:
    explicit ModalAnswer(std::function<void(QWidget *)> answer)
        : m_poll(new QTimer, [](QTimer *poll) {
            poll->stop();
            poll->deleteLater();
        })
    {
        QTimer *poll = m_poll.get();
        poll->setInterval(5);
        const auto answered = m_answered;
        QObject::connect(poll, &QTimer::timeout, poll,
                         [poll, answered, answer, ticks = 0]() mutable {
                             QWidget *modal = QApplication::activeModalWidget();
                             if (!modal && ++ticks < 2000)
                                 return;
                             poll->stop();
                             if (modal) {
                                 *answered = true;
                                 answer(modal);
                             }
                         });
        poll->start();
    }
    bool answered() const { return *m_answered; }

private:
    std::shared_ptr<bool> m_answered = std::make_shared<bool>(false);
    // Stopped and deleted with the last copy of this answer: an answer that found no dialog never
    // outlives the variables its test gave it.
    std::shared_ptr<QTimer> m_poll;
};

// Accepts the next message box and keeps what it said.
class MessageAnswer {
public:
    MessageAnswer()
        : m_answer([text = m_text](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                *text = box->text();
                box->accept();
            }
        })
    {}
    bool answered() const { return m_answer.answered(); }
    QString text() const { return *m_text; }

private:
    std::shared_ptr<QString> m_text = std::make_shared<QString>();
    ModalAnswer m_answer;
};

// A bitácora with one session of two schools and three participants.
struct SessionFixture {
    TempBitacora temp;
    Database db;
    std::unique_ptr<Stores> stores;
    std::unique_ptr<Notebook> notebook; // what the windows are given
    SessionStore *sessions = nullptr;
    SheetStore *sheets = nullptr;
    ManualClock clock;
    qint64 sessionId = 0;

    SessionFixture()
    {
        db.open(temp.path());
        stores = std::make_unique<Stores>(db);
        notebook = std::make_unique<Notebook>(db);
        sessions = &stores->sessions;
        sheets = &stores->sheets;
        SessionInfo info;
        info.title = QStringLiteral("Sesión de prueba");
        info.heldOn = QDate(2027, 2, 26);
        info.guideId = shippedGuide().id;
        sessionId = sessions->createSession(info);
        RosterEdit roster;
        roster.schools << primarySchool(QStringLiteral("Benito Juárez"),
                                        QStringLiteral("09DPR0001A"))
                       << primarySchool(QStringLiteral("Niños Héroes"),
                                        QStringLiteral("09DPR0002B"));
        const char *names[] = {"Ana Núñez", "Beto Ávila", "Carla Ríos"};
        const char *grades[] = {"1.º", "1.º", "2.º"};
        for (int i = 0; i < 3; ++i) {
            Participant person;
            person.name = QString::fromUtf8(names[i]);
            person.role = QStringLiteral("docente");
            person.grade = QString::fromUtf8(grades[i]);
            roster.members << RosterEdit::Member{person, i % 2};
        }
        sessions->saveRoster(sessionId, roster);
    }

    QVector<Entry> entries(const QString &sheet) const { return sheets->entries(sessionId, sheet); }
};

} // namespace fcte::test
