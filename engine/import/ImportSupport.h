// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"
#include "core/Value.h"
#include "import/CsvReader.h"
#include "import/Dialect.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// What the customer-table and transaction-log importers share: reading and decoding the file, the header
/// checks and finding columns by role.

/// The file's bytes. Errors: FileNotFound, FileUnreadable.
Result<std::string> readWholeFile(const std::string &path);

/// The caller's overrides as detection hints. Errors: InvalidParameter for a delimiter or encoding we do
/// not read.
Result<DialectHints> dialectHints(
    const std::optional<char> &delimiter, const std::string &encoding, DecimalMark decimalMark);

/// Decodes `bytes` (detecting the encoding unless hinted), then picks the delimiter. Takes the bytes by
/// value: a UTF-8 file is returned as it is (without its BOM), not copied.
/// Errors: InvalidEncoding.
Result<std::string> decodeFile(
    std::string bytes, const DialectHints &hints, const std::string &fileName, CsvDialect &dialect);

/// Reads and checks the header row: at least one record, every name non-empty and unique.
/// Errors: UnterminatedQuote, EmptyFile, EmptyColumnName, DuplicateColumnName, InvalidParameter (too many
/// columns).
Result<CsvRecord> readHeader(CsvReader &reader, const std::string &fileName);

/// Headers that name a customer id, folded (see foldHeader), in order of preference.
std::span<const std::string_view> customerIdHeaderNames();

/// The column named `requested` exactly; when `requested` is empty, the first header whose folded form
/// equals one of `names` (tried in the names' order). Nothing when there is none.
std::optional<std::size_t> findColumn(const std::vector<std::string> &header, const std::string &requested,
    std::span<const std::string_view> names);

/// The criteria family a column's name suggests, in English and Turkish: age/yaş, gender/cinsiyet,
/// income/gelir, city/şehir, … are demographic; attitudes, interests, satisfaction, … psychographic;
/// channel, visits, tenure, spending score, … behavioural; spend, revenue, CLV, … value; anything else
/// other. Only a suggestion: the user can change it.
CriteriaFamily suggestFamily(std::string_view header);

} // namespace segmenta::engine
