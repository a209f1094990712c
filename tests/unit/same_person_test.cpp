// same_person: one person under two spellings of a name, read from the
// name keys and the name words (kept in the spellings memo's arena during a
// parse, made fresh here).
#include "attribute/people.hpp"

#include <catch2/catch.hpp>

using ect::attribute::same_person;

TEST_CASE("spellings of one person match, two people sharing a surname do not", "[attribute]") {
    CHECK(same_person("Tim Cook", "TimCook"));             // the same key
    CHECK(same_person("TIM COOK", "Tim Cook"));
    CHECK(same_person("Tim Cook", "Timothy D. Cook"));     // a given name and its long form
    CHECK(same_person("Mike Mayo", "Michael Mayo"));       // the same first two letters
    CHECK(same_person("Jane O'Neil Jr.", "Jane ONeil"));   // suffixes and apostrophes
    CHECK_FALSE(same_person("Ivan Zhou", "Irene Zhou"));   // one shared initial is not enough
    CHECK_FALSE(same_person("Tim Cook", "Tim Cooke"));     // another surname
    CHECK_FALSE(same_person("Cook", "Tim Cook"));          // one word: only the keys can match
}
