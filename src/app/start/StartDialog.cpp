#include "app/start/StartDialog.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"
#include "app/help/ManualWindow.h"

#include "app/Messages.h"

#include "app/session/SessionDialog.h"
#include "core/export/DemoSession.h"
#include "core/guide/Guide.h"
#include "core/guide/GuideLibrary.h"
#include "core/guide/GuideLoader.h"
#include "core/model/StoreError.h"
#include "core/session/FollowUp.h"
#include "core/session/Notebook.h"
#include "core/text/DateText.h"
#include "ui_StartDialog.h"

#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

namespace fcte {

StartDialog::StartDialog(Notebook &notebook, const Guide &guide, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StartDialog>())
    , m_notebook(notebook)
    , m_guide(guide)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->guideLabel->setText(guide.title);

    m_lastSessionId = notebook.lastOpenedSession();
    if (const auto last = notebook.session(m_lastSessionId)) {
        m_ui->lastSessionButton->setText(
            tr("Continuar «%1»\n%2")
                .arg(last->title, QLocale().toString(last->heldOn, QLocale::LongFormat)));
        m_ui->lastSessionButton->setDefault(true);
        m_ui->lastSessionButton->setFocus();
    } else {
        m_ui->lastSessionButton->hide();
        m_ui->newSessionButton->setDefault(true);
    }
    m_ui->databaseLabel->setText(tr("Bitácora: %1").arg(m_notebook.path()));
    // A first session without the manual in hand: one line, and F1 opens the manual here too.
    auto *help = plainLabel(tr("F1: manual de uso. La sesión de demostración muestra todo sin "
                               "tocar sus sesiones."));
    help->setObjectName(QStringLiteral("startHelpLabel"));
    help->setWordWrap(true);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->databaseLabel), help);
    auto *manual = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(manual, &QShortcut::activated, this, [this] {
        if (!m_manual)
            m_manual = new ManualWindow(this);
        m_manual->show();
        m_manual->raise();
    });
    m_ui->otherSessionButton->setVisible(notebook.sessions().size() > 1);
    m_ui->followUpButton->setVisible(!notebook.sessions().isEmpty());
    // The user's own guides (the guide editor saves them in their folder).
    auto *myGuides = new QPushButton(tr("Nueva sesión con una de mis guías…"));
    myGuides->setObjectName(QStringLiteral("myGuidesButton"));
    myGuides->setMinimumHeight(m_ui->newSessionButton->minimumHeight());
    myGuides->setToolTip(
        plainToolTip(tr("Las guías de la carpeta %1").arg(GuideLibrary::userFolder())));
    // Only the folder is listed here: the guides are read and checked when the button is used,
    // not on every start.
    myGuides->setVisible(GuideLibrary::hasUserGuides());
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->newSessionButton) + 1, myGuides);
    connect(myGuides, &QPushButton::clicked, this, &StartDialog::createWithMyGuide);

    connect(m_ui->lastSessionButton, &QPushButton::clicked, this, &StartDialog::openLast);
    connect(m_ui->newSessionButton, &QPushButton::clicked, this, &StartDialog::createNew);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &StartDialog::openDemo);
    connect(m_ui->otherSessionButton, &QPushButton::clicked, this, &StartDialog::openAnother);
    connect(m_ui->followUpButton, &QPushButton::clicked, this, &StartDialog::createFollowUp);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StartDialog::~StartDialog() = default;

void StartDialog::openLast()
{
    finishWith(m_lastSessionId);
}

void StartDialog::createNew()
{
    SessionDialog dialog(m_notebook, m_guide, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        finishWith(dialog.sessionId());
}

void StartDialog::createWithMyGuide()
{
    const QVector<GuideLibrary::UserGuide> guides = GuideLibrary::userGuides();
    QStringList labels;
    for (const GuideLibrary::UserGuide &guide : guides)
        labels << (guide.errors.isEmpty()
                       ? tr("%1 — %2").arg(guide.title, QFileInfo(guide.path).fileName())
                       : tr("%1 — no se puede usar todavía").arg(guide.title));
    bool chosen = false;
    const QString label =
        QInputDialog::getItem(this, tr("Mis guías"), tr("Guía:"), labels, 0, false, &chosen);
    const int index = int(labels.indexOf(label));
    if (!chosen || index < 0)
        return;
    const GuideLoadResult loaded = GuideLoader::fromFile(guides.at(index).path);
    if (!loaded.ok()) {
        // A draft from the editor: its problems, in the loader's words.
        Messages::warning(this, tr("La guía no es válida"),
                          tr("%1 no se puede usar todavía:\n%2\n\nPara corregirla, ábrala en el "
                             "editor (Archivo → Guías de sesión → Editar una guía…).")
                              .arg(guides.at(index).path, loaded.errors.join(QLatin1Char('\n'))));
        return;
    }
    SessionDialog dialog(m_notebook, *loaded.guide, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        finishWith(dialog.sessionId());
}

void StartDialog::openDemo()
{
    try {
        qint64 id = m_notebook.demoSession();
        if (id == 0)
            id = DemoSession::create(m_notebook.database());
        finishWith(id);
    } catch (const StoreError &error) {
        Messages::critical(this, tr("No se pudo crear la demostración"), error.message());
    }
}

qint64 StartDialog::chooseSession(const QString &title, qint64 preselected)
{
    const QVector<SessionInfo> sessions = m_notebook.sessions();
    QHash<qint64, QString> titles;
    for (const SessionInfo &session : sessions)
        titles.insert(session.id, session.title);
    // Each says what it is: a follow-up names the session it follows up, and one already
    // followed up says so, so the chain's newest is told from its first.
    QStringList labels;
    int current = 0;
    for (const SessionInfo &session : sessions) {
        QString label = tr("%1 — %2").arg(session.title, DateText::shortDate(session.heldOn));
        if (session.isDemo)
            label += tr(" · demostración");
        if (session.followUpOf > 0)
            label += tr(" · seguimiento de «%1»").arg(titles.value(session.followUpOf));
        if (const qint64 next = FollowUp::followedBy(sessions, session.id))
            label += tr(" · ya tiene seguimiento: «%1»").arg(titles.value(next));
        if (session.id == preselected)
            current = int(labels.size());
        labels << label;
    }
    bool chosen = false;
    const QString label =
        QInputDialog::getItem(this, title, tr("Sesión:"), labels, current, false, &chosen);
    const int index = int(labels.indexOf(label));
    return chosen && index >= 0 ? sessions.at(index).id : 0;
}

void StartDialog::openAnother()
{
    if (const qint64 id = chooseSession(tr("Abrir otra sesión"), m_lastSessionId))
        finishWith(id);
}

void StartDialog::createFollowUp()
{
    // March: the commitments of an earlier session, carried into one that reviews them.
    const qint64 earlier = chooseSession(tr("¿De qué sesión es el seguimiento?"),
                                         FollowUp::suggestedEarlier(m_notebook.sessions()));
    if (earlier == 0)
        return;
    try {
        finishWith(m_notebook.createFollowUp(earlier));
    } catch (const StoreError &error) {
        Messages::critical(this, tr("No se pudo crear el seguimiento"), error.message());
    }
}

void StartDialog::finishWith(qint64 sessionId)
{
    m_sessionId = sessionId;
    accept();
}

} // namespace fcte
