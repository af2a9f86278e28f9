#include "core/export/BitacoraDocument.h"

#include "core/evidence/EvidenceFile.h"
#include "core/guide/Guide.h"
#include "core/guide/SheetKinds.h"
#include "core/model/SchoolLabels.h"
#include "core/model/SchoolScope.h"
#include "core/model/StoreError.h"
#include "core/session/ReviewBoard.h"
#include "core/session/Roster.h"
#include "core/session/SessionTimer.h"
#include "core/store/Database.h"
#include "core/store/EvidenceStore.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"
#include "core/store/TimingStore.h"
#include "core/text/DateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <optional>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BitacoraDocument)
};

// User text as the PDF prints it: a tab would jump to a tab stop (and pdftotext then glues the
// words on either side), so it reads as a space, like the other control characters.
QString printable(QString text)
{
    for (QChar &ch : text) {
        if (ch == QLatin1Char('\t') || ch == QLatin1Char('\v') || ch == QLatin1Char('\f') ||
            ch == QLatin1Char('\r'))
            ch = QLatin1Char(' ');
    }
    return text;
}

QString roleName(const Participant &person)
{
    QString role = SchoolLabels::roleName(person.role);
    if (!person.specialty.isEmpty())
        role += QStringLiteral(" (") + person.specialty + QLatin1Char(')');
    return role;
}

// Writes the document: headings, paragraphs, lists and tables, always with plain text.
class Writer {
public:
    explicit Writer(const FlowSink &sink)
        : m_sink(sink)
    {}

    void heading(const QString &text, int level)
    {
        FlowParagraph paragraph;
        paragraph.topMargin = level == 1 ? 14 : 10;
        paragraph.bottomMargin = 4;
        paragraph.keepWithNext = true;
        paragraph.role = level <= 0   ? BlockRole::Heading1
                         : level == 1 ? BlockRole::Heading2
                         : level == 2 ? BlockRole::Heading3
                                      : BlockRole::Heading4;
        paragraph.breakBefore = m_pendingBreak;
        m_pendingBreak = false;
        TextStyle style;
        style.bold = true;
        style.size = level == 0 ? 22 : level == 1 ? 15 : level == 2 ? 12 : 10.5;
        paragraph.spans.push_back({printable(text), style});
        m_sink(std::move(paragraph));
    }

    void breakBeforeNextHeading() { m_pendingBreak = true; }

    void paragraph(const QString &text, bool italic = false)
    {
        FlowParagraph paragraph;
        paragraph.bottomMargin = 3;
        TextStyle style;
        style.italic = italic;
        paragraph.spans.push_back({printable(text), style});
        m_sink(std::move(paragraph));
    }

    void label(const QString &name, const QString &value)
    {
        FlowParagraph paragraph;
        paragraph.bottomMargin = 2;
        TextStyle bold;
        bold.bold = true;
        paragraph.spans.push_back({printable(name) + QStringLiteral(": "), bold});
        paragraph.spans.push_back({printable(value), {}});
        m_sink(std::move(paragraph));
    }

    // A numbered list item; struck items keep their text, struck through.
    void item(int number, const QString &text, const QString &tags, bool struck)
    {
        FlowParagraph paragraph;
        paragraph.role = BlockRole::ListItem;
        paragraph.leftMargin = 14;
        paragraph.firstLineIndent = -14;
        paragraph.bottomMargin = 2;
        TextStyle struckStyle;
        struckStyle.struck = struck;
        TextStyle grey;
        grey.color = qRgb(0x55, 0x55, 0x55);
        grey.size = 9;
        paragraph.spans.push_back({QStringLiteral("%1. ").arg(number), {}});
        paragraph.spans.push_back({printable(text), struckStyle});
        if (!tags.isEmpty())
            paragraph.spans.push_back(
                {QStringLiteral("  (") + printable(tags) + QLatin1Char(')'), grey});
        if (struck)
            paragraph.spans.push_back({Text::tr("  [tachada]"), grey});
        m_sink(std::move(paragraph));
    }

    // A picture in a paragraph of its own, centred, fitted to the page by the layout.
    void image(const QImage &picture, const QString &alt)
    {
        m_sink(FlowPicture{picture, printable(alt)});
    }

    // A table with a bold header row; cells are plain text. struckRows are struck through.
    void table(const QStringList &header, const QVector<QStringList> &rows,
               const QVector<bool> &struckRows = {}, const QVector<int> &widths = {})
    {
        FlowTable table;
        table.header.reserve(header.size());
        for (const QString &name : header)
            table.header << printable(name);
        table.rows.reserve(size_t(rows.size()));
        for (const QStringList &row : rows) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QString &cell : row)
                cells << printable(cell);
            table.rows.push_back(std::move(cells));
        }
        table.struckRows.assign(struckRows.cbegin(), struckRows.cend());
        for (int width : widths)
            table.widths.push_back(width);
        m_sink(std::move(table));
    }

private:
    const FlowSink &m_sink;
    bool m_pendingBreak = false;
};

struct Names {
    QHash<qint64, QString> schools;
    QHash<qint64, QString> people;
    QHash<qint64, qint64> schoolOfPerson;
    QHash<qint64, QString> teams;
};

QString tagsOf(const Entry &entry, const SheetSpec &spec, const QStringList &categories,
               const Names &names)
{
    QStringList tags;
    if (!categories.isEmpty() && entry.category < categories.size())
        tags << categories.at(entry.category);
    QStringList schools;
    for (qint64 id : entry.schoolIds)
        schools << names.schools.value(id);
    if (!schools.isEmpty())
        tags << schools.join(QStringLiteral(", "));
    if (entry.teamId)
        tags << names.teams.value(entry.teamId);
    if (entry.participantId)
        tags << names.people.value(entry.participantId);
    if (!spec.markLabel.isEmpty() && entry.marked)
        tags << spec.markLabel.toLower();
    return tags.join(QStringLiteral(" · "));
}

// The sheets that have a section of their own after the activities' records (by team, by
// school, the directors' balance): the records only point to it, so nothing is printed twice.
QString sectionOfSheet(const QString &kind)
{
    if (kind == QLatin1String("followUp"))
        return Text::tr("Acuerdos de seguimiento");
    if (kind == QLatin1String("externalAdvice"))
        return Text::tr("Necesidades de asesoría externa por escuela");
    if (kind == QLatin1String("balance"))
        return Text::tr("Balance de los directores");
    return {};
}

int minutesOf(qint64 ms)
{
    return int(std::lround(ms / 60000.0));
}

// The agenda as the window shows it: each activity's plan, time recovery's minutes beside the
// plan where it changed them, and the actual minutes; the break where it was taken (or planned,
// for a session never opened in the window: the same default break the window would add).
void writeAgenda(Writer &out, const Guide &guide, const QMap<int, ActivityTimerState> &timers,
                 QVector<BreakItem> breaks, int schools)
{
    if (breaks.isEmpty() && guide.activity(SessionTimer::DefaultBreakAfterActivity + 1))
        breaks << BreakItem{0, SessionTimer::DefaultBreakAfterActivity,
                            SessionTimer::DefaultBreakMinutes};
    bool anyAdjusted = false;
    for (const ActivityTimerState &timer : timers)
        anyAdjusted = anyAdjusted || timer.adjustedMinutes > 0;
    const auto row = [anyAdjusted](const QString &number, const QString &title, const QString &plan,
                                   const QString &adjusted, const QString &actual) {
        QStringList cells{number, title, plan};
        if (anyAdjusted)
            cells << adjusted;
        return cells << actual;
    };
    const QString none = QStringLiteral("—");
    const QString proposalMark = QStringLiteral(" *");
    bool anyProposal = false;
    QVector<QStringList> agenda;
    int plannedTotal = 0;
    qint64 actualTotal = 0;
    for (const Activity &activity : guide.activities()) {
        const ActivityTimerState timer = timers.value(activity.number);
        int planned = timer.plannedMinutes;
        if (planned <= 0)
            planned = activity.minutesPerTurn > 0 && timer.turnMinutes > 0 && schools > 0
                          ? timer.turnMinutes * schools // the director's minutes per school
                          : guide.plannedMinutes(activity, schools);
        // A timer still running is counted up to its last stored moment only.
        const qint64 actualMs = timer.accumulatedMs;
        actualTotal += actualMs;
        QString title = activity.title;
        if (timer.skipped)
            title = Text::tr("%1 (no se realizó en esta sesión)").arg(activity.title);
        else
            plannedTotal += planned;
        // Our proposal, not the guide's minutes: marked, and said so under the table.
        const QString plannedText =
            QString::number(planned) + (activity.minutesFromGuide ? QString() : proposalMark);
        anyProposal = anyProposal || !activity.minutesFromGuide;
        agenda << row(QString::number(activity.number), title, timer.skipped ? none : plannedText,
                      timer.adjustedMinutes > 0 ? QString::number(timer.adjustedMinutes) : none,
                      actualMs > 0 ? QString::number(minutesOf(actualMs)) : none);
        for (const BreakItem &item : std::as_const(breaks)) {
            if (item.afterActivity != activity.number || (item.minutes <= 0 && !item.hasStarted()))
                continue;
            plannedTotal += item.minutes;
            const qint64 breakMs = item.hasStarted() ? item.elapsedMs(item.endedAtMs) : 0;
            actualTotal += breakMs;
            agenda << row(QString(), Text::tr("Receso (propuesta del director)"),
                          QString::number(item.minutes), none,
                          item.hasStarted() ? QString::number(minutesOf(breakMs)) : none);
        }
    }
    agenda << row(QString(), Text::tr("Total"), QString::number(plannedTotal), QString(),
                  QString::number(minutesOf(actualTotal)));
    if (anyAdjusted)
        out.table({Text::tr("N.º"), Text::tr("Actividad"), Text::tr("Plan (min)"),
                   Text::tr("Ajuste (min)"), Text::tr("Real (min)")},
                  agenda);
    else
        out.table({Text::tr("N.º"), Text::tr("Actividad"), Text::tr("Plan (min)"),
                   Text::tr("Real (min)")},
                  agenda);
    if (anyProposal)
        out.paragraph(Text::tr("* Minutos propuestos por Facilitador CTE (o por quien dirige): la "
                               "guía no los fija. El receso también es una propuesta."),
                      true);
    if (anyAdjusted)
        out.paragraph(Text::tr("Ajuste: los minutos con que se recuperó tiempo durante la sesión; "
                               "el plan queda como se hizo."),
                      true);
}

// One group's review table (a school's commitments, or the collective's agreements): each
// item as made and as reviewed, its earlier states named once each. Returns the count per state.
QMap<Review::State, int> writeReviews(Writer &out, const QVector<ReviewItem> &items,
                                      const QString &none)
{
    QVector<QStringList> rows;
    QMap<Review::State, int> counts;
    for (const ReviewItem &item : items) {
        const Review *latest = item.latest();
        QStringList earlier;
        const QVector<Review> changes = item.stateChanges();
        for (int i = 0; i + 1 < changes.size(); ++i)
            earlier << Review::stateName(changes.at(i).state);
        QString state = Review::stateName(item.state());
        if (!earlier.isEmpty())
            state += Text::tr(" (antes: %1)").arg(earlier.join(QStringLiteral(", ")));
        rows << QStringList{item.name, // the group is the heading above
                            item.text,
                            state,
                            latest ? latest->indicator : QString(),
                            latest ? latest->evidence : QString(),
                            latest && latest->reviewedOn.isValid()
                                ? DateText::shortDate(latest->reviewedOn)
                                : QString()};
        ++counts[item.state()];
    }
    if (rows.isEmpty())
        out.paragraph(none, true);
    else
        out.table({Text::tr("Quién"), Text::tr("Compromiso o acuerdo (como se hizo)"),
                   Text::tr("Estado"), Text::tr("Indicador de logro"), Text::tr("Evidencia vista"),
                   Text::tr("Revisión")},
                  rows);
    return counts;
}

} // namespace

PageLayout BitacoraDocument::pageLayout(TypeSet &types, const QSizeF &paper)
{
    constexpr double PointsPerMillimetre = 72 / 25.4;
    return PageLayout(types, paper,
                      QMarginsF(18 * PointsPerMillimetre, 16 * PointsPerMillimetre,
                                18 * PointsPerMillimetre, 16 * PointsPerMillimetre));
}

QString BitacoraDocument::runningHeader(Database &db, qint64 sessionId, qint64 schoolId)
{
    SessionStore sessions(db);
    const auto info = sessions.session(sessionId);
    if (!info)
        return Text::tr("Cuaderno de Bitácora del CTE");
    QString title = info->title;
    for (const School &school : sessions.schools(sessionId)) {
        if (school.id == schoolId)
            title = Text::tr("%1 · %2").arg(school.name, info->title);
    }
    return Text::tr("Cuaderno de Bitácora del CTE · %1 · %2")
        .arg(title, DateText::shortDate(info->heldOn));
}

FlowDocument BitacoraDocument::build(Database &db, const Guide &guide, qint64 sessionId,
                                     const DocumentOptions &options)
{
    FlowDocument document;
    write(db, guide, sessionId, options,
          [&](FlowBlock &&block) { document.blocks.push_back(std::move(block)); });
    return document;
}

namespace {

// Writes one session's bitácora, section by section, from what it reads once at the start (the
// caller holds one read snapshot around it: see Exporters).
struct SessionBook {
    SessionBook(Database &db, const Guide &guide, qint64 sessionId, const DocumentOptions &options,
                const FlowSink &sink);
    void write();

    void writeCover();
    void writeAttendance();
    void writeTimes();
    void writeActivities();
    // One sheet of an activity; false when it had nothing to say.
    bool writeSheet(const QString &kind, const Activity &activity);
    void writeReview();
    void writeCommitments();
    void writeFollowUp();
    void writeAdvice();
    void writeNextMeeting();
    void writeBalance();
    void writeSignatures();
    void writeAnnex();

    Database &db;
    const Guide &guide;
    const qint64 sessionId;
    const DocumentOptions &options;
    SessionStore sessions;
    SheetStore sheets;
    TimingStore timing;
    Writer out;
    const QLocale locale;
    const bool showStruck;

    std::optional<SessionInfo> info;
    QVector<School> schools;
    QVector<Participant> people;
    QVector<Team> teams;
    Names names;
    const School *ownSchool = nullptr; // a school's own bitácora: that school
    SchoolScope scope;
    // The session's photos and files: those of the whole room in every school's bitácora, those
    // tagged with schools in theirs.
    QVector<Evidence> evidence;
    // Attendance taken on the day: counted per school on the cover, listed after it.
    QHash<qint64, Attendance> attendance;
    bool attendanceTaken = false;
    // The groups people are listed in: each school in scope, then those of no school.
    QVector<qint64> groups;
    QStringList recorders;
};

SessionBook::SessionBook(Database &db, const Guide &guide, qint64 sessionId,
                         const DocumentOptions &options, const FlowSink &sink)
    : db(db)
    , guide(guide)
    , sessionId(sessionId)
    , options(options)
    , sessions(db)
    , sheets(db)
    , timing(db)
    , out(sink)
    , showStruck(options.struck == DocumentOptions::Struck::ShowStruck)
{
    info = sessions.session(sessionId);
    if (!info)
        throw StoreError(Text::tr("La sesión %1 no existe en la bitácora.").arg(sessionId));
    schools = sessions.schools(sessionId);
    people = sessions.participants(sessionId);
    teams = sheets.teams(sessionId);
    for (const School &school : schools)
        names.schools.insert(school.id, school.name);
    for (const Participant &person : people) {
        names.people.insert(person.id, person.name);
        names.schoolOfPerson.insert(person.id, person.schoolId);
    }
    for (const Team &team : teams)
        names.teams.insert(team.id, team.name);
    for (const School &school : schools) {
        if (school.id == options.schoolId)
            ownSchool = &school;
    }
    if (options.schoolId && !ownSchool)
        throw StoreError(Text::tr("La escuela pedida no participa en esta sesión."));
    if (ownSchool)
        scope = SchoolScope(ownSchool->id, people, teams);
    evidence = EvidenceStore(db).list(sessionId);
    evidence.erase(
        std::remove_if(evidence.begin(), evidence.end(),
                       [this](const Evidence &item) { return !scope.includesEvidence(item); }),
        evidence.end());
    attendance = sessions.attendance(sessionId);
    attendanceTaken = !attendance.isEmpty();
    for (const School &school : schools) {
        if (scope.includesSchool(school.id))
            groups << school.id;
    }
    if (scope.isWholeSession())
        groups << 0;
    for (const Participant &person : people) {
        if (person.isRecorder)
            recorders << person.name;
    }
}

void SessionBook::write()
{
    writeCover();
    writeAttendance();
    writeTimes();
    writeActivities();
    writeReview();
    writeCommitments();
    writeFollowUp();
    writeAdvice();
    writeNextMeeting();
    writeBalance();
    writeSignatures();
    writeAnnex();
}

// The cover: the session, its schools and who came.
void SessionBook::writeCover()
{
    // Cover
    out.paragraph(QString());
    out.heading(Text::tr("Cuaderno de Bitácora del CTE"), 0);
    if (ownSchool) // the school's own book, of a session it shared with others
        out.heading(Text::tr("%1 (%2)").arg(ownSchool->name, ownSchool->cct), 1);
    out.heading(info->title, 2);
    out.paragraph(guide.title, true);
    out.label(Text::tr("Fecha"), locale.toString(info->heldOn, QLocale::LongFormat));
    out.label(Text::tr("Horario"),
              Text::tr("%1 a %2").arg(info->plannedStart.toString(QStringLiteral("HH:mm")),
                                      info->plannedEnd.toString(QStringLiteral("HH:mm"))));
    // What happened, once the session was started ("Comenzar la sesión") and ended.
    if (info->startedAtMs > 0) {
        const auto clockTime = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).time().toString(QStringLiteral("HH:mm"));
        };
        out.label(Text::tr("Inicio real"), clockTime(info->startedAtMs));
        out.label(Text::tr("Término real"),
                  info->endedAtMs > 0 ? clockTime(info->endedAtMs) : Text::tr("sin terminar"));
    }
    out.label(Text::tr("Lugar"), info->place);
    out.label(Text::tr("Zona escolar"), info->zone);
    out.heading(Text::tr("Escuelas participantes"), 2);
    QVector<QStringList> schoolRows;
    for (const School &school : schools) {
        QStringList row{school.name, school.cct, SchoolLabels::levelName(school.level),
                        SchoolLabels::shiftName(school.shift), Roster::directorOf(school, people)};
        if (attendanceTaken) {
            int staff = 0;
            int present = 0;
            for (const Participant &person : people) {
                if (person.schoolId != school.id)
                    continue;
                ++staff;
                present += attendance.value(person.id).present ? 1 : 0;
            }
            row << Text::tr("%1 de %2").arg(present).arg(staff);
        }
        schoolRows << row;
    }
    if (attendanceTaken)
        out.table({Text::tr("Escuela"), Text::tr("CCT"), Text::tr("Nivel"), Text::tr("Turno"),
                   Text::tr("Director(a)"), Text::tr("Presentes")},
                  schoolRows);
    else
        out.table({Text::tr("Escuela"), Text::tr("CCT"), Text::tr("Nivel"), Text::tr("Turno"),
                   Text::tr("Director(a)")},
                  schoolRows);
}

// Who came, school by school, with room to sign.
void SessionBook::writeAttendance()
{
    // Attendance
    out.breakBeforeNextHeading();
    out.heading(Text::tr("Asistencia"), 1);
    for (qint64 schoolId : groups) {
        QVector<QStringList> rows;
        for (const Participant &person : people) {
            if (person.schoolId != schoolId)
                continue;
            if (!attendanceTaken) {
                rows << QStringList{person.name, roleName(person), person.grade,
                                    QStringLiteral("\n")}; // room to sign
                continue;
            }
            // Those present sign, and those not yet marked keep their box: only an absence
            // marked on the day has none.
            const auto taken = attendance.constFind(person.id);
            QString state = Text::tr("Sin registrar");
            QString signature = QStringLiteral("\n");
            if (taken != attendance.cend() && taken->present) {
                state = taken->arrivedAt.isEmpty()
                            ? Text::tr("Presente")
                            : Text::tr("Presente (llegó %1)").arg(taken->arrivedAt);
                signature = QStringLiteral("\n");
            } else if (taken != attendance.cend()) {
                state = Text::tr("Ausente");
                signature = QStringLiteral("—");
            }
            rows << QStringList{person.name, roleName(person), person.grade, state, signature};
        }
        if (rows.isEmpty())
            continue;
        out.heading(schoolId ? names.schools.value(schoolId) : Text::tr("Sin escuela"), 2);
        if (attendanceTaken)
            out.table({Text::tr("Nombre"), Text::tr("Función"), Text::tr("Grado o sección"),
                       Text::tr("Asistencia"), Text::tr("Firma")},
                      rows, {}, {30, 18, 12, 18, 22});
        else
            out.table({Text::tr("Nombre"), Text::tr("Función"), Text::tr("Grado o sección"),
                       Text::tr("Firma")},
                      rows, {}, {34, 24, 14, 28});
    }
    out.label(Text::tr("Registran"), recorders.isEmpty() ? Text::tr("(sin designar)")
                                                         : recorders.join(QStringLiteral(", ")));
}

// Planned and real times.
void SessionBook::writeTimes()
{
    // Agenda
    out.breakBeforeNextHeading();
    out.heading(Text::tr("Agenda: tiempos planeados y reales"), 1);
    writeAgenda(out, guide, timing.timers(sessionId), timing.breaks(sessionId),
                int(schools.size()));
}

// Each activity's records, in the guide's order.
void SessionBook::writeActivities()
{
    // Each activity's records, in order
    out.breakBeforeNextHeading();
    out.heading(Text::tr("Registro de las actividades"), 1);
    for (const Section &section : guide.sections) {
        out.heading(Text::tr("%1. %2").arg(section.number).arg(section.title), 2);
        for (const Activity &activity : section.activities) {
            out.heading(Text::tr("Actividad %1. %2").arg(activity.number).arg(activity.title), 3);
            // A reading is cited, never reproduced, even when its text was projected.
            if (!activity.reading.isEmpty())
                out.label(Text::tr("Lectura"),
                          Text::tr("%1. %2").arg(activity.reading.title, activity.reading.source));
            bool wroteSomething = false;
            for (const QString &kind : activity.sheets)
                wroteSomething |= writeSheet(kind, activity);
            QStringList attached;
            for (int i = 0; i < evidence.size(); ++i) {
                if (evidence.at(i).activity == activity.number)
                    attached << Text::tr("n.º %1").arg(i + 1);
            }
            if (!attached.isEmpty()) {
                out.label(Text::tr("Evidencias"),
                          Text::tr("%1 (véase el anexo)").arg(attached.join(QStringLiteral(", "))));
                wroteSomething = true;
            }
            if (!wroteSomething)
                out.paragraph(Text::tr("Sin registros."), true);
        }
    }
}

bool SessionBook::writeSheet(const QString &kind, const Activity &activity)
{
    bool wrote = false;
    const SheetSpec spec = SheetKinds::spec(kind);
    const QStringList categories = spec.categoriesFromPrompts ? activity.prompts : spec.categories;
    switch (spec.form) {
    case SheetSpec::Form::List: {
        // Printed once, in its own section at the end: here, where to find it.
        const QString ownSection = sectionOfSheet(kind);
        if (!ownSection.isEmpty()) {
            out.paragraph(Text::tr("Véase «%1».").arg(ownSection), true);
            wrote = true;
            break;
        }
        if (spec.isPrivate && !options.includePrivate) {
            out.paragraph(Text::tr("Las notas individuales son privadas: no se incluyen."), true);
            wrote = true;
            break;
        }
        int number = 0;
        bool titled = false;
        for (const Entry &entry : sheets.entries(sessionId, kind)) {
            if ((entry.isStruck() && !showStruck) || !scope.includes(entry))
                continue;
            if (!titled) {
                out.paragraph(spec.name, true);
                titled = true;
            }
            out.item(++number, entry.text, tagsOf(entry, spec, categories, names),
                     entry.isStruck());
            wrote = true;
        }
        break;
    }
    case SheetSpec::Form::Recorders:
        out.label(Text::tr("Quienes registran"), recorders.isEmpty()
                                                     ? Text::tr("(sin designar)")
                                                     : recorders.join(QStringLiteral(", ")));
        return true;
    case SheetSpec::Form::SchoolProblems:
        // Every school's, in a school's own bitácora too: what the others presented,
        // and what helped them, is the learning between schools.
        for (const School &school : schools) {
            const SchoolProblem problem = sheets.schoolProblem(school.id);
            if (problem.isEmpty())
                continue;
            out.paragraph(school.name, true);
            out.label(Text::tr("Problemática"), problem.problem);
            out.label(Text::tr("Entorno social"), problem.socialSetting);
            out.label(Text::tr("Alumnos"), problem.students);
            out.label(Text::tr("Grupos"), problem.groups);
            out.label(Text::tr("Docentes y agentes"), problem.staff);
            out.label(Text::tr("Infraestructura"), problem.infrastructure);
            out.label(Text::tr("Prácticas que ayudaron"), problem.helped);
            out.label(Text::tr("Prácticas que no ayudaron"), problem.notHelped);
            wrote = true;
        }
        break;
    case SheetSpec::Form::Teams:
        for (const Team &team : teams) {
            if (!scope.includesTeam(team.id))
                continue;
            // A school's own bitácora names its own people, as its archive does;
            // the others are counted.
            QStringList members;
            int others = 0;
            for (qint64 id : team.memberIds) {
                if (scope.includesParticipant(id))
                    members << names.people.value(id);
                else
                    ++others;
            }
            QString list = members.join(QStringLiteral(", "));
            if (others > 0)
                list += Text::tr(" (y %n de otras escuelas)", nullptr, others);
            out.label(team.name, list);
            wrote = true;
        }
        break;
    case SheetSpec::Form::Commitments:
        out.paragraph(Text::tr("Véase «Compromisos personales»."), true);
        return true;
    case SheetSpec::Form::Review:
        out.paragraph(Text::tr("Véase «Seguimiento de compromisos»."), true);
        return true;
    case SheetSpec::Form::NextMeeting:
        out.paragraph(Text::tr("Véase «Próxima reunión»."), true);
        return true;
    }
    return wrote;
}

// A follow-up: each commitment as made and as reviewed.
void SessionBook::writeReview()
{
    // Follow-up: each commitment as made and as reviewed, per school, and the count per state
    if (guide.hasSheet(QStringLiteral("review"))) {
        out.breakBeforeNextHeading();
        out.heading(Text::tr("Seguimiento de compromisos"), 1);
        const auto states = {Review::State::Pending, Review::State::InProgress, Review::State::Done,
                             Review::State::NotDone};
        QVector<QStringList> summary;
        const auto group = [&](const QString &name, const QVector<ReviewItem> &items,
                               const QString &none) {
            out.heading(name, 2);
            const QMap<Review::State, int> counts = writeReviews(out, items, none);
            QStringList line{name};
            for (Review::State state : states)
                line << QString::number(counts.value(state));
            summary << line;
        };
        for (const School &school : schools) {
            if (scope.includesSchool(school.id))
                group(school.name, ReviewBoard::items(db, sessionId, school.id),
                      Text::tr("Sin compromisos que revisar."));
        }
        // Once, as a group of their own: a team's agreement is not any one school's.
        const QVector<ReviewItem> agreements = ReviewBoard::agreements(db, sessionId, scope);
        if (!agreements.isEmpty())
            group(Text::tr("Acuerdos del colectivo"), agreements, QString());
        out.heading(Text::tr("Resumen por escuela"), 2);
        QStringList header{Text::tr("Escuela o grupo")};
        for (Review::State state : states)
            header << Review::stateName(state);
        out.table(header, summary);
    }
}

// Personal commitments, by school.
void SessionBook::writeCommitments()
{
    // Commitments (only a guide with the commitments sheet makes them; a follow-up shows the
    // ones it carries in its review above)
    if (guide.hasSheet(QStringLiteral("commitments"))) {
        out.breakBeforeNextHeading();
        out.heading(Text::tr("Compromisos personales"), 1);
        // By school, as each school reads them in March; a school without any says so.
        const QVector<Commitment> commitments = sheets.commitments(sessionId);
        for (qint64 schoolId : groups) {
            QVector<QStringList> commitmentRows;
            QVector<bool> struckRows;
            for (const Commitment &commitment : commitments) {
                if ((commitment.isStruck() && !showStruck) ||
                    !scope.includesParticipant(commitment.participantId) ||
                    names.schoolOfPerson.value(commitment.participantId) != schoolId)
                    continue;
                commitmentRows << QStringList{names.people.value(commitment.participantId),
                                              commitment.studentsNeed, commitment.actions,
                                              commitment.shareHow, commitment.evidence};
                struckRows << commitment.isStruck();
            }
            if (schoolId == 0 && commitmentRows.isEmpty())
                continue; // nobody without a school committed anything
            out.heading(schoolId ? names.schools.value(schoolId) : Text::tr("Sin escuela"), 2);
            if (commitmentRows.isEmpty()) {
                out.paragraph(Text::tr("Sin compromisos registrados."), true);
                continue;
            }
            out.table({Text::tr("Participante"), Text::tr("Mis alumnos requieren mejorar…"),
                       Text::tr("Me comprometo a implementar…"),
                       Text::tr("Compartiré en marzo mediante…"),
                       Text::tr("Evidencias e instrumentos")},
                      commitmentRows, struckRows);
        }
    }
}

// Follow-up agreements.
void SessionBook::writeFollowUp()
{
    // Follow-up agreements, by team
    if (guide.hasSheet(QStringLiteral("followUp"))) {
        out.heading(Text::tr("Acuerdos de seguimiento"), 1);
        const SheetSpec spec = SheetKinds::spec(QStringLiteral("followUp"));
        int number = 0;
        for (const Entry &entry : sheets.entries(sessionId, QStringLiteral("followUp"))) {
            // Agreements carried from an earlier session are in the review above, not new here.
            if ((entry.isStruck() && !showStruck) || entry.isCarriedAgreement() ||
                !scope.includes(entry))
                continue;
            out.item(++number, entry.text, tagsOf(entry, spec, spec.categories, names),
                     entry.isStruck());
        }
        if (number == 0)
            out.paragraph(Text::tr("Sin registros."), true);
    }
}

// External advice, by school.
void SessionBook::writeAdvice()
{
    // External advice, by school
    // Also in a follow-up that carried requests from the session that made them: still open.
    const QVector<Entry> advice = sheets.entries(sessionId, QStringLiteral("externalAdvice"));
    const bool adviceCarried = std::any_of(advice.cbegin(), advice.cend(), [](const Entry &entry) {
        return entry.isCarried() && !entry.isStruck();
    });
    if (guide.hasSheet(QStringLiteral("externalAdvice")) || adviceCarried) {
        out.heading(Text::tr("Necesidades de asesoría externa por escuela"), 1);
        if (!guide.hasSheet(QStringLiteral("externalAdvice")))
            out.paragraph(Text::tr("Las que se pidieron en la sesión anterior."), true);
        const SheetSpec spec = SheetKinds::spec(QStringLiteral("externalAdvice"));
        int written = 0;
        for (qint64 schoolId : groups) {
            int number = 0;
            for (const Entry &entry : advice) {
                const bool belongs =
                    schoolId ? entry.schoolIds.contains(schoolId) : entry.schoolIds.isEmpty();
                if (!belongs || (entry.isStruck() && !showStruck))
                    continue;
                if (number == 0)
                    out.heading(schoolId ? names.schools.value(schoolId) : Text::tr("Sin escuela"),
                                3);
                out.item(++number, entry.text,
                         entry.marked ? spec.markLabel.toLower()
                                      : Text::tr("pendiente de entregar"),
                         entry.isStruck());
                ++written;
            }
        }
        if (written == 0)
            out.paragraph(Text::tr("Sin registros."), true);
    }
}

// The next meeting.
void SessionBook::writeNextMeeting()
{
    // Next meeting
    if (guide.hasSheet(QStringLiteral("nextMeeting"))) {
        out.heading(Text::tr("Próxima reunión"), 1);
        const NextMeeting meeting = sheets.nextMeeting(sessionId);
        out.label(Text::tr("Fecha"), meeting.date);
        out.label(Text::tr("Horario"), meeting.time);
        out.label(Text::tr("Lugar"), meeting.place);
        out.label(Text::tr("Agenda"), meeting.agenda);
    }
}

// The directors' balance.
void SessionBook::writeBalance()
{
    // Directors' balance
    if (guide.hasSheet(QStringLiteral("balance"))) {
        out.heading(Text::tr("Balance de los directores"), 1);
        const SheetSpec spec = SheetKinds::spec(QStringLiteral("balance"));
        int number = 0;
        for (const Entry &entry : sheets.entries(sessionId, QStringLiteral("balance"))) {
            if ((entry.isStruck() && !showStruck) || !scope.includes(entry))
                continue;
            out.item(++number, entry.text, tagsOf(entry, spec, {}, names), entry.isStruck());
        }
        if (number == 0)
            out.paragraph(Text::tr("Sin registros."), true);
    }
}

// Signatures.
void SessionBook::writeSignatures()
{
    // Signatures
    out.breakBeforeNextHeading();
    out.heading(Text::tr("Firmas"), 1);
    out.paragraph(
        ownSchool
            ? Text::tr("El director o la directora de la escuela valida este registro.")
            : Text::tr("Los directores de las escuelas participantes validan este registro."));
    QVector<QStringList> signatures;
    for (const School &school : schools) {
        if (!scope.includesSchool(school.id))
            continue;
        // A director marked absent is not asked to sign: whoever stands in for them does.
        QString director = Roster::directorOf(school, people);
        const auto absent = [&](const Participant &person) {
            const auto taken = attendance.constFind(person.id);
            return taken != attendance.cend() && !taken->present;
        };
        const auto present = [&](const Participant &person) {
            const auto taken = attendance.constFind(person.id);
            return taken != attendance.cend() && taken->present;
        };
        for (const Participant &person : people) {
            if (person.schoolId == school.id && person.name == director && absent(person)) {
                director = Text::tr("Quien suple a %1 (ausente)").arg(director);
                // Another director of the school who came signs instead.
                for (const Participant &other : people) {
                    if (other.schoolId == school.id && other.role == QLatin1String("director") &&
                        present(other)) {
                        director = other.name;
                        break;
                    }
                }
                break;
            }
        }
        signatures << QStringList{director, school.name, QStringLiteral("\n\n\n")};
    }
    out.table({Text::tr("Director(a)"), Text::tr("Escuela"), Text::tr("Firma")}, signatures, {},
              {30, 36, 34});
}

// The annex of photos and files.
void SessionBook::writeAnnex()
{
    // Annex: the photos (and the names of the files) attached to the activities
    if (!evidence.isEmpty()) {
        out.breakBeforeNextHeading();
        out.heading(Text::tr("Anexo: evidencias"), 1);
        const EvidenceStore evidenceStore(db);
        for (int i = 0; i < evidence.size(); ++i) {
            const Evidence &item = evidence.at(i);
            const Activity *activity = guide.activity(item.activity);
            // One per page: a photo never straddles a page break, its caption stays with it.
            if (i > 0)
                out.breakBeforeNextHeading();
            out.heading(activity
                            ? Text::tr("Evidencia %1 · Actividad %2. %3")
                                  .arg(i + 1)
                                  .arg(item.activity)
                                  .arg(activity->title)
                            : Text::tr("Evidencia %1 · Actividad %2").arg(i + 1).arg(item.activity),
                        3);
            if (!item.caption.isEmpty())
                out.paragraph(item.caption);
            QString about =
                Text::tr("Archivo: %1 · %2").arg(item.fileName, EvidenceFile::sizeText(item.size));
            if (item.isImage()) {
                // Print needs no more than this (about 150 dpi across the page); a session's
                // photos at full size would take gigabytes of memory to lay out.
                constexpr int PrintSide = 1200;
                const QImage picture =
                    EvidenceFile::onWhite(
                        EvidenceFile::decode(evidenceStore.data(item.id), PrintSide))
                        .convertToFormat(QImage::Format_RGB888);
                if (!picture.isNull())
                    out.image(picture,
                              item.caption.isEmpty()
                                  ? Text::tr("Fotografía de evidencia: %1").arg(item.fileName)
                                  : item.caption);
                else
                    about += Text::tr(" · no se pudo leer la imagen");
            } else {
                about += Text::tr(" · guardado dentro de la bitácora: se obtiene una copia desde "
                                  "Facilitador CTE");
            }
            out.paragraph(about, true);
        }
    }
}

} // namespace

void BitacoraDocument::write(Database &db, const Guide &guide, qint64 sessionId,
                             const DocumentOptions &options, const FlowSink &sink)
{
    SessionBook(db, guide, sessionId, options, sink).write();
}

} // namespace fcte
