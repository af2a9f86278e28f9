#include "core/participation/SubmissionReader.h"

#include "core/guide/SheetKinds.h"
#include "core/text/SingleLine.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <limits>

namespace fcte {
namespace {

using json = nlohmann::json;

// The strings of this file, under the context translate() looks them up by.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ParticipationServer)
};

// A submission's body, read field by field; the first problem is kept, in Spanish.
class BodyReader {
public:
    BodyReader(const json &body, const ParticipationLimits &limits)
        : m_body(body)
        , m_limits(limits)
    {}
    QString problem;

    QString text(const char *key, int maxChars)
    {
        const auto it = m_body.find(key);
        if (it == m_body.end() || it->is_null())
            return {};
        if (!it->is_string()) {
            fail(Text::tr("«%1» debe ser texto").arg(QLatin1String(key)));
            return {};
        }
        const QString value = QString::fromStdString(it->get<std::string>()).trimmed();
        if (value.size() > maxChars)
            fail(Text::tr("«%1» es demasiado largo (más de %2 caracteres)")
                     .arg(QLatin1String(key))
                     .arg(maxChars));
        return value;
    }
    QString field(const char *key) { return text(key, m_limits.maxFieldChars); }
    qint64 number(const char *key, qint64 min, qint64 max, qint64 fallback)
    {
        const auto it = m_body.find(key);
        if (it == m_body.end() || it->is_null())
            return fallback;
        if (!it->is_number_integer() || it->get<qint64>() < min || it->get<qint64>() > max) {
            fail(Text::tr("«%1» no es un número válido").arg(QLatin1String(key)));
            return fallback;
        }
        return it->get<qint64>();
    }
    void fail(const QString &why)
    {
        if (problem.isEmpty())
            problem = why;
    }

private:
    const json &m_body;
    const ParticipationLimits &m_limits;
};

} // namespace

SubmissionRead readSubmission(std::string_view body, const ParticipationLimits &limits)
{
    SubmissionRead result;
    const json parsed = json::parse(body.begin(), body.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        result.problem = Text::tr("La solicitud no es válida.");
        return result;
    }
    BodyReader read(parsed, limits);
    Submission &s = result.submission;
    s.device = read.text("device", 64);
    s.clientId = read.text("clientId", 64);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{8,64}$"));
    if (!idPattern.match(s.device).hasMatch() || !idPattern.match(s.clientId).hasMatch())
        read.fail(Text::tr("falta la identificación del envío"));
    s.activity = int(read.number("activity", 1, 999, 0));
    s.kind = read.text("kind", 40);
    if (!SheetKinds::isKnown(s.kind) || !SheetKinds::spec(s.kind).fromPhones)
        read.fail(Text::tr("esta hoja no recibe envíos desde teléfonos"));
    s.participantId = read.number("participant", 0, std::numeric_limits<qint32>::max(), 0);
    s.schoolId = read.number("school", 0, std::numeric_limits<qint32>::max(), 0);
    s.teamId = read.number("team", 0, std::numeric_limits<qint32>::max(), 0);
    s.category = int(read.number("category", -1, 99, -1));
    s.typedName = SingleLine::clean(read.text("name", limits.maxNameChars));
    s.text = read.field("text");
    s.studentsNeed = read.field("studentsNeed");
    s.actions = read.field("actions");
    s.shareHow = read.field("shareHow");
    s.evidence = read.field("evidence");
    if (s.participantId == 0 && s.typedName.isEmpty())
        read.fail(Text::tr("falta su nombre"));
    const bool commitment = s.kind == QLatin1String("commitments");
    if (commitment ? s.studentsNeed.isEmpty() && s.actions.isEmpty() && s.shareHow.isEmpty() &&
                         s.evidence.isEmpty()
                   : s.text.isEmpty())
        read.fail(Text::tr("no escribió nada"));
    result.problem = read.problem;
    return result;
}

} // namespace fcte
