#include "core/model/SchoolLabels.h"

#include <QCoreApplication>

namespace fcte::SchoolLabels {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SchoolLabels)
};

QString labelOf(const QList<Choice> &choices, const QString &key)
{
    for (const auto &[known, label] : choices) {
        if (known == key)
            return label;
    }
    return key;
}

} // namespace

QList<Choice> levels()
{
    return {{QStringLiteral("preescolar"), Text::tr("Preescolar")},
            {QStringLiteral("primaria"), Text::tr("Primaria")},
            {QStringLiteral("secundaria"), Text::tr("Secundaria")}};
}

QList<Choice> shifts()
{
    return {{QStringLiteral("matutino"), Text::tr("Matutino")},
            {QStringLiteral("vespertino"), Text::tr("Vespertino")},
            {QStringLiteral("nocturno"), Text::tr("Nocturno")},
            {QStringLiteral("discontinuo"), Text::tr("Discontinuo")},
            {QStringLiteral("completo"), Text::tr("Tiempo completo")}};
}

QString levelName(const QString &key)
{
    return labelOf(levels(), key);
}

QString shiftName(const QString &key)
{
    return labelOf(shifts(), key);
}

QList<Choice> roles()
{
    return {{QStringLiteral("docente"), Text::tr("Docente")},
            {QStringLiteral("director"), Text::tr("Director(a)")},
            {QStringLiteral("subdirector"), Text::tr("Subdirector(a)")},
            {QStringLiteral("agente"), Text::tr("Agente educativo")}};
}

QString roleName(const QString &key)
{
    return labelOf(roles(), key.isEmpty() ? QStringLiteral("docente") : key);
}

} // namespace fcte::SchoolLabels
