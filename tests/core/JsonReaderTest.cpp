#include "core/json/JsonReader.h"

#include <catch2/catch.hpp>

using namespace fcte;

namespace {

bool parses(const char *text, int maxDepth)
{
    JsonReader reader;
    const bool parsed = reader.parse(QByteArray(text), 1024, maxDepth).has_value();
    CHECK(parsed == reader.ok());
    return parsed;
}

} // namespace

TEST_CASE("JSON deeper than the limit is refused as it is read, at exactly the limit it is kept")
{
    // The top-level value is at depth 0, what it holds at 1, and so on.
    CHECK(parses("[[1]]", 2));
    CHECK_FALSE(parses("[[[1]]]", 2));
    CHECK(parses(R"({"a":{"b":1}})", 2));
    CHECK(parses(R"({"a":{"b":{}}})", 2)); // an empty object at depth 2 holds nothing deeper
    CHECK_FALSE(parses(R"({"a":{"b":{"c":1}}})", 2));
    CHECK_FALSE(parses(R"({"a":{"b":{"c":null}}})", 2));
    CHECK_FALSE(parses(R"([[["text"]]])", 2));

    // And what is read is the document, whole.
    JsonReader reader;
    const auto read =
        reader.parse(R"({"entries":[{"text":"Uno","n":1},{"text":"Dos","n":2.5}]})", 1024, 3);
    REQUIRE(read);
    CHECK(read->at("entries").size() == 2);
    CHECK(read->at("entries").at(1).at("text") == "Dos");
    CHECK(read->at("entries").at(1).at("n") == 2.5);

    // Malformed input is still named as such, with where.
    JsonReader broken;
    CHECK_FALSE(broken.parse(R"({"a":[1,2})", 1024, 8));
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().startsWith(QStringLiteral("JSON mal formado")));
}

TEST_CASE("The tree read through the public SAX interface is the one nlohmann's own parser builds")
{
    // Every kind of value, at every place one can be: the builder must put each where the text
    // has it (the document, the next item of an array, the member of the last key).
    const char *text = R"({"a":[1,-2,3.5,true,false,null,"tres",[],{},[[{"b":"c"}]]],
        "ñandú":{"x":{"y":[{"z":18446744073709551615}]}},"a2":"\u00e1\ud83d\ude00",
        "dup":1,"dup":2,"empty":"","last":[{"k":[1,{"m":[2]}]},3]})";
    JsonReader reader;
    const auto read = reader.parse(QByteArray(text), 4096, 16);
    REQUIRE(read);
    CHECK(reader.ok());
    CHECK(*read == nlohmann::json::parse(text)); // a key given twice keeps its last value
    CHECK(read->at("dup") == 2);

    // A lone value is a document too.
    JsonReader scalar;
    const auto number = scalar.parse(QByteArray("42"), 16, 0);
    REQUIRE(number);
    CHECK(*number == 42);

    // A number too large for a double is refused with a message, not an exception.
    JsonReader huge;
    CHECK_FALSE(huge.parse(QByteArray("[1e999]"), 64, 4));
    REQUIRE(huge.errors.size() == 1);
    CHECK(huge.errors.first().startsWith(QStringLiteral("JSON mal formado")));
}
