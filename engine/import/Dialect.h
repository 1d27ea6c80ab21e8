// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Result.h"
#include "import/ValueParsing.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace segmenta::engine {

/// The character encodings customer files arrive in: Excel's "CSV UTF-8" and "Unicode text", and the
/// legacy code pages Turkish and Western European Windows and Excel still write.
enum class TextEncoding
{
    Utf8, ///< with or without a byte-order mark
    Utf16Le, ///< Excel's "Unicode text"; expected with a BOM
    Utf16Be,
    Windows1254, ///< Turkish Windows ("ANSI" on a Turkish PC)
    Iso8859_9, ///< Latin-5, Turkish; equals Windows-1254 except in 0x80–0x9F (C1 controls here)
    Windows1252, ///< Western European Windows
};

/// Which character separates the integer and the fraction of a number.
enum class DecimalMark
{
    Auto, ///< decided per file from the numeric-looking columns (see detectDecimalMark)
    Dot, ///< 1234.56 or 1,234.56 (English)
    Comma, ///< 1234,56 or 1.234,56 or 1 234,56 (Turkish, German, French, …)
};

/// How a delimited text file is written: everything needed to read it back as the author meant.
struct CsvDialect
{
    char delimiter = ','; ///< ',', ';', '\t' or '|'
    TextEncoding encoding = TextEncoding::Utf8; ///< of the file's bytes; text is UTF-8 once decoded
    DecimalMark decimalMark = DecimalMark::Dot; ///< Dot or Comma, never Auto once detected
    /// Digit-group separator: ',' with dot decimals, '.' with comma decimals. Spaces (U+0020, U+00A0,
    /// U+202F) are accepted as group separators as well, since they are never a decimal mark.
    char thousandsSeparator = ',';
};

/// What the caller already knows; anything left empty is detected.
struct DialectHints
{
    std::optional<char> delimiter; ///< one of ',', ';', '\t', '|'; empty: sniffed from the first records
    std::optional<TextEncoding> encoding; ///< empty: BOM, then UTF-8 validity, then the code-page heuristic
    DecimalMark decimalMark = DecimalMark::Auto; ///< Auto: decided from the numeric-looking columns
};

/// How sure detection is about one aspect of the dialect.
enum class DetectionConfidence
{
    Given, ///< the caller said so (a hint); nothing was detected
    Certain, ///< the data leaves no other reading: a BOM, valid UTF-8, one consistent delimiter, decisive
             ///< numbers
    Guessed, ///< a heuristic or the documented default decided; show it to the user and let them override
};

/// A detected dialect and how sure each part of it is.
struct DialectDetection
{
    CsvDialect dialect;
    DetectionConfidence encoding = DetectionConfidence::Guessed;
    DetectionConfidence delimiter = DetectionConfidence::Guessed;
    DetectionConfidence decimalMark = DetectionConfidence::Guessed;
};

/// A detected value and how sure detection is about it.
template<typename T> struct Detected
{
    T value {};
    DetectionConfidence confidence = DetectionConfidence::Guessed;
};

/// Stable lower-case name: "utf-8", "utf-16le", "utf-16be", "windows-1254", "iso-8859-9", "windows-1252".
const char *encodingName(TextEncoding encoding);

/// Parses an encoding name, case-insensitively, with the usual aliases ("utf8", "cp1254", "latin5",
/// "cp1252", …). "utf-16" means UTF-16 whose byte order the BOM gives (little-endian without one).
std::optional<TextEncoding> encodingFromName(std::string_view name);

/// The delimiter as users name it: ",", ";", "tab", "|".
std::string delimiterName(char delimiter);

/// Whether `delimiter` is one of the four the importer reads: ',', ';', '\t', '|'.
bool isSupportedDelimiter(char delimiter);

/// Picks the encoding of `bytes`: the hint if given (a UTF-16 hint takes the BOM's byte order when there
/// is a BOM); else a BOM (UTF-8, UTF-16 LE/BE); else UTF-16 when over a quarter of the first 4 KiB are NUL
/// bytes (LE when they sit at odd offsets); else UTF-8 when the bytes are valid UTF-8; else a code page, by
/// this heuristic:
/// - bytes 0xF0 0xD0 0xFD 0xFE 0xDE 0xDD are ğ Ğ ı ş Ş İ in Windows-1254 / ISO-8859-9 but the Icelandic
///   ð Ð ý þ Þ Ý in Windows-1252. Any of them → Turkish, otherwise Windows-1252.
/// - Turkish with any byte in 0x80–0x9F (€, „, smart quotes; C1 controls in ISO-8859-9, so never text
///   there) → Windows-1254; without → ISO-8859-9 (the two decode such a file identically).
Detected<TextEncoding> detectEncoding(std::string_view bytes, std::optional<TextEncoding> hint);

/// Converts `bytes` to UTF-8 with iconv, dropping a byte-order mark.
/// Errors: InvalidEncoding (args: file name, encoding name; where: line and 1-based byte column in the
/// file's bytes, counted after any BOM) at the first byte sequence that is not valid in `encoding`, or a
/// truncated one at the end. (ISO-8859-9 defines every byte, so it never fails.)
Result<std::string> decodeToUtf8(
    std::string_view bytes, TextEncoding encoding, const std::string &fileName = {});

/// Sniffs the delimiter from the first 50 records of UTF-8 `text`, honouring quotes: for each of ',', ';',
/// '\t', '|' whose header has more than one field, the share of sampled records with the header's field
/// count. A candidate with every record consistent wins (the most fields, then that order, breaks ties:
/// Certain when it is the only one); otherwise the best share if at least half the records agree
/// (Guessed); otherwise ',' (Guessed) so a one-column file still reads as one column.
Detected<char> detectDelimiter(std::string_view text);

/// Decides the decimal mark from whole columns (each a list of raw field values). A column is numeric
/// under a mark when all its non-empty values parse under it (with that mark's digit grouping, strictly
/// in threes). Values read differently under the two marks ("1.234", "1,234") decide nothing alone:
/// - a column numeric under exactly one mark votes for it ("1.234,5", "1,5", "1.234.567" for Comma;
///   "12.5", "1,234.5" for Dot); the mark with more votes wins (Certain when unopposed, Guessed on a
///   split; a tie goes to Dot);
/// - no votes (only "1.234"-like or plain whole numbers): a ';'-delimited file gets Comma (the convention
///   of the locales that write semicolon files), any other Dot (Guessed).
/// So one "1.234,5" anywhere in a column makes its "1.234" a thousand, and one "12.5" makes it 1.234.
/// A column that is not numeric under the chosen mark is imported as text, never as misread numbers.
/// The importer leaves the id column out: ids are text whatever they look like.
Detected<DecimalMark> detectDecimalMark(
    const std::vector<std::vector<std::string_view>> &columns, char delimiter);

/// The NumberFormat for reading numbers written in `dialect`.
NumberFormat numberFormat(const CsvDialect &dialect);

/// The whole detection on a file's raw bytes, for previews: encoding, then delimiter, then the decimal mark
/// from every record of the file. Errors: InvalidEncoding, UnterminatedQuote (from reading the records).
Result<DialectDetection> detectDialect(std::string_view bytes, const DialectHints &hints);

} // namespace segmenta::engine
