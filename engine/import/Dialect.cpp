// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/Dialect.h"

#include "import/CsvReader.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <iconv.h>

namespace segmenta::engine {

namespace {

constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view utf16LeBom = "\xFF\xFE";
constexpr std::string_view utf16BeBom = "\xFE\xFF";
constexpr std::array<char, 4> delimiterCandidates {',', ';', '\t', '|'};
constexpr std::size_t sniffRecordCount = 50; // enough to see a pattern, few enough to stay instant
constexpr std::size_t iconvChunkBytes = 64 * 1024;
constexpr std::size_t utf16SniffBytes = 4096; // the first lines are enough to see every other byte is NUL

/// An iconv conversion descriptor to UTF-8, closed when it goes out of scope.
class Utf8Converter
{
public:
    explicit Utf8Converter(const char *fromEncoding)
        : m_handle(iconv_open("UTF-8", fromEncoding))
    { }
    ~Utf8Converter()
    {
        if (isValid()) {
            iconv_close(m_handle);
        }
    }
    Utf8Converter(const Utf8Converter &) = delete;
    Utf8Converter &operator=(const Utf8Converter &) = delete;

    bool isValid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }
    iconv_t handle() const { return m_handle; }

private:
    iconv_t m_handle;
};

/// The name glibc's iconv knows each encoding by.
const char *iconvName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16Le:
        return "UTF-16LE";
    case TextEncoding::Utf16Be:
        return "UTF-16BE";
    case TextEncoding::Windows1254:
        return "CP1254";
    case TextEncoding::Iso8859_9:
        return "ISO-8859-9";
    case TextEncoding::Windows1252:
        return "CP1252";
    }
    return "UTF-8";
}

std::string_view bomOf(std::string_view bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return bytes.starts_with(utf8Bom) ? utf8Bom : std::string_view();
    case TextEncoding::Utf16Le:
        return bytes.starts_with(utf16LeBom) ? utf16LeBom : std::string_view();
    case TextEncoding::Utf16Be:
        return bytes.starts_with(utf16BeBom) ? utf16BeBom : std::string_view();
    default:
        return {};
    }
}

/// Line and 1-based byte column of `offset` in `bytes`, counting line feeds in the file's own encoding
/// so a UTF-16 file reports the line a text editor shows.
Location locate(
    std::string_view bytes, std::size_t offset, TextEncoding encoding, const std::string &fileName)
{
    std::int64_t line = 1;
    std::size_t lineStart = 0;
    const bool isUtf16 = encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be;
    const std::size_t step = isUtf16 ? 2 : 1;
    for (std::size_t i = 0; i + step <= offset; i += step) {
        bool isLineFeed = bytes[i] == '\n';
        if (encoding == TextEncoding::Utf16Le) {
            isLineFeed = bytes[i] == '\n' && bytes[i + 1] == '\0';
        } else if (encoding == TextEncoding::Utf16Be) {
            isLineFeed = bytes[i] == '\0' && bytes[i + 1] == '\n';
        }
        if (isLineFeed) {
            ++line;
            lineStart = i + step;
        }
    }
    return Location {fileName, line, static_cast<std::int64_t>(offset - lineStart + 1)};
}

bool isTurkishLetterByte(unsigned char byte)
{
    // ğ Ğ ı ş Ş İ in Windows-1254 / ISO-8859-9; ð Ð ý þ Þ Ý in Windows-1252.
    return byte == 0xF0 || byte == 0xD0 || byte == 0xFD || byte == 0xFE || byte == 0xDE || byte == 0xDD;
}

} // namespace

const char *encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "utf-8";
    case TextEncoding::Utf16Le:
        return "utf-16le";
    case TextEncoding::Utf16Be:
        return "utf-16be";
    case TextEncoding::Windows1254:
        return "windows-1254";
    case TextEncoding::Iso8859_9:
        return "iso-8859-9";
    case TextEncoding::Windows1252:
        return "windows-1252";
    }
    return "utf-8";
}

std::optional<TextEncoding> encodingFromName(std::string_view name)
{
    std::string folded;
    for (const char c : name) {
        folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    struct Alias
    {
        std::string_view name;
        TextEncoding encoding;
    };
    static constexpr std::array<Alias, 17> aliases {{
        {"utf-8", TextEncoding::Utf8}, {"utf8", TextEncoding::Utf8}, {"utf-16", TextEncoding::Utf16Le},
        {"utf16", TextEncoding::Utf16Le}, {"utf-16le", TextEncoding::Utf16Le},
        {"utf16le", TextEncoding::Utf16Le}, {"utf-16be", TextEncoding::Utf16Be},
        {"utf16be", TextEncoding::Utf16Be}, {"windows-1254", TextEncoding::Windows1254},
        {"cp1254", TextEncoding::Windows1254}, {"iso-8859-9", TextEncoding::Iso8859_9},
        {"iso8859-9", TextEncoding::Iso8859_9}, {"latin5", TextEncoding::Iso8859_9},
        {"latin-5", TextEncoding::Iso8859_9}, {"windows-1252", TextEncoding::Windows1252},
        {"cp1252", TextEncoding::Windows1252},
        {"latin1", TextEncoding::Windows1252}, // what "Latin-1" files from Windows really are
    }};
    for (const Alias &alias : aliases) {
        if (alias.name == folded) {
            return alias.encoding;
        }
    }
    return std::nullopt;
}

std::string delimiterName(char delimiter)
{
    return delimiter == '\t' ? std::string("tab") : std::string(1, delimiter);
}

bool isSupportedDelimiter(char delimiter)
{
    return std::find(delimiterCandidates.begin(), delimiterCandidates.end(), delimiter)
        != delimiterCandidates.end();
}

Detected<TextEncoding> detectEncoding(std::string_view bytes, std::optional<TextEncoding> hint)
{
    if (hint) {
        // "utf-16" names no byte order; the BOM is the authority on it.
        if (*hint == TextEncoding::Utf16Le || *hint == TextEncoding::Utf16Be) {
            if (bytes.starts_with(utf16LeBom)) {
                return {TextEncoding::Utf16Le, DetectionConfidence::Given};
            }
            if (bytes.starts_with(utf16BeBom)) {
                return {TextEncoding::Utf16Be, DetectionConfidence::Given};
            }
        }
        return {*hint, DetectionConfidence::Given};
    }
    if (bytes.starts_with(utf8Bom)) {
        return {TextEncoding::Utf8, DetectionConfidence::Certain};
    }
    if (bytes.starts_with(utf16LeBom)) {
        return {TextEncoding::Utf16Le, DetectionConfidence::Certain};
    }
    if (bytes.starts_with(utf16BeBom)) {
        return {TextEncoding::Utf16Be, DetectionConfidence::Certain};
    }
    // UTF-16 without a BOM: its ASCII letters pass as valid UTF-8, each followed (LE) or preceded (BE) by a
    // NUL. Text files never hold NULs otherwise, so a quarter of them in the first bytes settles it.
    const std::size_t sniffed = std::min(bytes.size(), utf16SniffBytes);
    std::size_t evenNuls = 0;
    std::size_t oddNuls = 0;
    for (std::size_t i = 0; i < sniffed; ++i) {
        if (bytes[i] == '\0') {
            (i % 2 == 0 ? evenNuls : oddNuls) += 1;
        }
    }
    if (4 * (evenNuls + oddNuls) > sniffed) {
        return {oddNuls >= evenNuls ? TextEncoding::Utf16Le : TextEncoding::Utf16Be,
            DetectionConfidence::Guessed};
    }
    if (findInvalidUtf8(bytes, {}).line == 0) {
        // Legacy code-page text is almost never valid UTF-8 by accident once it has any letter above 0x7F.
        return {TextEncoding::Utf8, DetectionConfidence::Certain};
    }
    bool isTurkish = false;
    bool hasWindowsOnlyBytes = false;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        isTurkish = isTurkish || isTurkishLetterByte(byte);
        hasWindowsOnlyBytes = hasWindowsOnlyBytes || (byte >= 0x80 && byte <= 0x9F);
    }
    if (!isTurkish) {
        return {TextEncoding::Windows1252, DetectionConfidence::Guessed};
    }
    return {hasWindowsOnlyBytes ? TextEncoding::Windows1254 : TextEncoding::Iso8859_9,
        DetectionConfidence::Guessed};
}

Result<std::string> decodeToUtf8(std::string_view bytes, TextEncoding encoding, const std::string &fileName)
{
    const std::string_view bom = bomOf(bytes, encoding);
    bytes.remove_prefix(bom.size());
    const auto invalidAt = [&](std::size_t offset) {
        return makeError(ErrorCode::InvalidEncoding, {fileName, encodingName(encoding)},
            locate(bytes, offset, encoding, fileName));
    };
    if (encoding == TextEncoding::Utf8) {
        // Our own validator gives the exact position and also refuses surrogates and overlong forms.
        if (const Location bad = findInvalidUtf8(bytes, fileName); bad.line > 0) {
            return makeError(ErrorCode::InvalidEncoding, {fileName, encodingName(encoding)}, bad);
        }
        return std::string(bytes);
    }

    Utf8Converter converter(iconvName(encoding));
    if (!converter.isValid()) {
        return makeError(ErrorCode::InvalidParameter,
            {"encoding", encodingName(encoding), "an encoding this system's iconv supports"});
    }
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    std::string input(bytes); // iconv's input pointer is not const
    char *in = input.data();
    std::size_t inLeft = input.size();
    std::array<char, iconvChunkBytes> chunk {};
    while (inLeft > 0) {
        char *outPointer = chunk.data();
        std::size_t outLeft = chunk.size();
        const std::size_t converted = iconv(converter.handle(), &in, &inLeft, &outPointer, &outLeft);
        out.append(chunk.data(), chunk.size() - outLeft);
        if (converted == static_cast<std::size_t>(-1)) {
            const int reason = errno;
            if (reason == E2BIG) {
                continue;
            }
            // EILSEQ: a byte the encoding does not define; EINVAL: a sequence cut off by the end.
            return invalidAt(static_cast<std::size_t>(in - input.data()));
        }
    }
    char *outPointer = chunk.data();
    std::size_t outLeft = chunk.size();
    iconv(converter.handle(), nullptr, nullptr, &outPointer, &outLeft);
    out.append(chunk.data(), chunk.size() - outLeft);
    if (std::string_view(out).starts_with(utf8Bom)) {
        out.erase(0, utf8Bom.size()); // a BOM written as U+FEFF inside the converted text
    }
    return out;
}

Detected<char> detectDelimiter(std::string_view text)
{
    struct Candidate
    {
        char delimiter = ',';
        std::size_t fieldCount = 0; // of the header
        std::size_t agreeing = 0; // sampled records after the header with the header's field count
        std::size_t sampled = 0;
    };
    std::vector<Candidate> candidates;
    for (const char delimiter : delimiterCandidates) {
        CsvReader reader(text, delimiter, {});
        CsvRecord record;
        Candidate candidate {delimiter, 0, 0, 0};
        for (std::size_t n = 0; n < sniffRecordCount; ++n) {
            auto more = reader.next(record);
            if (!more || !more.value()) {
                break; // an unterminated quote is reported by the real read, with its place
            }
            if (n == 0) {
                candidate.fieldCount = record.fields.size();
                continue;
            }
            ++candidate.sampled;
            candidate.agreeing += record.fields.size() == candidate.fieldCount ? 1 : 0;
        }
        if (candidate.fieldCount > 1) {
            candidates.push_back(candidate);
        }
    }
    const auto isConsistent = [](const Candidate &c) { return c.agreeing == c.sampled; };
    const auto consistentCount
        = static_cast<std::size_t>(std::count_if(candidates.begin(), candidates.end(), isConsistent));
    const Candidate *best = nullptr;
    for (const Candidate &candidate : candidates) {
        if (consistentCount > 0) {
            if (isConsistent(candidate) && (!best || candidate.fieldCount > best->fieldCount)) {
                best = &candidate;
            }
            continue;
        }
        // Nobody fits every record: take the best agreement, if at least half the records agree.
        // Every candidate here has sampled records: one without any would count as consistent.
        const auto share = [](const Candidate &c) {
            return static_cast<double>(c.agreeing) / static_cast<double>(c.sampled);
        };
        if (2 * candidate.agreeing >= candidate.sampled && (!best || share(candidate) > share(*best))) {
            best = &candidate;
        }
    }
    if (!best) {
        return {',', DetectionConfidence::Guessed};
    }
    const bool isCertain = consistentCount == 1 && best->sampled > 0;
    return {best->delimiter, isCertain ? DetectionConfidence::Certain : DetectionConfidence::Guessed};
}

Detected<DecimalMark> detectDecimalMark(
    const std::vector<std::vector<std::string_view>> &columns, char delimiter)
{
    const NumberFormat dot {'.', ','};
    const NumberFormat comma {',', '.'};
    std::size_t dotVotes = 0;
    std::size_t commaVotes = 0;
    for (const auto &values : columns) {
        bool anyValue = false;
        bool isDotNumeric = true;
        bool isCommaNumeric = true;
        for (const std::string_view value : values) {
            if (trimmed(value).empty()) {
                continue;
            }
            anyValue = true;
            isDotNumeric = isDotNumeric && parseReal(value, dot).has_value();
            isCommaNumeric = isCommaNumeric && parseReal(value, comma).has_value();
            if (!isDotNumeric && !isCommaNumeric) {
                break;
            }
        }
        if (!anyValue || isDotNumeric == isCommaNumeric) {
            continue; // text, or numbers that read under both marks: no evidence
        }
        (isDotNumeric ? dotVotes : commaVotes) += 1;
    }
    if (dotVotes == 0 && commaVotes == 0) {
        return {delimiter == ';' ? DecimalMark::Comma : DecimalMark::Dot, DetectionConfidence::Guessed};
    }
    const DetectionConfidence confidence
        = (dotVotes == 0 || commaVotes == 0) ? DetectionConfidence::Certain : DetectionConfidence::Guessed;
    return {commaVotes > dotVotes ? DecimalMark::Comma : DecimalMark::Dot, confidence};
}

NumberFormat numberFormat(const CsvDialect &dialect)
{
    return NumberFormat {dialect.decimalMark == DecimalMark::Comma ? ',' : '.', dialect.thousandsSeparator};
}

Result<DialectDetection> detectDialect(std::string_view bytes, const DialectHints &hints)
{
    DialectDetection detection;
    const Detected<TextEncoding> encoding = detectEncoding(bytes, hints.encoding);
    detection.dialect.encoding = encoding.value;
    detection.encoding = encoding.confidence;
    auto text = decodeToUtf8(bytes, encoding.value);
    if (!text) {
        return text.error();
    }

    if (hints.delimiter) {
        detection.dialect.delimiter = *hints.delimiter;
        detection.delimiter = DetectionConfidence::Given;
    } else {
        const Detected<char> delimiter = detectDelimiter(text.value());
        detection.dialect.delimiter = delimiter.value;
        detection.delimiter = delimiter.confidence;
    }

    Detected<DecimalMark> mark {hints.decimalMark, DetectionConfidence::Given};
    if (hints.decimalMark == DecimalMark::Auto) {
        CsvReader reader(text.value(), detection.dialect.delimiter, {});
        std::vector<CsvRecord> records;
        CsvRecord record;
        while (true) {
            auto more = reader.next(record);
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            records.push_back(std::move(record));
        }
        std::vector<std::vector<std::string_view>> columns(
            records.empty() ? 0 : records.front().fields.size());
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (records[r].fields.size() != columns.size()) {
                continue; // a ragged row is the importer's to report
            }
            for (std::size_t c = 0; c < columns.size(); ++c) {
                columns[c].push_back(records[r].fields[c]);
            }
        }
        mark = detectDecimalMark(columns, detection.dialect.delimiter);
    }
    detection.dialect.decimalMark = mark.value;
    detection.dialect.thousandsSeparator = mark.value == DecimalMark::Comma ? '.' : ',';
    detection.decimalMark = mark.confidence;
    return detection;
}

} // namespace segmenta::engine
