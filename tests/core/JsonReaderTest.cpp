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
