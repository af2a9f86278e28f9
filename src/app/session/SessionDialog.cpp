#include "app/session/SessionDialog.h"

#include "app/Messages.h"
#include "app/PlainToolTip.h"

#include "app/export/FileDialogs.h"
#include "app/session/RosterPreviewDialog.h"
#include "app/session/RosterReuseDialog.h"
#include "app/session/RosterTable.h"
#include "core/guide/Guide.h"
#include "core/model/Cct.h"
#include "core/model/SchoolLabels.h"
#include "core/model/StoreError.h"
#include "core/session/Notebook.h"
#include "core/session/Roster.h"
#include "core/session/RosterImport.h"
#include "core/text/DateText.h"
#include "core/text/TextDecoding.h"
#include "core/text/XlsxReader.h"
#include "ui_SessionDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QWheelEvent>

#include <algorithm>

namespace fcte {
namespace {

enum SchoolColumn { SchoolName, SchoolCct, SchoolLevel, SchoolShift, SchoolDirector };
enum ParticipantColumn {
    PersonName,
    PersonSchool,
    PersonRole,
    PersonSpecialty,
    PersonGrade,
    PersonRecorder
};

// Each school row gets a key that outlives row moves, so participant choices stay right.
constexpr int IdRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

// A screen reader says a cell's list by its column: "Nivel", "Escuela", "Función"…
void nameCellWidgets(QTableWidget *table, int row)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        QWidget *cell = table->cellWidget(row, column);
        if (cell && table->horizontalHeaderItem(column))
            cell->setAccessibleName(table->horizontalHeaderItem(column)->text());
    }
}

// A combo box in a table cell: the mouse wheel scrolls the table over it, and changes the
// row's school or function only while the cell is being edited (it has the focus).
class CellComboBox : public QComboBox {
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // to the table, which scrolls
    }
};

// A column of lists as wide as its widest choice, in whichever language: "Primary school" is
// never cut to "Primary sch" (checked once per row, never narrowed).
void widenForLists(QTableWidget *table, int row, std::initializer_list<int> columns)
{
    for (const int column : columns)
        if (const QWidget *list = table->cellWidget(row, column))
            if (table->columnWidth(column) < list->sizeHint().width())
                table->setColumnWidth(column, list->sizeHint().width());
}

QComboBox *makeCombo(const QList<QPair<QString, QString>> &choices, const QString &current,
                     bool editable = false)
{
    auto *combo = new CellComboBox;
    combo->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: a wheel passing by takes nothing
    combo->setEditable(editable);
    for (const auto &[key, label] : choices)
        combo->addItem(label, key);
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (editable)
        combo->setEditText(current);
    return combo;
}

QString comboValue(const QComboBox *combo)
{
    if (combo->isEditable())
        return combo->currentText().trimmed();
    return combo->currentData().toString();
}

} // namespace

SessionDialog::SessionDialog(Notebook &notebook, const Guide &guide, qint64 sessionId,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionDialog>())
    , m_notebook(notebook)
    , m_guide(guide)
    , m_sessionId(sessionId)
{
    m_ui->setupUi(this);
    setWindowTitle(sessionId == 0 ? tr("Nueva sesión") : tr("Datos de la sesión"));
    m_ui->dateEdit->setDisplayFormat(DateText::format()); // as the lists and the PDF write it
    m_ui->schoolsTable->horizontalHeader()->setSectionResizeMode(SchoolName, QHeaderView::Stretch);
    // The director's whole name, as the school's: both share what the lists leave.
    m_ui->schoolsTable->horizontalHeader()->setSectionResizeMode(SchoolDirector,
                                                                 QHeaderView::Stretch);
    m_ui->participantsTable->horizontalHeader()->setSectionResizeMode(PersonName,
                                                                      QHeaderView::Stretch);
    // A school's name is long ("Escuela Primaria «Sor Juana Inés de la Cruz»"): its column is
    // wide enough to tell the schools apart.
    m_ui->participantsTable->setColumnWidth(PersonSchool, 280);
    m_ui->participantsTable->setColumnWidth(PersonRole, 150);
    m_ui->participantsTable->setColumnWidth(PersonSpecialty, 150);
    m_ui->participantsTable->setColumnWidth(PersonGrade, 130);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Guardar"));
    m_ui->tabs->setAccessibleName(tr("Datos de la sesión"));
    m_ui->schoolsTable->setAccessibleName(tr("Escuelas"));
    m_ui->participantsTable->setAccessibleName(tr("Participantes"));

    connect(m_ui->addSchoolButton, &QPushButton::clicked, this, [this] {
        const int row = addSchool();
        m_ui->schoolsTable->setCurrentCell(row, SchoolName);
        m_ui->schoolsTable->editItem(m_ui->schoolsTable->item(row, SchoolName));
    });
    connect(m_ui->removeSchoolButton, &QPushButton::clicked, this,
            &SessionDialog::removeSelectedSchool);
    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, [this] {
        const int row = addParticipant({}, schoolRowForNewParticipant());
        m_ui->participantsTable->setCurrentCell(row, PersonName);
        m_ui->participantsTable->editItem(m_ui->participantsTable->item(row, PersonName));
    });
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this,
            &SessionDialog::removeSelectedParticipant);
    setUpKeyboard(m_ui->schoolsTable, false);
    setUpKeyboard(m_ui->participantsTable, true);
    for (const bool participants : {false, true}) {
        auto *paste = new QPushButton(tr("Pegar desde hoja de cálculo"));
        paste->setObjectName(participants ? QStringLiteral("pasteParticipantsButton")
                                          : QStringLiteral("pasteSchoolsButton"));
        paste->setToolTip(tr("Copie las filas en Excel, Calc o Google Sheets y péguelas (Ctrl+V)"));
        auto *file = new QPushButton(tr("Importar Excel o CSV…"));
        file->setObjectName(participants ? QStringLiteral("importParticipantsButton")
                                         : QStringLiteral("importSchoolsButton"));
        QBoxLayout *row = participants ? m_ui->participantButtons : m_ui->schoolButtons;
        row->insertWidget(2, paste);
        row->insertWidget(3, file);
        connect(paste, &QPushButton::clicked, this, [this, participants] {
            addFromText(QGuiApplication::clipboard()->text(), participants);
        });
        connect(file, &QPushButton::clicked, this, [this, participants] {
            const QString path = FileDialogs::openFileName(
                this, tr("Importar una lista"),
                tr("Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)"));
            if (!path.isEmpty())
                addFromFile(path, participants);
        });
    }
    auto *reuse = new QPushButton(tr("Copiar de otra sesión…"));
    reuse->setObjectName(QStringLiteral("reuseRosterButton"));
    reuse->setToolTip(tr("Las escuelas y el personal de una sesión anterior"));
    const QVector<SessionInfo> sessions = m_notebook.sessions();
    reuse->setVisible(std::any_of(sessions.cbegin(), sessions.cend(), [sessionId](const auto &s) {
        return s.id != sessionId && !s.isDemo;
    }));
    m_ui->schoolButtons->insertWidget(4, reuse);
    connect(reuse, &QPushButton::clicked, this, &SessionDialog::copyFromEarlierSession);
    connect(m_ui->schoolsTable, &QTableWidget::itemChanged, this,
            &SessionDialog::refreshSchoolChoices);
    connect(m_ui->schoolsTable, &QTableWidget::itemChanged, this, &SessionDialog::proposeLevel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    load();
    m_loadedContent = contentFingerprint();
    // Roomy on a laptop (school names whole in the roster), never past the screen.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableGeometry().size() * 0.9;
        resize(QSize(1200, 700).boundedTo(room).expandedTo(size().boundedTo(room)));
    }
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::load()
{
    SessionInfo info;
    info.heldOn = QDate::currentDate();
    info.title = m_guide.title;
    if (m_sessionId != 0) {
        if (const auto stored = m_notebook.session(m_sessionId))
            info = *stored;
    }
    m_ui->titleEdit->setText(info.title);
    m_ui->dateEdit->setDate(info.heldOn);
    m_ui->placeEdit->setText(info.place);
    m_ui->zoneEdit->setText(info.zone);
    m_ui->startTimeEdit->setTime(info.plannedStart);
    m_ui->endTimeEdit->setTime(info.plannedEnd);
    if (m_sessionId == 0)
        return;

    QHash<qint64, int> rowOfSchool;
    for (const School &school : m_notebook.schools(m_sessionId))
        rowOfSchool.insert(school.id, addSchool(school));
    for (const Participant &person : m_notebook.participants(m_sessionId))
        addParticipant(person, rowOfSchool.value(person.schoolId, -1));
}

int SessionDialog::addSchool(const School &school, int at, int key)
{
    QTableWidget *table = m_ui->schoolsTable;
    const QSignalBlocker blocker(table);
    const int row = at >= 0 && at <= table->rowCount() ? at : table->rowCount();
    table->insertRow(row);
    auto *name = new QTableWidgetItem(school.name);
    name->setData(IdRole, school.id);
    name->setData(KeyRole, key > 0 ? key : m_nextSchoolKey++);
    table->setItem(row, SchoolName, name);
    table->setItem(row, SchoolCct, new QTableWidgetItem(school.cct));
    table->setCellWidget(row, SchoolLevel,
                         makeCombo(SchoolLabels::levels(), school.level.isEmpty()
                                                               ? QStringLiteral("primaria")
                                                               : school.level));
    table->setCellWidget(row, SchoolShift,
                         makeCombo(SchoolLabels::shifts(), school.shift.isEmpty()
                                                               ? QStringLiteral("matutino")
                                                               : school.shift));
    table->setItem(row, SchoolDirector, new QTableWidgetItem(school.director));
    widenForLists(table, row, {SchoolLevel, SchoolShift});
    nameCellWidgets(table, row);
    refreshSchoolChoices();
    return row;
}

void SessionDialog::flagRow(int row, const QStringList &problems)
{
    QTableWidgetItem *name = m_ui->participantsTable->item(row, PersonName);
    if (!name)
        return;
    name->setBackground(QColor(0xfd, 0xe0, 0xe0));
    name->setData(ObservationsRole, problems.join(QLatin1Char('\n')));
    name->setToolTip(
        plainToolTip(tr("Observaciones de la lista: %1").arg(problems.join(QStringLiteral("; ")))));
}

int SessionDialog::addParticipant(const Participant &person, int schoolRow, int at)
{
    QTableWidget *table = m_ui->participantsTable;
    const int row = at >= 0 && at <= table->rowCount() ? at : table->rowCount();
    table->insertRow(row);
    auto *name = new QTableWidgetItem(person.name);
    name->setData(IdRole, person.id);
    table->setItem(row, PersonName, name);
    auto *school = new CellComboBox;
    school->setFocusPolicy(Qt::StrongFocus);
    const QTableWidgetItem *schoolItem =
        schoolRow >= 0 ? m_ui->schoolsTable->item(schoolRow, SchoolName) : nullptr;
    school->setProperty("schoolKey", schoolItem ? schoolItem->data(KeyRole).toInt() : 0);
    table->setCellWidget(row, PersonSchool, school);
    table->setCellWidget(row, PersonRole,
                         makeCombo(SchoolLabels::roles(), person.role.isEmpty()
                                                              ? QStringLiteral("docente")
                                                              : person.role));
    table->setCellWidget(row, PersonSpecialty,
                         makeCombo({{QString(), QString()},
                                    {tr("Educación Física"), tr("Educación Física")},
                                    {tr("Inglés"), tr("Inglés")},
                                    {tr("Computación"), tr("Computación")},
                                    {QStringLiteral("USAER"), QStringLiteral("USAER")}},
                                   person.specialty, true));
    table->setItem(row, PersonGrade, new QTableWidgetItem(person.grade));
    widenForLists(table, row, {PersonRole, PersonSpecialty});
    auto *recorder = new QTableWidgetItem;
    recorder->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    recorder->setCheckState(person.isRecorder ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, PersonRecorder, recorder);
    nameCellWidgets(table, row);
    refreshSchoolChoices();
    return row;
}

void SessionDialog::proposeLevel(QTableWidgetItem *item)
{
    if (!item || item->column() != SchoolCct)
        return;
    const QString level = Cct::proposedLevel(item->text());
    auto *combo = comboAt(item->row(), SchoolLevel, false);
    const int index = combo ? combo->findData(level) : -1;
    if (!level.isEmpty() && index >= 0)
        combo->setCurrentIndex(index); // a proposal: the combo stays editable by hand
}

void SessionDialog::removeSelectedSchool()
{
    const int row = m_ui->schoolsTable->currentRow();
    if (row < 0)
        return;
    // Kept for Ctrl+Z: the school, where it was, and the key its people point at.
    RemovedRow removed;
    removed.row = row;
    removed.school = collectRoster().schools.at(row);
    removed.key = m_ui->schoolsTable->item(row, SchoolName)->data(KeyRole).toInt();
    m_removedSchools << removed;
    m_ui->schoolsTable->removeRow(row);
    refreshSchoolChoices();
}

void SessionDialog::removeSelectedParticipant()
{
    const int row = m_ui->participantsTable->currentRow();
    if (row < 0)
        return;
    const RosterEdit roster = collectRoster();
    RemovedRow removed;
    removed.row = row;
    removed.participant = roster.members.at(row).participant;
    const int schoolRow = roster.members.at(row).schoolRow;
    removed.key =
        schoolRow >= 0 ? m_ui->schoolsTable->item(schoolRow, SchoolName)->data(KeyRole).toInt() : 0;
    m_removedParticipants << removed;
    m_ui->participantsTable->removeRow(row);
}

void SessionDialog::restoreRemoved(bool participants)
{
    QVector<RemovedRow> &stack = participants ? m_removedParticipants : m_removedSchools;
    if (stack.isEmpty())
        return;
    const RemovedRow removed = stack.takeLast();
    QTableWidget *table = participants ? m_ui->participantsTable : m_ui->schoolsTable;
    int row = 0;
    if (participants) {
        int schoolRow = -1;
        for (int school = 0; school < m_ui->schoolsTable->rowCount(); ++school) {
            if (m_ui->schoolsTable->item(school, SchoolName)->data(KeyRole).toInt() == removed.key)
                schoolRow = school;
        }
        row = addParticipant(removed.participant, schoolRow, removed.row);
    } else {
        row = addSchool(removed.school, removed.row, removed.key);
    }
    table->setCurrentCell(row, 0);
}

void SessionDialog::setUpKeyboard(RosterTable *table, bool participants)
{
    table->installEventFilter(this);
    // Tab past the last cell adds a row; Ctrl+N or Insert add one too; Ctrl+Supr removes the
    // current row and Ctrl+Z brings it back where it was.
    const auto append = [this, table, participants] {
        const int row =
            participants ? addParticipant({}, schoolRowForNewParticipant()) : addSchool();
        table->setCurrentCell(row, 0);
        return row;
    };
    table->setRowAppender(append);
    const auto shortcut = [table](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, table);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(action, &QShortcut::activated, table, slot);
    };
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)})
        shortcut(keys, [table, append] { table->editItem(table->item(append(), 0)); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this, participants] {
        participants ? removeSelectedParticipant() : removeSelectedSchool();
    });
    shortcut(QKeySequence::Undo, [this, participants] { restoreRemoved(participants); });
    // Rows copied in a spreadsheet: a preview, then they are added (a cell being edited keeps
    // Ctrl+V for itself).
    shortcut(QKeySequence::Paste, [this, participants] {
        addFromText(QGuiApplication::clipboard()->text(), participants);
    });
}

bool SessionDialog::addFromText(const QString &text, bool participants)
{
    if (text.trimmed().isEmpty())
        return false;
    return addFromRows(RosterImport::split(text), participants);
}

bool SessionDialog::addFromRows(const QVector<QStringList> &cells, bool participants)
{
    const RosterEdit roster = collectRoster();
    if (participants) {
        QStringList names;
        for (const RosterEdit::Member &member : roster.members)
            names << member.participant.name;
        const QVector<RosterImport::PersonRow> rows =
            RosterImport::participants(cells, roster.schools, names);
        RosterPreviewDialog preview(rows, roster.schools, this);
        if (rows.isEmpty() || preview.exec() != QDialog::Accepted)
            return false;
        for (const RosterImport::PersonRow &row : rows) {
            if (!row.problems.isEmpty() && preview.onlyRowsWithoutObservations())
                continue;
            const int added = addParticipant(row.person, row.schoolRow);
            // Marked in the roster as in the preview, until it is put right: a school that did
            // not match leaves the person out of every school's own bitácora.
            if (!row.problems.isEmpty())
                flagRow(added, row.problems);
        }
    } else {
        QStringList ccts;
        for (const School &school : roster.schools)
            ccts << school.cct;
        const QVector<RosterImport::SchoolRow> rows = RosterImport::schools(cells, ccts);
        RosterPreviewDialog preview(rows, this);
        if (rows.isEmpty() || preview.exec() != QDialog::Accepted)
            return false;
        for (const RosterImport::SchoolRow &row : rows)
            addSchool(row.school);
    }
    return true;
}

bool SessionDialog::addFromFile(const QString &path, bool participants)
{
    constexpr qint64 MaxRosterBytes = 5 * 1024 * 1024;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        const XlsxReader::Result sheet = XlsxReader::read(path, MaxRosterBytes);
        if (!sheet.error.isEmpty()) {
            Messages::warning(this, tr("No se pudo importar"), sheet.error);
            return false;
        }
        return addFromRows(sheet.rows, participants);
    }
    const TextDecoding::File file = TextDecoding::readFile(path, MaxRosterBytes);
    switch (file.problem) {
    case TextDecoding::File::Problem::CannotOpen:
        Messages::warning(this, tr("No se pudo abrir"),
                          tr("No se pudo leer «%1»: %2").arg(path, file.reason));
        return false;
    case TextDecoding::File::Problem::TooLarge:
        Messages::warning(this, tr("Archivo demasiado grande"),
                          tr("«%1» pesa más de 5 MB: no parece una lista de personal.").arg(path));
        return false;
    case TextDecoding::File::Problem::NotText:
        Messages::warning(this, tr("No es un archivo CSV"),
                          tr("«%1» no es texto: guárdelo desde la hoja de cálculo como «Libro de "
                             "Excel (.xlsx)» o «CSV» y vuelva a intentarlo.")
                              .arg(path));
        return false;
    case TextDecoding::File::Problem::None:
        break;
    }
    return addFromText(file.text, participants);
}

bool SessionDialog::copyFromEarlierSession()
{
    QStringList ccts;
    for (const School &school : collectRoster().schools)
        ccts << school.cct;
    RosterReuseDialog choose(m_notebook, m_sessionId, ccts, this);
    if (!choose.hasSessions() || choose.exec() != QDialog::Accepted)
        return false;
    const QVector<School> schools = choose.chosenSchools();
    QHash<qint64, int> rowOfSchool; // the earlier session's school id → its row here
    for (School school : schools) {
        const qint64 earlierId = school.id;
        school.id = 0; // a copy: the earlier session keeps its own
        rowOfSchool.insert(earlierId, addSchool(school));
    }
    for (Participant person : choose.chosenParticipants()) {
        const int row = rowOfSchool.value(person.schoolId, -1);
        person.id = 0;
        person.schoolId = 0;
        person.isRecorder = false; // who records is decided for each session
        addParticipant(person, row);
    }
    return !schools.isEmpty();
}

int SessionDialog::schoolRowForNewParticipant() const
{
    // A school's staff is typed one after another: the school of the row above; the only
    // school when there is one.
    const int rows = m_ui->participantsTable->rowCount();
    if (const QComboBox *above = rows > 0 ? comboAt(rows - 1, PersonSchool, true) : nullptr) {
        const int key = above->currentData().toInt();
        for (int school = 0; key != 0 && school < m_ui->schoolsTable->rowCount(); ++school) {
            const QTableWidgetItem *item = m_ui->schoolsTable->item(school, SchoolName);
            if (item && item->data(KeyRole).toInt() == key)
                return school;
        }
    }
    return m_ui->schoolsTable->rowCount() == 1 ? 0 : -1;
}

void SessionDialog::refreshSchoolChoices()
{
    for (int row = 0; row < m_ui->participantsTable->rowCount(); ++row) {
        auto *combo = comboAt(row, PersonSchool, true);
        if (!combo)
            continue;
        const int selectedKey = combo->count() > 0 ? combo->currentData().toInt()
                                                   : combo->property("schoolKey").toInt();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(ninguna)"), 0);
        for (int school = 0; school < m_ui->schoolsTable->rowCount(); ++school) {
            const QTableWidgetItem *item = m_ui->schoolsTable->item(school, SchoolName);
            if (item)
                combo->addItem(item->text(), item->data(KeyRole));
        }
        combo->setCurrentIndex(qMax(0, combo->findData(selectedKey)));
    }
}

QComboBox *SessionDialog::comboAt(int row, int column, bool participants) const
{
    QTableWidget *table = participants ? m_ui->participantsTable : m_ui->schoolsTable;
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

SessionInfo SessionDialog::collectInfo() const
{
    SessionInfo info;
    if (m_sessionId != 0) {
        if (const auto stored = m_notebook.session(m_sessionId))
            info = *stored;
    }
    info.id = m_sessionId;
    info.guideId = m_guide.id;
    info.title = m_ui->titleEdit->text().trimmed();
    info.heldOn = m_ui->dateEdit->date();
    info.place = m_ui->placeEdit->text().trimmed();
    info.zone = m_ui->zoneEdit->text().trimmed();
    info.plannedStart = m_ui->startTimeEdit->time();
    info.plannedEnd = m_ui->endTimeEdit->time();
    return info;
}

RosterEdit SessionDialog::collectRoster() const
{
    RosterEdit roster;
    QHash<int, int> rowOfKey;
    const QTableWidget *schools = m_ui->schoolsTable;
    for (int row = 0; row < schools->rowCount(); ++row) {
        School school;
        school.id = schools->item(row, SchoolName)->data(IdRole).toLongLong();
        school.name = schools->item(row, SchoolName)->text().trimmed();
        school.cct = Cct::normalized(schools->item(row, SchoolCct)->text());
        school.level = comboValue(comboAt(row, SchoolLevel, false));
        school.shift = comboValue(comboAt(row, SchoolShift, false));
        school.director = schools->item(row, SchoolDirector)->text().trimmed();
        rowOfKey.insert(schools->item(row, SchoolName)->data(KeyRole).toInt(), row);
        roster.schools << school;
    }
    const QTableWidget *people = m_ui->participantsTable;
    for (int row = 0; row < people->rowCount(); ++row) {
        RosterEdit::Member member;
        Participant &person = member.participant;
        person.id = people->item(row, PersonName)->data(IdRole).toLongLong();
        person.name = people->item(row, PersonName)->text().trimmed();
        person.role = comboValue(comboAt(row, PersonRole, true));
        person.specialty = comboValue(comboAt(row, PersonSpecialty, true));
        person.grade = people->item(row, PersonGrade)->text().trimmed();
        person.isRecorder = people->item(row, PersonRecorder)->checkState() == Qt::Checked;
        member.schoolRow =
            rowOfKey.value(comboAt(row, PersonSchool, true)->currentData().toInt(), -1);
        roster.members << member;
    }
    return roster;
}

QString SessionDialog::problemIn(const SessionInfo &info, const RosterEdit &roster) const
{
    if (info.title.isEmpty())
        return tr("Escriba un título para la sesión.");
    if (info.plannedEnd <= info.plannedStart)
        return tr("La hora de término debe ser posterior a la de inicio.");
    QHash<QString, QString> schoolOfCct;
    for (int row = 0; row < roster.schools.size(); ++row) {
        const School &school = roster.schools.at(row);
        if (school.name.isEmpty())
            return tr("Escriba el nombre de la escuela %1.").arg(row + 1);
        if (!Cct::isValid(school.cct))
            return tr("La CCT de %1 no es válida: son 10 caracteres, como 09DPR1234X.")
                .arg(school.name);
        if (schoolOfCct.contains(school.cct))
            return tr("%1 y %2 tienen la misma CCT (%3): cada escuela tiene la suya.")
                .arg(schoolOfCct.value(school.cct), school.name, school.cct);
        schoolOfCct.insert(school.cct, school.name);
    }
    for (int row = 0; row < roster.members.size(); ++row) {
        if (roster.members.at(row).participant.name.isEmpty())
            return tr("Escriba el nombre del participante %1.").arg(row + 1);
    }
    return {};
}

void SessionDialog::accept()
{
    // Enter in a cell being edited reaches this before the cell's text is committed: taking the
    // focus away commits it first, so what was typed is what is saved.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    const SessionInfo info = collectInfo();
    RosterEdit roster = collectRoster();
    const QString problem = problemIn(info, roster);
    m_ui->problemLabel->setText(problem);
    if (!problem.isEmpty())
        return;
    if (roster.members.isEmpty() &&
        !Messages::question(this, tr("Sesión sin participantes"),
                            tr("La sesión no tiene participantes: sin ellos no hay asistencia, "
                               "equipos ni compromisos personales. ¿Guardarla así de todos "
                               "modos? Podrá agregarlos después en Sesión → Datos de la sesión.")))
        return;
    // Someone without a school is in no school's own bitácora (a school name that did not
    // match, from a spreadsheet): said, with the names, before it is saved.
    QStringList schoolless;
    for (const RosterEdit::Member &member : roster.members) {
        if (member.schoolRow < 0)
            schoolless << member.participant.name;
    }
    if (!schoolless.isEmpty() && !roster.schools.isEmpty() &&
        !Messages::question(
            this, tr("Participantes sin escuela"),
            tr("%n participante(s) sin escuela: %1. No aparecerán en la bitácora propia de "
               "ninguna escuela, solo en la de toda la sesión. ¿Guardar así de todos modos?",
               nullptr, int(schoolless.size()))
                .arg(schoolless.join(QStringLiteral(", ")))))
        return;
    // Four "directors" for one school were its deputies: said before it is saved.
    const QVector<QPair<QString, int>> several = Roster::schoolsWithSeveralDirectors(roster);
    if (!several.isEmpty()) {
        QStringList lines;
        for (const auto &[school, count] : several)
            lines << tr("«%1»: %2 con la función Director(a)").arg(school).arg(count);
        if (!Messages::question(
                this, tr("Varios directores en una escuela"),
                tr("%1\n\nSubdirector(a) es otra función. ¿Guardar así de todos modos?")
                    .arg(lines.join(QLatin1Char('\n')))))
            return;
    }
    Roster::linkDirectors(roster);
    try {
        SessionInfo saved = info;
        if (m_sessionId == 0)
            saved.currentActivity = m_guide.firstActivityNumber();
        // One transaction: a refusal leaves no session half made, and saving again is safe.
        m_sessionId = m_notebook.saveSession(saved, m_guide, roster);
    } catch (const StoreError &error) {
        Messages::critical(this, tr("No se guardó la sesión"), error.message());
        return;
    }
    m_loadedContent = contentFingerprint();
    QDialog::accept();
}

bool SessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The key comes up from the cell's editor or list, through the table.
    auto *table = qobject_cast<QTableWidget *>(watched);
    if (table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && moveOn(table))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

bool SessionDialog::moveOn(QTableWidget *table)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || (focus != table && !table->isAncestorOf(focus)))
        return false;
    int row = table->currentRow();
    int column = table->currentColumn();
    // A list in a cell has the focus without being the table's current cell.
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (QWidget *cell = table->cellWidget(r, c);
                cell && (cell == focus || cell->isAncestorOf(focus))) {
                row = r;
                column = c;
            }
    if (row < 0)
        return true;
    if (column + 1 < table->columnCount()) {
        ++column;
    } else if (row + 1 < table->rowCount()) {
        ++row;
        column = 0;
    }
    table->setCurrentCell(row, column); // a cell being typed is kept as it leaves
    if (QWidget *cell = table->cellWidget(row, column))
        cell->setFocus();
    else
        table->setFocus();
    return true;
}

void SessionDialog::reject()
{
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus(); // a cell being edited counts as typed
    if (contentFingerprint() != m_loadedContent &&
        !Messages::riskyQuestion(
            this, tr("¿Descartar lo escrito?"),
            tr("Se perderá lo que escribió en esta ventana (datos de la sesión, "
               "escuelas y participantes). ¿Descartarlo?")))
        return;
    QDialog::reject();
}

QString SessionDialog::contentFingerprint() const
{
    const SessionInfo info = collectInfo();
    QStringList parts{info.title, info.heldOn.toString(Qt::ISODate), info.place,
                      info.zone,  info.plannedStart.toString(),      info.plannedEnd.toString()};
    const RosterEdit roster = collectRoster();
    for (const School &school : roster.schools)
        parts << school.name << school.cct << school.level << school.shift << school.director;
    for (const RosterEdit::Member &member : roster.members) {
        const Participant &person = member.participant;
        parts << person.name << QString::number(member.schoolRow) << person.role << person.specialty
              << person.grade << QString::number(person.isRecorder);
    }
    return parts.join(QChar(0x1f));
}

} // namespace fcte
