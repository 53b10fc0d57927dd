#pragma once

#include "model/Design.h"

#include <QByteArray>
#include <optional>
#include <string>

/// The loader's fast path (internal to DesignReader): reads a clean file straight from the
/// parser's events into a Design, without building the whole JSON tree first. A clean file
/// loads with no warning and no error; for anything else (a syntax error, a refusal, a
/// warning, an unknown key, a repeated key, an unusual key order) it gives up and the full
/// reader, which is the contract (FORMAT.md's messages), reads the bytes again.
namespace sky::DesignReader::FastPath {

/// The design when `bytes` is a clean skyforge/1 file, else nullopt ("let the full reader say why").
/// The caller has already checked the size and emptiness; the nesting depth is checked here.
std::optional<Design> readClean(const QByteArray& bytes);

/// FORMAT.md's id: [a-z][a-z0-9_-]{0,62}, the whole string (no trailing line break: ids
/// become Terraform names and file names).
bool isValidId(const std::string& id);

/// A position ([x, y]) or a size ([width, height], both `positive`): two finite numbers below 1e7.
bool isValidPair(const Json& value, bool positive);

} // namespace sky::DesignReader::FastPath
