#pragma once
/// \file
/// Everything of the public API: `#include <ect/ect.hpp>`.

#include <ect/json.hpp>
#include <ect/parser.hpp>
#include <ect/transcript.hpp>
#include <ect/types.hpp>
#include <ect/version.hpp>
