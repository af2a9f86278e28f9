#include "app/sheets/CommitmentsSheet.h"
#include "app/MutedText.h"
#include "app/PlainLabel.h"

#include "app/sheets/CommitmentModel.h"
#include "app/sheets/DraftKeeper.h"
#include "app/sheets/SheetTable.h"
#include "core/session/Bitacora.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fcte {

CommitmentsSheet::CommitmentsSheet(Bitacora &bitacora, QUndoStack &undoStack, int activity,
                                   QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_model(new CommitmentModel(bitacora, undoStack, this))
{
    setObjectName(QStringLiteral("commitmentsSheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_participant = new QComboBox;
    m_participant->setObjectName(QStringLiteral("commitmentParticipantComboBox"));
    m_studentsNeed = new QLineEdit;
    m_studentsNeed->setObjectName(QStringLiteral("studentsNeedLineEdit"));
    m_actions = new QLineEdit;
    m_actions->setObjectName(QStringLiteral("actionsLineEdit"));
    m_shareHow = new QLineEdit;
    m_shareHow->setObjectName(QStringLiteral("shareHowLineEdit"));
    m_shareHow->setPlaceholderText(
        tr("producciones gráficas, cuadernos, registros, evaluaciones, indicadores…"));
    m_evidence = new QLineEdit;
    m_evidence->setObjectName(QStringLiteral("evidenceLineEdit"));
    form->addRow(tr("&Participante:"), m_participant);
    form->addRow(tr("Mis alumnos requieren &mejorar…"), m_studentsNeed);
    form->addRow(tr("Me comprometo a &implementar…"), m_actions);
    form->addRow(tr("Compartiré los resultados en marzo &mediante…"), m_shareHow);
    form->addRow(tr("&Evidencias e instrumentos:"), m_evidence);
    layout->addLayout(form);
    m_problem = plainLabel();
    m_problem->setObjectName(QStringLiteral("commitmentProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *add = new QPushButton(tr("Agregar compromiso (Intro)"));
    add->setObjectName(QStringLiteral("addCommitmentButton"));
    layout->addWidget(add, 0, Qt::AlignRight);

    m_view = SheetTable::create(m_model, QStringLiteral("commitmentsTableView"));
    m_view->setAccessibleName(tr("Compromisos personales"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The person (and school) fits its content up to a third of the width, never splitting a
    // word; the four answers share the rest.
    m_view->horizontalHeader()->setSectionResizeMode(CommitmentModel::ParticipantColumn,
                                                     QHeaderView::Interactive);
    SheetTable::fitColumns(m_view);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    auto *keys = plainLabel(tr("Intro en cualquier campo agrega · F2 edita · Supr tacha o restaura "
                               "· Ctrl+Z deshace"));
    keys->setObjectName(QStringLiteral("sheetKeysLabel"));
    MutedText::apply(keys);
    layout->addWidget(keys);

    for (QLineEdit *edit : {m_studentsNeed, m_actions, m_shareHow, m_evidence})
        connect(edit, &QLineEdit::returnPressed, this, &CommitmentsSheet::addFromForm);
    connect(add, &QPushButton::clicked, this, &CommitmentsSheet::addFromForm);
    connect(&bitacora, &Bitacora::rosterChanged, this, &CommitmentsSheet::refreshParticipants);
    refreshParticipants();
    // A half-filled commitment waits for the recorder in this activity, even after a restart.
    auto *drafts = new DraftKeeper(bitacora, activity, QStringLiteral("commitments"), this);
    drafts->keep(m_participant, QStringLiteral("participant"));
    drafts->keep(m_studentsNeed, QStringLiteral("studentsNeed"));
    drafts->keep(m_actions, QStringLiteral("actions"));
    drafts->keep(m_shareHow, QStringLiteral("shareHow"));
    drafts->keep(m_evidence, QStringLiteral("evidence"));
    setFocusProxy(m_participant);
}

void CommitmentsSheet::refreshParticipants()
{
    const QVariant selected = m_participant->currentData();
    const QSignalBlocker blocker(m_participant);
    m_participant->clear();
    m_participant->addItem(tr("(elija quién se compromete)"), qint64(0));
    // With the school: two teachers of one name in different schools are told apart.
    for (const Participant &person : m_bitacora.participants())
        m_participant->addItem(m_bitacora.participantWithSchool(person.id), person.id);
    m_participant->setCurrentIndex(qMax(0, m_participant->findData(selected)));
}

void CommitmentsSheet::addFromForm()
{
    Commitment commitment;
    commitment.participantId = m_participant->currentData().toLongLong();
    commitment.studentsNeed = m_studentsNeed->text().trimmed();
    commitment.actions = m_actions->text().trimmed();
    commitment.shareHow = m_shareHow->text().trimmed();
    commitment.evidence = m_evidence->text().trimmed();
    if (commitment.studentsNeed.isEmpty() && commitment.actions.isEmpty() &&
        commitment.shareHow.isEmpty() && commitment.evidence.isEmpty())
        return;
    // A personal commitment is somebody's: the form keeps what was typed until they are chosen.
    if (commitment.participantId == 0) {
        m_problem->setText(tr("Elija quién se compromete; lo escrito se conserva."));
        m_problem->show();
        m_participant->setFocus();
        return;
    }
    m_problem->hide();
    if (!m_model->addCommitment(commitment))
        return; // the form keeps what was typed
    for (QLineEdit *edit : {m_studentsNeed, m_actions, m_shareHow, m_evidence})
        edit->clear();
    m_view->scrollToBottom();
    m_participant->setFocus();
}

bool CommitmentsSheet::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its keys go to the editor, not to the view.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_view->currentIndex().row();
        if (key->key() == Qt::Key_Delete && row >= 0) {
            const qint64 id = m_model->commitmentAt(row).id;
            m_model->toggleStruck(row);
            m_view->setCurrentIndex(m_model->index(m_model->rowOfCommitment(id), 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fcte
