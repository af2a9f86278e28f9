#include "core/guide/GuideWriter.h"

#include "core/guide/Guide.h"

namespace fcte {
namespace {

// JSON string syntax, with everything beyond ASCII kept as UTF-8 (as the shipped guides are).
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

// Members of one JSON object, written in the order they are added.
class ObjectWriter {
public:
    explicit ObjectWriter(int depth)
        : m_indent(QByteArray(2 * (depth + 1), ' '))
        , m_close(QByteArray(2 * depth, ' '))
    {}

    void raw(const char *key, const QByteArray &value)
    {
        m_members << m_indent + quoted(QString::fromLatin1(key)) + ": " + value;
    }
    void text(const char *key, const QString &value) { raw(key, quoted(value)); }
    void optionalText(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void number(const char *key, int value) { raw(key, QByteArray::number(value)); }
    // Names: ["a", "b"] on one line.
    void names(const char *key, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        QByteArrayList items;
        for (const QString &value : values)
            items << quoted(value);
        raw(key, '[' + items.join(", ") + ']');
    }
    // Sentences: one a line.
    void sentences(const char *key, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        const QByteArray inner = m_indent + "  ";
        QByteArrayList items;
        for (const QString &value : values)
            items << inner + quoted(value);
        raw(key, "[\n" + items.join(",\n") + '\n' + m_indent + ']');
    }
    QByteArray result() const { return "{\n" + m_members.join(",\n") + '\n' + m_close + '}'; }

private:
    QByteArray m_indent;
    QByteArray m_close;
    QByteArrayList m_members;
};

QByteArray list(const QByteArrayList &objects, int depth)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    QByteArrayList items;
    for (const QByteArray &object : objects)
        items << indent + object;
    return "[\n" + items.join(",\n") + '\n' + QByteArray(2 * depth, ' ') + ']';
}

QByteArray activityJson(const Activity &activity, int depth)
{
    ObjectWriter out(depth);
    out.number("number", activity.number);
    out.text("title", activity.title);
    out.number("minutes", activity.minutes);
    const bool perSchool = activity.timer == TimerKind::PerSchool;
    out.text("timer", perSchool ? QStringLiteral("perSchool") : QStringLiteral("activity"));
    if (perSchool)
        out.number("minutesPerTurn", activity.minutesPerTurn);
    if (activity.minutesFromGuide)
        out.text("minutesFrom", QStringLiteral("guide"));
    if (activity.fixed)
        out.raw("fixed", "true");
    QStringList shows;
    for (const SessionList &list : activity.shows)
        shows << list.key();
    out.names("shows", shows);
    out.sentences("steps", activity.steps);
    out.sentences("prompts", activity.prompts);
    out.sentences("starters", activity.starters);
    if (!activity.reading.isEmpty()) {
        ObjectWriter reading(depth + 1);
        reading.text("title", activity.reading.title);
        reading.text("source", activity.reading.source);
        out.raw("reading", reading.result());
    }
    out.names("sheets", activity.sheets);
    return out.result();
}

} // namespace

QByteArray GuideWriter::toJson(const Guide &guide)
{
    ObjectWriter out(0);
    out.text("id", guide.id);
    out.text("title", guide.title);
    out.optionalText("source", guide.source);
    out.sentences("purposes", guide.purposes);
    out.sentences("materials", guide.materials);
    out.sentences("preparation", guide.preparation);
    out.sentences("preparationPerSchool", guide.preparationPerSchool);
    out.sentences("products", guide.products);
    QByteArrayList sections;
    for (const Section &section : guide.sections) {
        ObjectWriter object(2);
        object.number("number", section.number);
        object.text("title", section.title);
        QByteArrayList activities;
        for (const Activity &activity : section.activities)
            activities << activityJson(activity, 4);
        object.raw("activities", list(activities, 3));
        sections << object.result();
    }
    out.raw("sections", list(sections, 1));
    return out.result() + '\n';
}

} // namespace fcte
