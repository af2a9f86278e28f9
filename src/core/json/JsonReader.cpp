#include "core/json/JsonReader.h"

#include <QCoreApplication>

#include <cctype>

#include <vector>

namespace fcte {
namespace {

struct TooDeep {};
struct TooMuch {};

// What nlohmann's tree costs in memory, measured on real archives and hostile ones (the estimate
// is within a few percent of the heap's growth): a value in an array takes 16 bytes, and up to
// three times that while the array grows; a member of an object is a map node with its key and
// value; a string, an object or an array is a block of its own; text past 15 characters has its
// own block too.
constexpr qsizetype ArraySlotBytes = 48;
constexpr qsizetype MemberBytes = 96;
constexpr qsizetype BlockBytes = 48;
qsizetype textBytes(const std::string &text)
{
    return text.size() > 15 ? qsizetype(text.size()) + 17 : 0;
}

// Raised for an error nlohmann reports that is not a syntax error (a number out of range).
struct Malformed {};

// Builds nlohmann's tree from its public SAX interface, refusing any value nested deeper than a
// limit, and any tree past a memory budget, as it is read. (nlohmann's callback parser could
// limit depth, but on closing each object it scans the enclosing container for discarded values:
// an array of n entries cost n²/2 steps, the superlinear part of importing a large bitácora. Its
// DOM builder is an internal class, whose template changes between releases.) Depths count as
// the callback's did: the top-level value is at 0, what is inside it at 1, and so on.
class DepthLimitedBuilder final : public nlohmann::json_sax<JsonReader::json> {
    using json = JsonReader::json;

public:
    DepthLimitedBuilder(json &result, int maxDepth, qsizetype maxTreeBytes)
        : m_result(result)
        , m_maxDepth(maxDepth)
        , m_maxTreeBytes(maxTreeBytes)
    {}

    bool null() override { return here() && costs(0) && add(json(nullptr)); }
    bool boolean(bool value) override { return here() && costs(0) && add(json(value)); }
    bool number_integer(number_integer_t value) override
    {
        return here() && costs(0) && add(json(value));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return here() && costs(0) && add(json(value));
    }
    bool number_float(number_float_t value, const string_t &) override
    {
        return here() && costs(0) && add(json(value));
    }
    bool string(string_t &value) override
    {
        return here() && costs(BlockBytes + textBytes(value)) && add(json(value));
    }
    bool binary(binary_t &value) override
    {
        return here() && costs(BlockBytes + qsizetype(value.size())) && add(json(value));
    }
    bool key(string_t &value) override
    {
        // The member's node holds its value: the value itself adds nothing more. A key given
        // twice keeps its last value, as nlohmann's own builder does.
        if (!(here() && costs(MemberBytes + textBytes(value))))
            return false;
        m_member = &(*m_open.back())[value];
        return true;
    }
    bool start_object(std::size_t) override
    {
        return here() && costs(BlockBytes) && open(json::object(), false);
    }
    bool start_array(std::size_t) override
    {
        return here() && costs(BlockBytes) && open(json::array(), true);
    }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const json::exception &error) override
    {
        // Syntax errors (ids 1xx) keep their type, which says where the text went wrong.
        if (error.id / 100 == 1)
            throw static_cast<const json::parse_error &>(error);
        throw Malformed{};
    }

private:
    // A value, key or container starting now is at the depth of the containers still open.
    bool here() const
    {
        if (qsizetype(m_open.size()) > m_maxDepth)
            throw TooDeep{};
        return true;
    }
    // A value costs its slot when it is in an array (in an object, its key paid for it); past
    // the budget the tree is given up before it is built: a file of tiny values would otherwise
    // take twenty-five times its size.
    bool costs(qsizetype bytes)
    {
        const bool inArray = !m_inArray.empty() && m_inArray.back();
        m_treeBytes += bytes + (inArray ? ArraySlotBytes : 0);
        if (m_treeBytes > m_maxTreeBytes)
            throw TooMuch{};
        return true;
    }
    // Puts a value where the text has it: the whole document, the next item of the open array,
    // or the member whose key came last.
    json *place(json &&value)
    {
        if (m_open.empty()) {
            m_result = std::move(value);
            return &m_result;
        }
        json &container = *m_open.back();
        if (container.is_array()) {
            container.push_back(std::move(value));
            return &container.back();
        }
        *m_member = std::move(value);
        return m_member;
    }
    bool add(json &&value)
    {
        place(std::move(value));
        return true;
    }
    bool open(json &&container, bool array)
    {
        m_open.push_back(place(std::move(container)));
        m_inArray.push_back(array);
        return true;
    }
    bool close()
    {
        m_open.pop_back();
        m_inArray.pop_back();
        return true;
    }

    json &m_result;
    const int m_maxDepth;
    const qsizetype m_maxTreeBytes;
    std::vector<json *> m_open;  // the containers being filled, outermost first
    std::vector<bool> m_inArray; // per open container: an array (or an object)
    json *m_member = nullptr;    // the member whose key was read last
    qsizetype m_treeBytes = 0;
};

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// Where a syntax error is, as a person finds it in a text editor: the line, the column (in
// characters, counting from 1) and the line itself, shortened around the error.
QString syntaxError(const QByteArray &data, const JsonReader::json::parse_error &error)
{
    // nlohmann counts the byte it stopped at from 1, the last of the token it could not take;
    // past the end means the text ended early. The column is where that token starts.
    qsizetype at = qBound<qsizetype>(0, qsizetype(error.byte) - 1, data.size());
    // nlohmann names the token only in English: walk back over it instead (a string to its
    // opening quote, a number or word to its first character).
    if (at < data.size() && data.at(at) == '"') {
        qsizetype open = at - 1;
        while (open >= 0 && data.at(open) != '\n' &&
               (data.at(open) != '"' || (open > 0 && data.at(open - 1) == '\\')))
            --open;
        if (open >= 0 && data.at(open) == '"')
            at = open;
    } else {
        const auto inWord = [&data](qsizetype i) {
            const char c = data.at(i);
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+';
        };
        while (at > 0 && at < data.size() && inWord(at) && inWord(at - 1))
            --at;
    }
    // (lastIndexOf from -1 would search from the end of the text.)
    const qsizetype lineStart = at > 0 ? data.lastIndexOf('\n', at - 1) + 1 : 0;
    qsizetype lineEnd = data.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = data.size();
    const int line = int(data.left(lineStart).count('\n')) + 1;
    const QString before = QString::fromUtf8(data.mid(lineStart, at - lineStart));
    const int column = int(before.toUcs4().size()) + 1;
    QString text = QString::fromUtf8(data.mid(lineStart, lineEnd - lineStart)).trimmed();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    if (at >= data.size() || text.isEmpty())
        return Text::tr("JSON mal formado: el texto termina antes de cerrarse (línea %1)")
            .arg(line);
    return Text::tr("JSON mal formado en la línea %1, columna %2: %3")
        .arg(line)
        .arg(column)
        .arg(text);
}

} // namespace

std::optional<JsonReader::json> JsonReader::parse(const QByteArray &data, qsizetype maxBytes,
                                                  int maxDepth)
{
    if (data.size() > maxBytes) {
        fail({}, Text::tr("el archivo pesa más de %1 KiB").arg(maxBytes / 1024));
        return std::nullopt;
    }
    try {
        // The limit is enforced while parsing, before anything copies or walks the value.
        json result;
        DepthLimitedBuilder builder(result, maxDepth, treeBudget(data.size()));
        json::sax_parse(data.constBegin(), data.constEnd(), &builder);
        return result;
    } catch (const TooDeep &) {
        fail({}, Text::tr("el archivo anida más de %1 niveles").arg(maxDepth));
    } catch (const TooMuch &) {
        fail({}, Text::tr("el archivo tiene demasiados valores pequeños para su tamaño: leerlo "
                          "ocuparía más memoria de la que se permite (véase el manual)"));
    } catch (const json::parse_error &error) {
        fail({}, syntaxError(data, error));
    } catch (const Malformed &) {
        fail({}, Text::tr("JSON mal formado"));
    } catch (const json::exception &) {
        fail({}, Text::tr("JSON mal formado"));
    }
    return std::nullopt;
}

qsizetype JsonReader::treeBudget(qsizetype fileBytes)
{
    // With the program itself (about 30 MiB), the file and what is read out of the tree, the
    // whole import stays under four times the file plus 64 MiB (the manual states it). A real
    // archive's tree is about 4.2 times its text, so real archives of up to a few tens of
    // megabytes of text (far more than a session writes; photos cost about their size) fit.
    return fileBytes * 2 + 28 * 1024 * 1024;
}

void JsonReader::fail(const QString &path, const QString &message)
{
    // A hostile file can have millions of wrong values: the first ones say enough.
    if (errors.size() < MaxErrors)
        errors << (path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    else if (errors.size() == MaxErrors)
        errors << Text::tr("… y más problemas del mismo archivo.");
}

QString JsonReader::join(const QString &path, const char *key)
{
    const QString name = QString::fromLatin1(key);
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString JsonReader::item(const QString &path, std::size_t index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

bool JsonReader::expectObject(const json &node, const QString &path)
{
    if (node.is_object())
        return true;
    fail(path, Text::tr("debe ser un objeto"));
    return false;
}

const JsonReader::json *JsonReader::member(const json &object, const QString &path, const char *key,
                                           Required required)
{
    const auto it = object.find(key);
    if (it == object.end() || (it->is_null() && required == Required::No)) {
        if (required == Required::Yes)
            fail(join(path, key), Text::tr("falta este campo"));
        return nullptr;
    }
    return &*it;
}

QString JsonReader::text(const json &object, const QString &path, const char *key,
                         Required required, Trim trim, int maxChars)
{
    const json *value = member(object, path, key, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(join(path, key), Text::tr("debe ser texto"));
        return {};
    }
    const std::string &utf8 = value->get_ref<const std::string &>();
    // Checked on the bytes first: a 150 MB string is never copied to find out.
    if (utf8.size() > std::size_t(maxChars) * 4) {
        fail(join(path, key),
             Text::tr("es demasiado largo (el límite es %1 caracteres)").arg(maxChars));
        return {};
    }
    QString result = QString::fromStdString(utf8);
    if (result.size() > maxChars) {
        fail(join(path, key),
             Text::tr("es demasiado largo (el límite es %1 caracteres)").arg(maxChars));
        return {};
    }
    if (trim == Trim::Yes)
        result = result.trimmed();
    else if (trim == Trim::Refuse && result.size() != result.trimmed().size())
        fail(join(path, key), Text::tr("tiene espacios o saltos de línea al principio o al final"));
    if (required == Required::Yes && result.trimmed().isEmpty())
        fail(join(path, key), Text::tr("no puede estar vacío"));
    return result;
}

QByteArray JsonReader::bytes(const json &object, const QString &path, const char *key,
                             Required required, qsizetype maxBytes)
{
    const json *value = member(object, path, key, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(join(path, key), Text::tr("debe ser texto en base64"));
        return {};
    }
    const std::string &text = value->get_ref<const std::string &>();
    // Base64 takes four characters for every three bytes.
    if (qsizetype(text.size()) / 4 * 3 > maxBytes + 2) {
        fail(join(path, key), Text::tr("pesa más de %1 MB").arg(maxBytes / (1024 * 1024)));
        return {};
    }
    auto decoded =
        QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), qsizetype(text.size())),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(join(path, key), Text::tr("no es base64 válido"));
        return {};
    }
    if (required == Required::Yes && decoded.decoded.isEmpty())
        fail(join(path, key), Text::tr("no puede estar vacío"));
    return decoded.decoded;
}

int JsonReader::integer(const json &object, const QString &path, const char *key, int min, int max,
                        Required required)
{
    return int(integer64(object, path, key, min, max, required));
}

qint64 JsonReader::integer64(const json &object, const QString &path, const char *key, qint64 min,
                             qint64 max, Required required)
{
    const json *value = member(object, path, key, required);
    if (!value)
        return 0;
    if (!value->is_number_integer() || value->get<long long>() < min ||
        value->get<long long>() > max) {
        fail(join(path, key), Text::tr("debe ser un entero entre %1 y %2").arg(min).arg(max));
        return 0;
    }
    return qint64(value->get<long long>());
}

bool JsonReader::boolean(const json &object, const QString &path, const char *key)
{
    const json *value = member(object, path, key, Required::No);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        fail(join(path, key), Text::tr("debe ser true o false"));
        return false;
    }
    return value->get<bool>();
}

const JsonReader::json *JsonReader::array(const json &object, const QString &path, const char *key,
                                          Required required)
{
    const json *value = member(object, path, key, required);
    if (value && !value->is_array()) {
        fail(join(path, key), Text::tr("debe ser una lista"));
        return nullptr;
    }
    return value;
}

QStringList JsonReader::texts(const json &object, const QString &path, const char *key,
                              Required required)
{
    QStringList result;
    const json *value = array(object, path, key, required);
    if (!value)
        return result;
    const QString here = join(path, key);
    if (required == Required::Yes && value->empty())
        fail(here, Text::tr("hace falta al menos uno"));
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json &node = (*value)[i];
        if (!node.is_string()) {
            fail(item(here, i), Text::tr("debe ser texto"));
            continue;
        }
        const QString itemText = QString::fromStdString(node.get<std::string>()).trimmed();
        if (itemText.isEmpty())
            fail(item(here, i), Text::tr("no puede estar vacío"));
        result << itemText;
    }
    return result;
}

} // namespace fcte
