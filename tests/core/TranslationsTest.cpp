#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

const QString EnglishTs = QStringLiteral(FCTE_SOURCE_DIR "/translations/facilitador-cte_en.ts");

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QVector<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                messages << current;
            current =
                Message{context,
                        {},
                        {},
                        false,
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages << current;
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The %1…%9 and %n a text fills in, sorted: a translation must fill in the same ones.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

TEST_CASE("lupdate finds every string of the program already in the English translation, "
          "with no warning")
{
    // On a copy: the test never rewrites the repository's file.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("en.ts"));
    REQUIRE(QFile::copy(EnglishTs, copy));
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    const QString root = QStringLiteral(FCTE_SOURCE_DIR);
    const test::ProgramRun run = test::runProgramAt(
        lupdate,
        {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
         QStringLiteral("-source-language"), QStringLiteral("es_MX"), QStringLiteral("-I"),
         root + QStringLiteral("/src"), root + QStringLiteral("/src/core"),
         root + QStringLiteral("/src/app"), root + QStringLiteral("/ui"), QStringLiteral("-ts"),
         copy},
        120000);
    REQUIRE(run.exitCode == 0);
    const QString output = run.out + run.err;
    INFO(output.toStdString());
    // Nothing but its progress: a warning means a string lupdate cannot file correctly.
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString text = line.trimmed();
        CHECK((text.startsWith(QLatin1String("Scanning directory")) ||
               text.startsWith(QLatin1String("Updating")) ||
               text.startsWith(QLatin1String("Found"))));
    }
    CHECK(output.contains(QStringLiteral("(0 new and ")));
    CHECK(test::readFile(copy) == test::readFile(EnglishTs)); // nothing new, nothing obsolete
}

TEST_CASE("Every message has a finished English translation that fills in the same values")
{
    const QVector<Message> messages = readTs(EnglishTs);
    REQUIRE(messages.size() > 1000);
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        if (message.unfinished || message.translations.isEmpty()) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (message.numerus && message.translations.size() != 2)
            problems << QStringLiteral("English needs two plural forms: ") + where;
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty() != message.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            if (placeholders(translation) != placeholders(message.source) &&
                !(message.numerus && placeholders(translation).isEmpty()))
                problems << QStringLiteral("values differ: ") + where;
            // Labels keep their keyboard path, and text joined to others keeps its spacing.
            if (message.source.contains(QLatin1Char('&')) != translation.contains(QLatin1Char('&')))
                problems << QStringLiteral("mnemonic: ") + where;
            if (message.source.startsWith(QLatin1Char(' ')) !=
                    translation.startsWith(QLatin1Char(' ')) ||
                message.source.endsWith(QLatin1Char(' ')) != translation.endsWith(QLatin1Char(' ')))
                problems << QStringLiteral("spacing: ") + where;
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
