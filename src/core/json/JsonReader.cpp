#include "JsonReader.h"

#include <QCoreApplication>

namespace fcte {
namespace {

struct TooDeep {};

// nlohmann's DOM builder, refusing any value nested deeper than a limit as it is read. (Its
// callback parser could do the same, but on closing each object it scans the enclosing
// container for discarded values: an array of n entries cost n²/2 steps, the superlinear part
// of importing a large bitácora.) Depths count as the callback's did: the top-level value is at
// 0, what is inside it at 1, and so on.
class DepthLimitedBuilder : public nlohmann::detail::json_sax_dom_parser<JsonReader::json> {
    using Base = nlohmann::detail::json_sax_dom_parser<JsonReader::json>;

public:
    DepthLimitedBuilder(JsonReader::json &result, int maxDepth)
        : Base(result, true)
        , m_maxDepth(maxDepth)
    {}

    bool null() { return here() && Base::null(); }
    bool boolean(bool value) { return here() && Base::boolean(value); }
    bool number_integer(number_integer_t value) { return here() && Base::number_integer(value); }
    bool number_unsigned(number_unsigned_t value) { return here() && Base::number_unsigned(value); }
    bool number_float(number_float_t value, const string_t &text)
    {
        return here() && Base::number_float(value, text);
    }
    bool string(string_t &value) { return here() && Base::string(value); }
    bool binary(binary_t &value) { return here() && Base::binary(value); }
    bool key(string_t &value) { return here() && Base::key(value); }
    bool start_object(std::size_t size) { return enter() && Base::start_object(size); }
    bool start_array(std::size_t size) { return enter() && Base::start_array(size); }
    bool end_object()
    {
        --m_open;
        return Base::end_object();
    }
    bool end_array()
    {
        --m_open;
        return Base::end_array();
    }

private:
    // A value, key or container starting now is at the depth of the containers still open.
    bool here() const
    {
        if (m_open > m_maxDepth)
            throw TooDeep{};
        return true;
    }
    bool enter()
    {
        here();
        ++m_open;
        return true;
    }

    const int m_maxDepth;
    int m_open = 0;
};

// The strings of this file, under the context translate() looks them up by and lupdate files
// them under (a plain tr() helper would be filed under the enclosing namespace).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

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
        DepthLimitedBuilder builder(result, maxDepth);
        json::sax_parse(data.constBegin(), data.constEnd(), &builder);
        return result;
    } catch (const TooDeep &) {
        fail({}, Text::tr("el archivo anida más de %1 niveles").arg(maxDepth));
    } catch (const json::parse_error &error) {
        fail({}, Text::tr("JSON mal formado cerca del byte %1").arg(error.byte));
    } catch (const json::exception &) {
        fail({}, Text::tr("JSON mal formado"));
    }
    return std::nullopt;
}

void JsonReader::fail(const QString &path, const QString &message)
{
    errors << (path.isEmpty() ? message : path + QStringLiteral(": ") + message);
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
                         Required required, Trim trim)
{
    const json *value = member(object, path, key, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        fail(join(path, key), Text::tr("debe ser texto"));
        return {};
    }
    QString result = QString::fromStdString(value->get_ref<const std::string &>());
    if (trim == Trim::Yes)
        result = result.trimmed();
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
        fail(here, Text::tr("no puede estar vacía"));
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
