#include "SheetKinds.h"

#include <QCoreApplication>

namespace fcte {
namespace {

struct Kind {
    const char *id;
    const char *name;
};

const Kind Kinds[] = {
    {"recorders", QT_TRANSLATE_NOOP("SheetKinds", "Quienes registran")},
    {"norms", QT_TRANSLATE_NOOP("SheetKinds", "Normas de convivencia")},
    {"peerIdeas", QT_TRANSLATE_NOOP("SheetKinds", "Ideas sobre el aprendizaje entre pares")},
    {"baseIdeas", QT_TRANSLATE_NOOP("SheetKinds", "Ideas base de la modalidad")},
    {"modalityCommitments", QT_TRANSLATE_NOOP("SheetKinds", "Compromisos con la modalidad")},
    {"schoolProblems", QT_TRANSLATE_NOOP("SheetKinds", "Problemática de cada escuela")},
    {"individualNotes", QT_TRANSLATE_NOOP("SheetKinds", "Notas individuales (privadas)")},
    {"axisQuestions", QT_TRANSLATE_NOOP("SheetKinds", "Preguntas y reflexiones por eje")},
    {"similarities", QT_TRANSLATE_NOOP("SheetKinds", "Similitudes, coincidencias y diferencias")},
    {"teams", QT_TRANSLATE_NOOP("SheetKinds", "Equipos por grado o sección")},
    {"teamAnswers", QT_TRANSLATE_NOOP("SheetKinds", "Respuestas de los equipos")},
    {"proposals", QT_TRANSLATE_NOOP("SheetKinds", "Propuestas")},
    {"actions", QT_TRANSLATE_NOOP("SheetKinds", "Acciones pertinentes")},
    {"commitments", QT_TRANSLATE_NOOP("SheetKinds", "Compromisos personales")},
    {"followUp", QT_TRANSLATE_NOOP("SheetKinds", "Acuerdos de seguimiento")},
    {"missing", QT_TRANSLATE_NOOP("SheetKinds", "Lo que faltó")},
    {"phrases", QT_TRANSLATE_NOOP("SheetKinds", "Lo que no debe faltar")},
    {"externalAdvice", QT_TRANSLATE_NOOP("SheetKinds", "Situaciones para asesoría externa")},
    {"impressions", QT_TRANSLATE_NOOP("SheetKinds", "Impresiones en plenaria")},
    {"nextMeeting", QT_TRANSLATE_NOOP("SheetKinds", "Próxima reunión")},
    {"balance", QT_TRANSLATE_NOOP("SheetKinds", "Balance de los directores")},
};

} // namespace

const QStringList &SheetKinds::ids()
{
    static const QStringList all = [] {
        QStringList list;
        for (const Kind &kind : Kinds)
            list << QString::fromLatin1(kind.id);
        return list;
    }();
    return all;
}

bool SheetKinds::isKnown(const QString &id)
{
    return ids().contains(id);
}

QString SheetKinds::displayName(const QString &id)
{
    for (const Kind &kind : Kinds) {
        if (id == QLatin1String(kind.id))
            return QCoreApplication::translate("SheetKinds", kind.name);
    }
    return id;
}

bool SheetKinds::isPrivate(const QString &id)
{
    return id == QLatin1String("individualNotes");
}

} // namespace fcte
