#include "core/guide/SheetKinds.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVector>
#include <array>
#include <atomic>
#include <mutex>

namespace fcte {
namespace {

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SheetKinds)
};

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
    specs << form("recorders", Text::tr("Quienes registran"), Form::Recorders);
    specs << list("norms", Text::tr("Normas de convivencia"),
                  Text::tr("Escriba una norma y pulse Intro"));
    specs << list("peerIdeas", Text::tr("Ideas sobre el aprendizaje entre pares"),
                  Text::tr("Escriba una idea y pulse Intro"));
    specs << list("baseIdeas", Text::tr("Ideas base de la modalidad"),
                  Text::tr("Escriba una idea base y pulse Intro"));
    specs << list("modalityCommitments", Text::tr("Compromisos con la modalidad"),
                  Text::tr("Escriba un compromiso y pulse Intro"));
    specs << form("schoolProblems", Text::tr("Problemática de cada escuela"), Form::SchoolProblems);

    SheetSpec notes = list("individualNotes", Text::tr("Notas individuales (privadas)"),
                           Text::tr("Nota privada: no se proyecta"));
    notes.isPrivate = true;
    notes.participantTag = true;
    specs << notes;

    SheetSpec axes = list("axisQuestions", Text::tr("Preguntas y reflexiones por eje"),
                          Text::tr("Escriba la pregunta o reflexión y pulse Intro"));
    axes.categoriesFromPrompts = true;
    axes.schoolTag = SchoolTag::One;
    axes.participantTag = true;
    specs << axes;

    SheetSpec similarities =
        list("similarities", Text::tr("Similitudes, coincidencias y diferencias"),
             Text::tr("Escriba lo que se identificó y pulse Intro"));
    similarities.categories = {Text::tr("Similitud"), Text::tr("Coincidencia"),
                               Text::tr("Diferencia")};
    similarities.schoolTag = SchoolTag::Many;
    specs << similarities;

    specs << form("teams", Text::tr("Equipos por grado o sección"), Form::Teams);

    SheetSpec answers = list("teamAnswers", Text::tr("Respuestas de los equipos"),
                             Text::tr("Escriba la respuesta del equipo y pulse Intro"));
    answers.categoriesFromPrompts = true;
    answers.teamTag = true;
    specs << answers;

    SheetSpec proposals =
        list("proposals", Text::tr("Propuestas"), Text::tr("Escriba una propuesta"));
    proposals.teamTag = true;
    proposals.participantTag = true;
    specs << proposals;

    SheetSpec actions =
        list("actions", Text::tr("Acciones pertinentes"), Text::tr("Escriba una acción"));
    actions.teamTag = true;
    specs << actions;

    specs << form("commitments", Text::tr("Compromisos personales"), Form::Commitments);
    specs << form("review", Text::tr("Seguimiento de compromisos"), Form::Review);

    SheetSpec followUp = list("followUp", Text::tr("Acuerdos de seguimiento"),
                              Text::tr("Escriba un acuerdo o canal de comunicación"));
    followUp.categories = {Text::tr("Acuerdo de seguimiento"), Text::tr("Canal de comunicación")};
    followUp.teamTag = true;
    specs << followUp;

    SheetSpec missing = list("missing", Text::tr("Lo que faltó"), Text::tr("Escriba lo que faltó"));
    missing.teamTag = true;
    specs << missing;

    SheetSpec phrases =
        list("phrases", Text::tr("Lo que no debe faltar"), Text::tr("Escriba una frase"));
    phrases.teamTag = true;
    specs << phrases;

    SheetSpec advice = list("externalAdvice", Text::tr("Situaciones para asesoría externa"),
                            Text::tr("Describa la situación y pulse Intro"));
    advice.schoolTag = SchoolTag::One;
    advice.markLabel = Text::tr("Entregada al director");
    specs << advice;

    SheetSpec impressions = list("impressions", Text::tr("Impresiones en plenaria"),
                                 Text::tr("Escriba la impresión del voluntario"));
    impressions.schoolTag = SchoolTag::One;
    impressions.participantTag = true;
    specs << impressions;

    specs << form("nextMeeting", Text::tr("Próxima reunión"), Form::NextMeeting);

    SheetSpec balance = list("balance", Text::tr("Balance de los directores"),
                             Text::tr("Escriba el balance del director"));
    balance.schoolTag = SchoolTag::One;
    balance.participantTag = true;
    specs << balance;
    return specs;
}

QVector<SheetSpec> buildAll()
{
    QVector<SheetSpec> built = buildSpecs();
    // What each teacher can say in their own words: the room's answers, proposals, actions,
    // commitments, phrases and impressions, and their private notes if they choose to send
    // them (the rest is recorded from the front).
    const QStringList phones = {QStringLiteral("individualNotes"), QStringLiteral("axisQuestions"),
                                QStringLiteral("teamAnswers"),     QStringLiteral("proposals"),
                                QStringLiteral("actions"),         QStringLiteral("commitments"),
                                QStringLiteral("phrases"),         QStringLiteral("impressions")};
    for (SheetSpec &spec : built)
        spec.fromPhones = phones.contains(spec.id);
    return built;
}

// Built once per interface language, since the names are translated, and kept for good: a
// reference handed out stays valid even if the language changes later (tests change it). Read
// on every entry and by the phones' server threads, so the usual path takes no lock.
const QVector<SheetSpec> &specs()
{
    static std::array<std::atomic<const QVector<SheetSpec> *>, QLocale::LastLanguage + 1> built{};
    static std::mutex building;
    const int language = QLocale().language();
    if (const QVector<SheetSpec> *ready = built[language].load(std::memory_order_acquire))
        return *ready;
    const std::lock_guard<std::mutex> guard(building);
    if (!built[language].load(std::memory_order_relaxed))
        built[language].store(new QVector<SheetSpec>(buildAll()), std::memory_order_release);
    return *built[language].load(std::memory_order_relaxed);
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
