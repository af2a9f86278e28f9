#include "app/evidence/EvidencePanel.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"
#include "app/evidence/RemoveEvidenceCommand.h"

#include "app/Messages.h"
#include "app/export/FileDialogs.h"
#include "core/export/Exporters.h"
#include "core/session/Bitacora.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fcte {
namespace {

constexpr int IndexRole = Qt::UserRole;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

EvidencePanel::EvidencePanel(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("evidencePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    auto *heading = plainLabel(tr("Evidencias:"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    row->addWidget(heading);
    m_status = plainLabel();
    m_status->setObjectName(QStringLiteral("evidenceStatusLabel"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_keepOriginal = new QCheckBox(tr("Guardar también el original"));
    m_keepOriginal->setObjectName(QStringLiteral("keepOriginalCheckBox"));
    m_keepOriginal->setToolTip(tr("Las fotos se guardan reducidas a 2400 píxeles; el original "
                                  "ocupa varias veces más en la bitácora"));
    row->addWidget(m_keepOriginal);
    auto *add = new QPushButton(tr("Agregar…"));
    add->setObjectName(QStringLiteral("addEvidenceButton"));
    add->setToolTip(tr("Fotos de papelógrafos, presentaciones en PDF… (también puede "
                       "arrastrarlas a esta página)"));
    m_project = new QPushButton(tr("Proyectar"));
    m_project->setObjectName(QStringLiteral("projectEvidenceButton"));
    m_save = new QPushButton(tr("Guardar copia…"));
    m_save->setObjectName(QStringLiteral("saveEvidenceButton"));
    m_remove = new QPushButton(tr("Quitar"));
    m_remove->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_schools = new QPushButton(tr("Escuelas"));
    m_schools->setObjectName(QStringLiteral("evidenceSchoolsButton"));
    m_schools->setToolTip(tr("De qué escuelas es: la bitácora propia de cada escuela lleva sus "
                             "evidencias y las de todo el colectivo (sin escuela marcada)"));
    m_schools->setMenu(new QMenu(m_schools));
    connect(m_schools->menu(), &QMenu::aboutToShow, this, &EvidencePanel::fillSchoolsMenu);
    for (QPushButton *button : {add, m_project, m_save, m_schools, m_remove})
        row->addWidget(button);
    layout->addLayout(row);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidencias de la actividad"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(96, 72));
    m_list->setGridSize(QSize(132, 104));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setFixedHeight(124);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_list);

    connect(add, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_project, &QPushButton::clicked, this, &EvidencePanel::projectCurrent);
    connect(m_save, &QPushButton::clicked, this, &EvidencePanel::chooseCopyPath);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &EvidencePanel::projectCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &EvidencePanel::refreshButtons);
    m_list->installEventFilter(this); // Supr removes the current item
    connect(
        m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] {
            if (m_refreshAfterEditing)
                refresh();
        },
        Qt::QueuedConnection);
    // F2 edits the text under a thumbnail: that text is the caption.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = item->data(IndexRole).toInt();
        if (index < 0 || index >= m_shown.size())
            return;
        const Evidence &evidence = m_shown.at(index);
        const QString typed = item->text().trimmed();
        if (typed == evidence.caption || (evidence.caption.isEmpty() && typed == evidence.fileName))
            return;
        if (m_bitacora.setEvidenceCaption(evidence, typed))
            m_shown[index].caption = typed; // projected at once, before the list is rebuilt
    });
    // Queued: a caption is saved while its editor is still closing, and the list is rebuilt
    // only after.
    connect(
        &m_bitacora, &Bitacora::evidenceChanged, this,
        [this](int activity) {
            if (activity == m_activity)
                refresh();
        },
        Qt::QueuedConnection);
    connect(&m_preparing, &QFutureWatcher<QVector<EvidenceFile::Prepared>>::finished, this,
            &EvidencePanel::storePrepared);
    connect(&m_decoding, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage picture = m_decoding.result();
        if (picture.isNull())
            Messages::warning(this, tr("No se pudo proyectar"),
                              tr("La imagen guardada no se pudo leer."));
        else
            Q_EMIT projectRequested(picture, m_decodingCaption);
    });
    acceptDropsOn(this);
    refresh();
}

void EvidencePanel::setActivity(int activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    refresh();
}

void EvidencePanel::acceptDropsOn(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool EvidencePanel::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (watched == m_list && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) &&
            !m_list->indexWidget(m_list->currentIndex())) {
            removeCurrent();
            return true;
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->acceptProposedAction();
        addFiles(files);
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void EvidencePanel::addFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        m_queue << Pending{path, m_activity};
    prepareNext();
}

bool EvidencePanel::isBusy() const
{
    return !m_queue.isEmpty() || !m_preparingNow.isEmpty();
}

void EvidencePanel::prepareNext()
{
    if (!m_preparingNow.isEmpty() || m_queue.isEmpty())
        return;
    m_preparingNow = m_queue;
    m_queue.clear();
    QStringList paths;
    for (const Pending &pending : m_preparingNow)
        paths << pending.path;
    const bool keepOriginal = m_keepOriginal->isChecked();
    m_preparing.setFuture(QtConcurrent::run([paths, keepOriginal] {
        QVector<EvidenceFile::Prepared> prepared;
        for (const QString &path : paths)
            prepared << EvidenceFile::prepare(path, keepOriginal);
        return prepared;
    }));
    refresh();
}

void EvidencePanel::storePrepared()
{
    QVector<EvidenceFile::Prepared> prepared = m_preparing.result();
    QStringList refused;
    int stored = 0;
    for (int i = 0; i < prepared.size() && i < m_preparingNow.size(); ++i) {
        EvidenceFile::Prepared &file = prepared[i];
        if (!file.error.isEmpty()) {
            refused << file.error;
            continue;
        }
        // It belongs to the activity it was dropped on, even if the director has moved on.
        file.evidence.activity = m_preparingNow.at(i).activity;
        if (m_bitacora.addEvidence(file.evidence, file.data, file.original))
            ++stored;
    }
    m_preparingNow.clear();
    refresh();
    if (!refused.isEmpty())
        Messages::warning(this, tr("No se agregaron algunos archivos"),
                          refused.join(QLatin1Char('\n')));
    Q_EMIT filesAdded(stored);
    prepareNext();
}

void EvidencePanel::chooseFiles()
{
    const QStringList paths = FileDialogs::openFileNames(
        this, tr("Agregar fotos o archivos"),
        tr("Fotos y documentos (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.pptx *.docx *.xlsx);;"
           "Todos los archivos (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

const Evidence *EvidencePanel::currentEvidence() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(IndexRole).toInt();
    return index >= 0 && index < m_shown.size() ? &m_shown.at(index) : nullptr;
}

void EvidencePanel::projectCurrent()
{
    const Evidence *evidence = currentEvidence();
    if (!evidence || !evidence->isImage() || m_decoding.isRunning())
        return;
    m_decodingCaption = evidence->caption.isEmpty() ? evidence->fileName : evidence->caption;
    const QByteArray data = m_bitacora.evidenceData(evidence->id);
    m_decoding.setFuture(QtConcurrent::run([data] { return EvidenceFile::decode(data); }));
}

void EvidencePanel::chooseCopyPath()
{
    const Evidence *evidence = currentEvidence();
    if (!evidence)
        return;
    // The name only: an archive may carry any text as a file's name, a path included.
    const QString path = FileDialogs::saveFileName(this, tr("Guardar una copia"),
                                                   QFileInfo(evidence->fileName).fileName(),
                                                   tr("Todos los archivos (*)"));
    if (!path.isEmpty())
        saveCopyOfCurrent(path);
}

bool EvidencePanel::saveCopyOfCurrent(const QString &path)
{
    const Evidence *evidence = currentEvidence();
    if (!evidence)
        return false;
    // The photo as it was taken when it was kept; otherwise what the bitácora holds.
    const QByteArray bytes = evidence->hasOriginal ? m_bitacora.evidenceOriginal(evidence->id)
                                                   : m_bitacora.evidenceData(evidence->id);
    const QString error = Exporters::writeFile(path, bytes);
    if (!error.isEmpty()) {
        Messages::warning(this, tr("No se guardó la copia"), error);
        return false;
    }
    return true;
}

void EvidencePanel::removeCurrent()
{
    const Evidence *evidence = currentEvidence();
    if (!evidence)
        return;
    const Evidence doomed = *evidence;
    if (!Messages::riskyQuestion(this, tr("Quitar de la bitácora"),
                                 tr("¿Quitar «%1» de las evidencias de esta actividad? Ctrl+Z "
                                    "la devuelve.")
                                     .arg(doomed.fileName)))
        return;
    if (m_undoStack)
        m_undoStack().push(new RemoveEvidenceCommand(m_bitacora, doomed));
    else
        m_bitacora.removeEvidence(doomed);
}

QString EvidencePanel::statusText() const
{
    return m_status->text();
}

void EvidencePanel::refresh()
{
    // Rebuilding the list under an open caption editor would orphan it: once it closes.
    if (m_list->indexWidget(m_list->currentIndex())) { // F2 edits the current item

        m_refreshAfterEditing = true;
        return;
    }
    m_refreshAfterEditing = false;
    const int current = m_list->currentRow();
    m_shown = m_activity > 0 ? m_bitacora.evidence(m_activity) : QVector<Evidence>();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QIcon fileIcon; // read from the style only when a file has no picture (it decodes PNGs)
        for (int i = 0; i < m_shown.size(); ++i) {
            const Evidence &evidence = m_shown.at(i);
            QPixmap thumbnail;
            const bool pictured = thumbnail.loadFromData(evidence.thumbnail, "JPEG");
            if (!pictured && fileIcon.isNull())
                fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
            auto *item = new QListWidgetItem(pictured ? QIcon(thumbnail) : fileIcon,
                                             evidence.caption.isEmpty() ? evidence.fileName
                                                                        : evidence.caption);
            item->setData(IndexRole, i);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            // Tooltips read markup: a file may be named anything, so its name is escaped.
            QStringList about;
            for (qint64 id : evidence.schoolIds)
                about << m_bitacora.schoolName(id);
            item->setToolTip(plainToolTip(
                evidence.fileName + QLatin1Char('\n') + EvidenceFile::sizeText(evidence.size) +
                QLatin1Char('\n') +
                (about.isEmpty() ? tr("De todo el colectivo")
                                 : tr("De: %1").arg(about.join(QStringLiteral(", "))))));
            m_list->addItem(item);
        }
        m_list->setCurrentRow(qMax(0, qMin(current, int(m_shown.size()) - 1)));
    }
    // Without evidence, one line: the tools for what is there appear with it.
    const bool wasShown = !m_list->isHidden();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_list, m_project, m_save, m_remove})
        widget->setVisible(!m_shown.isEmpty());
    // Tags matter only where schools share the session.
    m_schools->setVisible(!m_shown.isEmpty() && m_bitacora.schools().size() > 1);
    if (wasShown != !m_shown.isEmpty())
        Q_EMIT shownChanged();
    if (isBusy())
        m_status->setText(
            tr("Preparando %n archivo(s)…", nullptr, int(m_preparingNow.size() + m_queue.size())));
    else if (m_shown.isEmpty())
        m_status->setText(tr("ninguna; arrastre aquí fotos o archivos."));
    else
        m_status->setText(tr("%n · Intro proyecta · F2 pie de foto", nullptr, int(m_shown.size())));
    refreshButtons();
}

void EvidencePanel::fillSchoolsMenu()
{
    QMenu *menu = m_schools->menu();
    menu->clear();
    const Evidence *evidence = currentEvidence();
    if (!evidence)
        return;
    const Evidence chosen = *evidence;
    for (const School &school : m_bitacora.schools()) {
        // A school named "Hidalgo & Costilla" keeps its "&" (a menu reads it as a shortcut).
        QAction *action =
            menu->addAction(QString(school.name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setCheckable(true);
        action->setChecked(chosen.schoolIds.contains(school.id));
        connect(action, &QAction::toggled, this, [this, chosen, id = school.id](bool on) {
            QVector<qint64> ids = chosen.schoolIds;
            ids.removeAll(id);
            if (on)
                ids << id;
            m_bitacora.setEvidenceSchools(chosen, ids); // the list is rebuilt by its signal
        });
    }
}

void EvidencePanel::refreshButtons()
{
    const Evidence *evidence = currentEvidence();
    m_schools->setEnabled(evidence);
    m_project->setEnabled(evidence && evidence->isImage());
    m_save->setEnabled(evidence);
    m_remove->setEnabled(evidence);
}

} // namespace fcte
