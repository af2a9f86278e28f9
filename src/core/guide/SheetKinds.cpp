#include "SheetKinds.h"

#include <QCoreApplication>
#include <QVector>

namespace fcte {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SheetKinds", text);
}

using Form = SheetSpec::Form;
using SchoolTag = SheetSpec::SchoolTag;

SheetSpec list(const char *id, const QString &name, const QString &hint)
{
    SheetSpec spec;
    spec.id = QString::fromLatin1(id);
    spec.name = name;
    spec.hint = hint;
    return spec;
}

SheetSpec form(const char *id, const QString &name, Form kind)
{
    SheetSpec spec;
    spec.id = QString::fromLatin1(id);
    spec.name = name;
    spec.form = kind;
    return spec;
}

QVector<SheetSpec> buildSpecs()
{
    QVector<SheetSpec> specs;
    specs << form("recorders", tr("Quienes registran"), Form::Recorders);
    specs << list("norms", tr("Normas de convivencia"), tr("Escriba una norma y pulse Intro"));
    specs << list("peerIdeas", tr("Ideas sobre el aprendizaje entre pares"),
                  tr("Escriba una idea y pulse Intro"));
    specs << list("baseIdeas", tr("Ideas base de la modalidad"),
                  tr("Escriba una idea base y pulse Intro"));
    specs << list("modalityCommitments", tr("Compromisos con la modalidad"),
                  tr("Escriba un compromiso y pulse Intro"));
    specs << form("schoolProblems", tr("Problemática de cada escuela"), Form::SchoolProblems);

    SheetSpec notes = list("individualNotes", tr("Notas individuales (privadas)"),
                           tr("Nota privada: no se proyecta"));
    notes.isPrivate = true;
    notes.participantTag = true;
    specs << notes;

    SheetSpec axes = list("axisQuestions", tr("Preguntas y reflexiones por eje"),
                          tr("Escriba la pregunta o reflexión y pulse Intro"));
    axes.categoriesFromPrompts = true;
    axes.schoolTag = SchoolTag::One;
    axes.participantTag = true;
    specs << axes;

    SheetSpec similarities = list("similarities", tr("Similitudes, coincidencias y diferencias"),
                                  tr("Escriba lo que se identificó y pulse Intro"));
    similarities.categories = {tr("Similitud"), tr("Coincidencia"), tr("Diferencia")};
    similarities.schoolTag = SchoolTag::Many;
    specs << similarities;

    specs << form("teams", tr("Equipos por grado o sección"), Form::Teams);

    SheetSpec answers = list("teamAnswers", tr("Respuestas de los equipos"),
                             tr("Escriba la respuesta del equipo y pulse Intro"));
    answers.categoriesFromPrompts = true;
    answers.teamTag = true;
    specs << answers;

    SheetSpec proposals = list("proposals", tr("Propuestas"), tr("Escriba una propuesta"));
    proposals.teamTag = true;
    proposals.participantTag = true;
    specs << proposals;

    SheetSpec actions = list("actions", tr("Acciones pertinentes"), tr("Escriba una acción"));
    actions.teamTag = true;
    specs << actions;

    specs << form("commitments", tr("Compromisos personales"), Form::Commitments);
    specs << form("review", tr("Seguimiento de compromisos"), Form::Review);

    SheetSpec followUp = list("followUp", tr("Acuerdos de seguimiento"),
                              tr("Escriba un acuerdo o canal de comunicación"));
    followUp.categories = {tr("Acuerdo de seguimiento"), tr("Canal de comunicación")};
    followUp.teamTag = true;
    specs << followUp;

    SheetSpec missing = list("missing", tr("Lo que faltó"), tr("Escriba lo que faltó"));
    missing.teamTag = true;
    specs << missing;

    SheetSpec phrases = list("phrases", tr("Lo que no debe faltar"), tr("Escriba una frase"));
    phrases.teamTag = true;
    specs << phrases;

    SheetSpec advice = list("externalAdvice", tr("Situaciones para asesoría externa"),
                            tr("Describa la situación y pulse Intro"));
    advice.schoolTag = SchoolTag::One;
    advice.markLabel = tr("Entregada al director");
    specs << advice;

    SheetSpec impressions = list("impressions", tr("Impresiones en plenaria"),
                                 tr("Escriba la impresión del voluntario"));
    impressions.schoolTag = SchoolTag::One;
    impressions.participantTag = true;
    specs << impressions;

    specs << form("nextMeeting", tr("Próxima reunión"), Form::NextMeeting);

    SheetSpec balance =
        list("balance", tr("Balance de los directores"), tr("Escriba el balance del director"));
    balance.schoolTag = SchoolTag::One;
    balance.participantTag = true;
    specs << balance;
    return specs;
}

const QVector<SheetSpec> &specs()
{
    static const QVector<SheetSpec> all = [] {
        QVector<SheetSpec> built = buildSpecs();
        // What each teacher can say in their own words: the room's answers, proposals, actions,
        // commitments, phrases and impressions, and their private notes if they choose to send
        // them (the rest is recorded from the front).
        const QStringList phones = {
            QStringLiteral("individualNotes"), QStringLiteral("axisQuestions"),
            QStringLiteral("teamAnswers"),     QStringLiteral("proposals"),
            QStringLiteral("actions"),         QStringLiteral("commitments"),
            QStringLiteral("phrases"),         QStringLiteral("impressions")};
        for (SheetSpec &spec : built)
            spec.fromPhones = phones.contains(spec.id);
        return built;
    }();
    return all;
}

} // namespace

const QStringList &SheetKinds::ids()
{
    static const QStringList all = [] {
        QStringList list;
        for (const SheetSpec &spec : specs())
            list << spec.id;
        return list;
    }();
    return all;
}

bool SheetKinds::isKnown(const QString &id)
{
    return ids().contains(id);
}

SheetSpec SheetKinds::spec(const QString &id)
{
    for (const SheetSpec &spec : specs()) {
        if (spec.id == id)
            return spec;
    }
    SheetSpec unknown;
    unknown.id = id;
    unknown.name = id;
    return unknown;
}

QString SheetKinds::displayName(const QString &id)
{
    return spec(id).name;
}

bool SheetKinds::isPrivate(const QString &id)
{
    return spec(id).isPrivate;
}

} // namespace fcte
