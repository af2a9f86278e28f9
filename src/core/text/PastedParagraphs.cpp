#include "core/text/PastedParagraphs.h"

#include <QRegularExpression>
#include <QStringList>

namespace fcte {
namespace {

bool endsSentence(const QString &line)
{
    static const QString closing = QStringLiteral(".?!:»\"”…");
    return !line.isEmpty() && closing.contains(line.back());
}

// "uti-" followed by "lizado": a letter, a hyphen at the end, a lower-case letter next.
bool hyphenatedAcross(const QString &line, const QString &next)
{
    return line.size() >= 2 && line.back() == QLatin1Char('-') &&
           line.at(line.size() - 2).isLetter() && !next.isEmpty() && next.front().isLower();
}

} // namespace

QString PastedParagraphs::join(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    const bool blankLinesSeparate = lines.contains(QString()) && lines.size() > 1;
    QStringList paragraphs;
    QString current;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            if (!current.isEmpty())
                paragraphs << current;
            current.clear();
            continue;
        }
        if (current.isEmpty())
            current = line;
        else if (hyphenatedAcross(current, line))
            current = current.chopped(1) + line;
        else if (current.back() == QLatin1Char('-'))
            current += line; // a compound split at its hyphen ("Ciudad de México-Toluca")
        else
            current += QLatin1Char(' ') + line;
        if (!blankLinesSeparate && endsSentence(line)) {
            paragraphs << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        paragraphs << current;
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace fcte
