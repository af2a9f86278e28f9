#include "app/zone/ZoneTables.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardItemModel>

namespace fcte {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ZoneTables)
};

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        items << item;
    }
    return items;
}

void reset(QStandardItemModel &model, const QStringList &header)
{
    model.clear();
    model.setHorizontalHeaderLabels(header);
}

QString shortDate(const QDate &date)
{
    return QLocale(QLocale::Spanish, QLocale::Mexico).toString(date, QStringLiteral("d MMM yyyy"));
}

bool stateMatches(const ZoneFilter &filter, Review::State state, bool overdue)
{
    if (filter.state == ZoneTables::Overdue)
        return overdue;
    return filter.state < 0 || filter.state == int(state);
}

const ZoneSchoolFigures *figuresOf(const ZoneFigures &figures, const QString &key)
{
    for (const ZoneSchoolFigures &school : figures.schools)
        if (school.key == key)
            return &school;
    return nullptr;
}

void addCommitmentRows(QStandardItemModel &model, const QString &school, const QString &session,
                       const QVector<ZoneCommitment> &commitments, bool overdue,
                       const ZoneFilter &filter)
{
    for (const ZoneCommitment &commitment : commitments) {
        const bool late = overdue && commitment.history.isEmpty();
        if (!stateMatches(filter, commitment.state(), late))
            continue;
        QString state = Review::stateName(commitment.state());
        if (late)
            state = Text::tr("%1 (revisión vencida)").arg(state);
        model.appendRow(row({school, session, commitment.who, commitment.text, state,
                             ZoneTables::history(commitment)}));
    }
}

} // namespace

QString ZoneTables::history(const ZoneCommitment &commitment)
{
    QStringList steps;
    Review::State last = Review::State::Pending;
    for (const ZoneReview &review : commitment.history) {
        if (!steps.isEmpty() && review.state == last)
            continue; // a later indicator or date is no new state
        last = review.state;
        steps << (review.reviewedOn.isValid()
                      ? Text::tr("%1 (%2)").arg(Review::stateName(review.state),
                                                shortDate(review.reviewedOn))
                      : Review::stateName(review.state));
    }
    return steps.join(QStringLiteral(" → "));
}

void ZoneTables::fillSchools(QStandardItemModel &model, const ZoneFigures &figures,
                             const ZoneFilter &filter)
{
    QStringList header{Text::tr("Escuela"), Text::tr("CCT"), Text::tr("Asistencia"),
                       Text::tr("Problemática presentada"), Text::tr("Compromisos")};
    for (int state = 0; state < 4; ++state)
        header << Review::stateName(Review::State(state));
    header << Text::tr("Revisión");
    reset(model, header);
    for (const ZoneSchoolFigures &school : figures.schools) {
        if (!filter.school.isEmpty() && filter.school != school.key)
            continue;
        if (filter.state == Overdue && !school.reviewOverdue)
            continue;
        if (filter.state >= 0 && filter.state < 4 && school.byState[std::size_t(filter.state)] == 0)
            continue;
        QStringList cells{school.name, school.cct,
                          Text::tr("%1 de %2").arg(school.present).arg(school.expected),
                          school.problem, QString::number(school.commitments.size())};
        for (int state = 0; state < 4; ++state)
            cells << QString::number(school.byState[std::size_t(state)]);
        cells << (school.commitments.isEmpty() ? QString()
                  : school.followedUp          ? Text::tr("con seguimiento")
                  : school.reviewOverdue ? Text::tr("vencida (%1)").arg(shortDate(school.reviewDue))
                  : school.reviewDue.isValid() ? Text::tr("el %1").arg(shortDate(school.reviewDue))
                                               : Text::tr("sin fecha"));
        model.appendRow(row(cells));
    }
}

void ZoneTables::fillCommitments(QStandardItemModel &model, const QVector<ZoneSession> &sessions,
                                 const ZoneFigures &figures, const ZoneFilter &filter)
{
    reset(model, {Text::tr("Escuela"), Text::tr("Sesión"), Text::tr("Docente"),
                  Text::tr("Compromiso"), Text::tr("Estado"), Text::tr("Historia")});
    if (filter.session.isEmpty()) { // what the figures count: each school's latest
        for (const ZoneSchoolFigures &school : figures.schools) {
            if (filter.school.isEmpty() || filter.school == school.key)
                addCommitmentRows(model, school.name, school.commitmentsSession, school.commitments,
                                  school.reviewOverdue, filter);
        }
        return;
    }
    for (const ZoneSession &session : sessions) {
        if (filter.session != everySession() && filter.session != session.uid)
            continue;
        for (const ZoneSchool &school : session.schools) {
            if (!filter.school.isEmpty() && filter.school != school.key())
                continue;
            const ZoneSchoolFigures *mine = figuresOf(figures, school.key());
            const bool overdue =
                mine && mine->reviewOverdue && mine->commitmentsSession == session.title;
            addCommitmentRows(model, school.name, session.title, school.commitments, overdue,
                              filter);
        }
    }
}

void ZoneTables::fillShared(QStandardItemModel &model, const QVector<ZoneSession> &sessions,
                            const ZoneFigures &figures, const ZoneFilter &filter)
{
    reset(model, {Text::tr("Tipo"), Text::tr("Lo que se identificó"), Text::tr("Escuelas"),
                  Text::tr("Sesión")});
    for (const ZoneSession &session : sessions) {
        if (!filter.session.isEmpty() && filter.session != everySession() &&
            filter.session != session.uid)
            continue;
        for (const ZoneShared &item : session.shared) {
            if (!filter.school.isEmpty() && !item.schools.contains(filter.school))
                continue;
            QStringList names;
            for (const QString &key : item.schools) {
                const ZoneSchoolFigures *school = figuresOf(figures, key);
                names << (school ? school->name : key);
            }
            model.appendRow(row({ZoneShared::kindName(item.kind), item.text,
                                 names.join(QStringLiteral(", ")), session.title}));
        }
    }
}

} // namespace fcte
