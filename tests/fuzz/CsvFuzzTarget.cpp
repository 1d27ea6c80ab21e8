// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// libFuzzer target for the delimited-text path every CSV import takes: encoding detection and decoding
// (Dialect.h), delimiter sniffing, the full dialect detection and CsvReader, then number parsing of every
// field. Besides "no crash, no sanitizer report", it checks what the readers promise: decoded text is valid
// UTF-8, records advance through the text, and the detected dialect is one the importer reads.
//
// Build (clang only; each command is one line), from the repository root:
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
//         -DSEGMENTA_FUZZ=ON -DSEGMENTA_SANITIZE=ON -DSEGMENTA_BUILD_GUI=OFF
//   cmake --build build/fuzz -j2 --target segmenta_fuzz_csv
// Run for five minutes, new inputs going to a scratch folder (keep tests/fuzz/corpus/csv small):
//   mkdir -p /tmp/csv-corpus
//   build/fuzz/tests/fuzz/segmenta_fuzz_csv -max_total_time=300 -max_len=65536 -timeout=10
//         /tmp/csv-corpus tests/fuzz/corpus/csv
// A crash leaves crash-<sha1> in the working folder: add it to tests/fuzz/corpus/csv, so the replay test
// (fuzz_corpus_csv, built with any compiler) keeps checking it.
#include "import/CsvReader.h"
#include "import/Dialect.h"
#include "import/ValueParsing.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

using namespace segmenta::engine;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

/// Reads every record of UTF-8 `text` and parses each field as a number in `format`.
void readAllRecords(std::string_view text, char delimiter, const NumberFormat &format)
{
    CsvReader reader(text, delimiter, "fuzz.csv");
    CsvRecord record;
    std::int64_t previousLine = 0;
    std::size_t previousPosition = 0;
    while (true) {
        auto more = reader.next(record);
        if (!more) {
            require(
                more.error().code == ErrorCode::UnterminatedQuote, "CsvReader fails only on an open quote");
            require(more.error().where && more.error().where->line >= 1, "the open quote has a line");
            return;
        }
        if (!more.value()) {
            return;
        }
        require(!record.fields.empty(), "a record has at least one field");
        require(record.line > previousLine, "records start on later lines");
        require(reader.position() > previousPosition && reader.position() <= text.size(),
            "each record consumes text");
        previousLine = record.line;
        previousPosition = reader.position();
        for (const std::string &field : record.fields) {
            (void)parseInteger(field, format);
            (void)parseReal(field, format);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);

    // As the import wizard's preview does: everything detected.
    auto detection = detectDialect(bytes, DialectHints {});
    if (detection) {
        const CsvDialect &dialect = detection.value().dialect;
        require(isSupportedDelimiter(dialect.delimiter), "a detected delimiter is one the importer reads");
        require(dialect.decimalMark != DecimalMark::Auto, "the decimal mark is decided");
    } else {
        const ErrorCode code = detection.error().code;
        require(code == ErrorCode::InvalidEncoding || code == ErrorCode::UnterminatedQuote,
            "detectDialect fails only on encoding or quoting");
    }

    // As the importer does with the user's choices: the input's size picks an encoding and a delimiter, so
    // the fuzzer reaches every decoder and delimiter without a format byte in the corpus files.
    constexpr TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Utf16Le, TextEncoding::Utf16Be,
        TextEncoding::Windows1254, TextEncoding::Iso8859_9, TextEncoding::Windows1252};
    constexpr char kDelimiters[] = {',', ';', '\t', '|'};
    const std::optional<TextEncoding> hint = kEncodings[size % 6];
    const TextEncoding encoding = detectEncoding(bytes, size % 7 == 6 ? std::nullopt : hint).value;
    auto text = decodeToUtf8(bytes, encoding, "fuzz.csv");
    if (!text) {
        require(text.error().code == ErrorCode::InvalidEncoding, "decoding fails only on invalid bytes");
        require(encoding != TextEncoding::Iso8859_9, "ISO-8859-9 defines every byte");
        return 0;
    }
    require(findInvalidUtf8(text.value(), "fuzz.csv").line == 0, "decoded text is valid UTF-8");
    const Detected<char> sniffed = detectDelimiter(text.value());
    require(isSupportedDelimiter(sniffed.value), "a sniffed delimiter is one the importer reads");
    readAllRecords(text.value(), sniffed.value, NumberFormat {});
    readAllRecords(text.value(), kDelimiters[(size / 6) % 4], NumberFormat {',', '.'});
    return 0;
}
