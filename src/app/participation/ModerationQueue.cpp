#include "app/participation/ModerationQueue.h"
#include "app/MutedText.h"
#include "app/PlainLabel.h"

#include "app/participation/ApprovalCommand.h"
#include "core/session/Bitacora.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fcte {
namespace {

bool isCommitment(const Submission &submission)
{
    return submission.kind == QLatin1String("commitments");
}

template <typename Records> bool contains(const Records &records, qint64 id)
{
    return id != 0 && std::any_of(records.cbegin(), records.cend(),
                                  [id](const auto &record) { return record.id == id; });
}

// Edits a submission's words before it is approved: one box per part it has.
class SubmissionEditor : public QDialog {
public:
    SubmissionEditor(Submission &submission, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(ModerationQueue::tr("Corregir antes de aprobar"));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        const auto add = [this, form](const QString &label, QString *field) {
            auto *box = new QPlainTextEdit(*field);
            box->setTabChangesFocus(true);
            form->addRow(label, box);
            m_fields << qMakePair(box, field);
        };
        if (isCommitment(submission)) {
            add(ModerationQueue::tr("Mis alumnos requieren mejorar…"), &submission.studentsNeed);
            add(ModerationQueue::tr("Acciones"), &submission.actions);
            add(ModerationQueue::tr("Compartiré en marzo mediante…"), &submission.shareHow);
            add(ModerationQueue::tr("Evidencias"), &submission.evidence);
        } else {
            add(ModerationQueue::tr("Texto"), &submission.text);
        }
        layout->addLayout(form);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(ModerationQueue::tr("Aprobar"));
        buttons->button(QDialogButtonBox::Cancel)->setText(ModerationQueue::tr("Cancelar"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        resize(560, isCommitment(submission) ? 480 : 240);
    }
    void accept() override
    {
        for (const auto &[box, field] : m_fields)
            *field = box->toPlainText().trimmed();
        QDialog::accept();
    }

private:
    QVector<QPair<QPlainTextEdit *, QString *>> m_fields;
};

} // namespace

ModerationQueue::ModerationQueue(Bitacora &bitacora, UndoStackFor undoStackFor, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_undoStackFor(std::move(undoStackFor))
{
    setObjectName(QStringLiteral("moderationQueue"));
    // An approval undone or redone from a sheet's undo: the queue shows it waiting, or not.
    connect(&m_bitacora, &Bitacora::submissionChanged, this, [this] {
        if (!m_deciding)
            refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = plainLabel();
    m_summary->setObjectName(QStringLiteral("moderationSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("moderationTable"));
    m_table->setAccessibleName(tr("Envíos por revisar"));
    m_table->setHorizontalHeaderLabels({tr("Act."), tr("Quién"), tr("Texto"), tr("Teléfono")});
    // Not ResizeToContents: that measures the whole column again on every row added, and 900
    // rows arriving together would hold the window for seconds. An activity is "22" at most.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(
        0, m_table->horizontalHeader()->sectionSizeHint(0) +
               fontMetrics().horizontalAdvance(QStringLiteral("22")));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    const auto button = [row](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        row->addWidget(b);
        return b;
    };
    connect(button(tr("Aprobar (Intro)"), "approveButton"), &QPushButton::clicked, this,
            &ModerationQueue::approveSelected);
    connect(button(tr("Corregir (F2)"), "editSubmissionButton"), &QPushButton::clicked, this,
            &ModerationQueue::editCurrent);
    connect(button(tr("Rechazar (Supr)"), "rejectButton"), &QPushButton::clicked, this,
            &ModerationQueue::rejectSelected);
    connect(button(tr("Bloquear el teléfono (Mayús+Supr)"), "blockDeviceButton"),
            &QPushButton::clicked, this, &ModerationQueue::rejectAllFromDevice);
    layout->addLayout(row);
    m_showRejected = new QCheckBox;
    m_showRejected->setObjectName(QStringLiteral("showRejectedCheckBox"));
    connect(m_showRejected, &QCheckBox::toggled, this, &ModerationQueue::refresh);
    layout->addWidget(m_showRejected);
    m_pendingRefresh = new QTimer(this);
    m_pendingRefresh->setSingleShot(true);
    m_pendingRefresh->setInterval(150);
    connect(m_pendingRefresh, &QTimer::timeout, this, &ModerationQueue::appendArrivals);
    refresh();
}

void ModerationQueue::scheduleRefresh()
{
    if (!m_pendingRefresh->isActive())
        m_pendingRefresh->start();
}

bool ModerationQueue::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            approveSelected();
            return true;
        case Qt::Key_Delete:
            if (static_cast<QKeyEvent *>(event)->modifiers() & Qt::ShiftModifier)
                rejectAllFromDevice();
            else
                rejectSelected();
            return true;
        case Qt::Key_F2:
            editCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ModerationQueue::whoSent(const Submission &submission) const
{
    if (contains(m_bitacora.participants(), submission.participantId))
        return m_bitacora.participantWithSchool(submission.participantId);
    QString who = tr("%1 (no está en la lista)").arg(submission.typedName);
    if (contains(m_bitacora.schools(), submission.schoolId))
        who += QStringLiteral(" · ") + m_bitacora.schoolName(submission.schoolId);
    return who;
}

QString ModerationQueue::textOf(const Submission &submission)
{
    if (!isCommitment(submission))
        return submission.text;
    QStringList parts;
    for (const QString &part :
         {submission.studentsNeed, submission.actions, submission.shareHow, submission.evidence}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" / "));
}

QString ModerationQueue::summary() const
{
    return m_summary->text();
}

void ModerationQueue::refresh()
{
    m_pendingRefresh->stop();
    const int current = m_table->currentRow();
    // A read that fails gives nothing: the next arrival reads again.
    m_pending = m_bitacora.submissions(Submission::State::Pending);
    const int rejected = m_bitacora.submissionCount(Submission::State::Rejected);
    // Rejected ones stay, struck, after the pending ones: Intro takes one back.
    if (m_showRejected->isChecked())
        m_pending << m_bitacora.submissions(Submission::State::Rejected);
    showRows(0);
    if (!m_pending.isEmpty() && m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(qMax(0, qMin(current, int(m_pending.size()) - 1)));
    showSummary(rejected);
}

void ModerationQueue::appendArrivals()
{
    m_pendingRefresh->stop();
    // The rejected ones are listed after the pending ones: with them shown, new ones go between.
    if (m_showRejected->isChecked()) {
        refresh();
        return;
    }
    qint64 lastSeen = 0;
    for (const Submission &s : std::as_const(m_pending))
        lastSeen = qMax(lastSeen, s.id);
    const QVector<Submission> arrived =
        m_bitacora.submissions(Submission::State::Pending, lastSeen);
    const int rejected = m_bitacora.submissionCount(Submission::State::Rejected);
    if (arrived.isEmpty())
        return;
    const int first = int(m_pending.size());
    m_pending << arrived;
    showRows(first);
    if (m_table->selectionModel()->selectedRows().isEmpty())
        m_table->selectRow(qMax(0, qMin(m_table->currentRow(), int(m_pending.size()) - 1)));
    showSummary(rejected);
}

QString ModerationQueue::whoCell(const Submission &submission) const
{
    const QString who = whoSent(submission);
    const auto devices = m_devicesByName.constFind(submission.typedName.toCaseFolded());
    // One name from two phones: somebody may be sending as somebody else.
    if (submission.participantId == 0 && devices != m_devicesByName.cend() && devices->size() > 1)
        return tr("⚠ %1 (el mismo nombre desde %2 teléfonos)").arg(who).arg(devices->size());
    return who;
}

void ModerationQueue::showRows(int first)
{
    // Names typed on phones, by the devices that use them: a name used by a new device marks
    // the rows already shown too.
    if (first == 0)
        m_devicesByName.clear();
    QSet<QString> newlyShared;
    for (int row = first; row < m_pending.size(); ++row) {
        const Submission &s = m_pending.at(row);
        if (s.typedName.isEmpty())
            continue;
        QSet<QString> &devices = m_devicesByName[s.typedName.toCaseFolded()];
        devices.insert(s.device);
        if (devices.size() > 1)
            newlyShared.insert(s.typedName.toCaseFolded());
    }
    for (int row = 0; row < first && !newlyShared.isEmpty(); ++row) {
        if (newlyShared.contains(m_pending.at(row).typedName.toCaseFolded()))
            m_table->item(row, 1)->setText(whoCell(m_pending.at(row)));
    }
    m_table->setRowCount(int(m_pending.size()));
    for (int row = first; row < m_pending.size(); ++row) {
        const Submission &s = m_pending.at(row);
        const QStringList cells = {QString::number(s.activity), whoCell(s), textOf(s),
                                   s.device.right(6)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (s.state == Submission::State::Rejected) {
                QFont struck = item->font();
                struck.setStrikeOut(true);
                item->setFont(struck);
                item->setForeground(MutedText::on(palette()));
            }
            m_table->setItem(row, column, item);
        }
        m_table->resizeRowToContents(row);
    }
}

void ModerationQueue::showSummary(int rejected)
{
    m_showRejected->setText(tr("Mostrar los rechazados (%1)").arg(rejected));
    const int pending = pendingCount();
    m_summary->setText(pending == 0
                           ? tr("Nada pendiente: lo que envíen los teléfonos aparece aquí.")
                           : tr("%n envío(s) por revisar.", nullptr, pending));
    Q_EMIT pendingChanged(pending);
}

QVector<Submission> ModerationQueue::selected() const
{
    QVector<Submission> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_pending.size())
            chosen << m_pending.at(index.row());
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Submission &a, const Submission &b) { return a.id < b.id; });
    return chosen;
}

bool ModerationQueue::approve(const Submission &submission)
{
    // One transaction and one step of the sheet's undo: the person, the words, the decision.
    const Approval approval = Approval::plan(submission, m_bitacora.schools(),
                                             m_bitacora.participants(), m_bitacora.teams());
    QUndoStack &stack = m_undoStackFor(submission.activity, submission.kind);
    const QScopedValueRollback<bool> deciding(m_deciding, true); // the queue drops it itself
    const auto written = std::make_shared<bool>(false);
    stack.push(new ApprovalCommand(m_bitacora, approval, written));
    return *written; // a failed write left the stack (and was told)
}

QSet<qint64> ModerationQueue::idsOf(const QVector<Submission> &submissions)
{
    QSet<qint64> ids;
    for (const Submission &submission : submissions)
        ids.insert(submission.id);
    return ids;
}

bool ModerationQueue::reject(const QVector<Submission> &submissions)
{
    if (submissions.isEmpty())
        return false;
    // One step of the undo of the sheet the first one was sent to (Ctrl+Z there takes it back).
    QVector<qint64> ids;
    for (const Submission &submission : submissions)
        ids << submission.id;
    QUndoStack &stack = m_undoStackFor(submissions.first().activity, submissions.first().kind);
    const QScopedValueRollback<bool> deciding(m_deciding, true); // the queue drops them itself
    const auto written = std::make_shared<bool>(false);
    stack.push(new RejectionCommand(m_bitacora, ids, written));
    return *written;
}

void ModerationQueue::approveSelected()
{
    QSet<qint64> approved;
    for (const Submission &submission : selected()) {
        if (submission.state == Submission::State::Rejected) {
            // Taken back: it goes through a full reading, as it moves to the pending ones.
            approve(submission);
            m_table->clearSelection();
            refresh();
            return;
        }
        if (!approve(submission))
            break;
        approved.insert(submission.id);
    }
    if (!approved.isEmpty()) // a failure keeps the selection, to try again
        dropDecided(approved);
}

void ModerationQueue::rejectSelected()
{
    QVector<Submission> rejected;
    for (const Submission &submission : selected()) {
        if (submission.state == Submission::State::Pending)
            rejected << submission;
    }
    if (reject(rejected)) // a failure is told by the Bitacora
        dropDecided(idsOf(rejected));
}

void ModerationQueue::rejectAllFromDevice()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    const QString device = m_pending.at(row).device;
    QVector<Submission> rejected;
    for (const Submission &submission : std::as_const(m_pending)) {
        if (submission.device == device && submission.state == Submission::State::Pending)
            rejected << submission;
    }
    if (!reject(rejected)) // told by the Bitacora
        return;
    Q_EMIT deviceBlocked(device);
    dropDecided(idsOf(rejected));
}

void ModerationQueue::dropDecided(const QSet<qint64> &ids)
{
    m_table->clearSelection();
    if (m_showRejected->isChecked()) {
        refresh(); // the rejected ones are listed in an order of their own
        return;
    }
    int first = -1;
    for (int row = int(m_pending.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_pending.at(row).id))
            continue;
        m_table->removeRow(row);
        m_pending.remove(row);
        first = row;
    }
    const int rejectedCount = m_bitacora.submissionCount(Submission::State::Rejected);
    if (!m_pending.isEmpty() && first >= 0)
        m_table->selectRow(qMin(first, int(m_pending.size()) - 1));
    showSummary(rejectedCount);
}

void ModerationQueue::editCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    Submission submission = m_pending.at(row);
    SubmissionEditor editor(submission, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    approve(submission);
    m_table->clearSelection();
    refresh();
}

} // namespace fcte
