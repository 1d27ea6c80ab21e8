// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "import/XlsxReader.h"

#include "core/Assert.h"

#include <expat.h>
#include <unzip.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace segmenta::engine {

namespace {

static_assert(std::is_same_v<XML_Char, char>, "expat must be built for UTF-8 (XML_Char = char)");

constexpr std::size_t kChunkBytes = 64 * 1024; ///< uncompressed XML handed to expat per call
constexpr std::int64_t kMaxColumns = 16384; ///< Excel's grid: columns A … XFD
constexpr std::int64_t kMaxRows = 1048576; ///< Excel's grid: rows 1 … 1,048,576
constexpr std::size_t kRowsPerProgress = 4096;
constexpr std::size_t kMaxReservedStrings = 1 << 20; ///< the table's declared size is only a hint
constexpr char kNamespaceSeparator = '|'; ///< never part of an XML local name

// Excel's 1900 date system counts 1900-01-01 as serial 1 and keeps the Lotus 1-2-3 bug of a
// 29 February 1900 (serial 60); its 1904 system counts 1904-01-01 as serial 0. Offsets are to
// 1970-01-01, the epoch of civilFromDays.
constexpr std::int64_t kLotusLeapDay = 60;
constexpr std::int64_t kUnixDayOfSerialZero1900 = -25568; ///< serials 1 … 59
constexpr std::int64_t kUnixDayOfSerialZero1900AfterLeapBug = -25569; ///< serials 61 …
constexpr std::int64_t kUnixDayOfSerialZero1904 = -24107;
constexpr std::int64_t kLastSerial1900 = 2958465; ///< 9999-12-31
constexpr std::int64_t kLastSerial1904 = 2957003; ///< 9999-12-31
constexpr double kSecondsPerDay = 86400.0;
constexpr double kSmallestPlainNumber = 1e-5; ///< numbers from here …
constexpr double kLargestPlainNumber = 1e16; ///< … to here are written without an exponent

enum class DateSystem
{
    Excel1900,
    Excel1904,
};

/// How a cell's number format shows a number.
enum class NumberDisplay
{
    Number,
    Date, ///< y, m, d only
    DateTime,
    Time, ///< time of day only
    ElapsedTime, ///< [h]:mm:ss: whole hours, possibly more than 24
};

struct WorkbookInfo
{
    std::string workbookPart;
    std::vector<XlsxSheetInfo> sheets;
    DateSystem dateSystem = DateSystem::Excel1900;
    std::string sharedStringsPart; ///< empty when the workbook has none
    std::string stylesPart; ///< empty when the workbook has none
};

std::string_view localName(const XML_Char *name)
{
    const std::string_view qualified(name);
    const auto separator = qualified.rfind(kNamespaceSeparator);
    return separator == std::string_view::npos ? qualified : qualified.substr(separator + 1);
}

/// The value of the attribute with local name `name`, whatever its namespace; nullptr when absent.
const char *attribute(const XML_Char **attributes, std::string_view name)
{
    for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
        if (localName(attributes[i]) == name) {
            return attributes[i + 1];
        }
    }
    return nullptr;
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

template<typename Integer> std::optional<Integer> parseWhole(std::string_view text)
{
    Integer value {};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

Error unreadable(const std::string &path, std::string reason)
{
    return makeError(ErrorCode::FileUnreadable, {path, std::move(reason)});
}

// ---- XML ------------------------------------------------------------------------------------------

/// Receives one part's elements. A callback that finds the content wrong sets `failure`; parsing stops
/// there and the reason is reported with the XML line.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void startElement(std::string_view name, const XML_Char **attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view) { }

    std::optional<std::string> failure;
};

/// One expat parser with namespace processing, so "x:c" and "c" are both the local name "c".
/// Not movable: expat holds its address.
class XmlParser
{
public:
    explicit XmlParser(XmlHandler &handler)
        : m_parser(XML_ParserCreateNS(nullptr, kNamespaceSeparator))
        , m_handler(handler)
    {
        SEGMENTA_ASSERT(m_parser != nullptr, "XML_ParserCreateNS: out of memory");
        XML_SetUserData(m_parser, this);
        XML_SetElementHandler(m_parser, &XmlParser::onStart, &XmlParser::onEnd);
        XML_SetCharacterDataHandler(m_parser, &XmlParser::onCharacters);
        // Office never writes a DTD; refusing one rules out entity-expansion bombs from a crafted file.
        XML_SetStartDoctypeDeclHandler(m_parser, &XmlParser::onDoctype);
    }
    ~XmlParser() { XML_ParserFree(m_parser); }
    XmlParser(const XmlParser &) = delete;
    XmlParser &operator=(const XmlParser &) = delete;

    /// Parses the next piece of the part (`last` on the final, possibly empty, piece).
    /// Returns the reason when the XML is malformed or a handler failed, with the XML line and column.
    std::optional<std::string> feed(std::string_view data, bool last)
    {
        SEGMENTA_ASSERT(data.size() <= kChunkBytes, "feed() takes at most one chunk");
        if (XML_Parse(m_parser, data.data(), static_cast<int>(data.size()), last ? XML_TRUE : XML_FALSE)
            == XML_STATUS_OK) {
            return std::nullopt;
        }
        const std::string reason = m_handler.failure
            ? *m_handler.failure
            : std::string(XML_ErrorString(XML_GetErrorCode(m_parser)));
        const auto line = m_handler.failure ? m_failureLine : XML_GetCurrentLineNumber(m_parser);
        const auto column = m_handler.failure ? m_failureColumn : XML_GetCurrentColumnNumber(m_parser);
        return reason + " at XML line " + std::to_string(line) + ", column " + std::to_string(column + 1);
    }

private:
    static void XMLCALL onStart(void *userData, const XML_Char *name, const XML_Char **attributes)
    {
        auto &self = *static_cast<XmlParser *>(userData);
        if (!self.m_handler.failure) {
            self.m_handler.startElement(localName(name), attributes);
            self.stopOnFailure();
        }
    }
    static void XMLCALL onEnd(void *userData, const XML_Char *name)
    {
        auto &self = *static_cast<XmlParser *>(userData);
        if (!self.m_handler.failure) {
            self.m_handler.endElement(localName(name));
            self.stopOnFailure();
        }
    }
    static void XMLCALL onCharacters(void *userData, const XML_Char *text, int length)
    {
        auto &self = *static_cast<XmlParser *>(userData);
        if (!self.m_handler.failure) {
            self.m_handler.characters(std::string_view(text, static_cast<std::size_t>(length)));
        }
    }
    static void XMLCALL onDoctype(void *userData, const XML_Char *, const XML_Char *, const XML_Char *, int)
    {
        auto &self = *static_cast<XmlParser *>(userData);
        if (!self.m_handler.failure) {
            self.m_handler.failure = "a document type declaration, which Office never writes";
            self.stopOnFailure();
        }
    }
    void stopOnFailure()
    {
        if (m_handler.failure) {
            m_failureLine = XML_GetCurrentLineNumber(m_parser);
            m_failureColumn = XML_GetCurrentColumnNumber(m_parser);
            XML_StopParser(m_parser, XML_FALSE);
        }
    }

    XML_Parser m_parser;
    XmlHandler &m_handler;
    XML_Size m_failureLine = 0;
    XML_Size m_failureColumn = 0;
};

// ---- zip ------------------------------------------------------------------------------------------

struct UnzipCloser
{
    void operator()(void *file) const { unzClose(file); }
};

/// The workbook's zip container; one part is open for reading at a time.
class ZipArchive
{
public:
    /// Errors: FileUnreadable when the file is not a zip archive (an .xls and an encrypted .xlsx are
    /// named as such: both are OLE2 compound files).
    static Result<ZipArchive> open(const std::string &path)
    {
        unzFile file = unzOpen64(path.c_str());
        if (file == nullptr) {
            std::ifstream in(path, std::ios::binary);
            std::array<char, 8> magic {};
            in.read(magic.data(), magic.size());
            constexpr std::string_view kOle2Magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
            if (in && std::string_view(magic.data(), magic.size()) == kOle2Magic) {
                return unreadable(path,
                    "it is an old Excel .xls workbook or a password-protected .xlsx; save it in Excel as "
                    "\"Excel Workbook (.xlsx)\" without a password, or as CSV");
            }
            return unreadable(path, "not an Excel .xlsx workbook (not a zip archive)");
        }
        return ZipArchive(path, file);
    }

    bool contains(const std::string &part) const
    {
        // Part names in an Open Packaging file compare case-insensitively (ECMA-376 part 2, 9.1.1.1).
        constexpr int kCaseInsensitive = 2;
        return unzLocateFile(m_file.get(), part.c_str(), kCaseInsensitive) == UNZ_OK;
    }

    /// Opens `part` for read(). Returns its uncompressed size.
    Result<std::uint64_t> openPart(const std::string &part)
    {
        if (!contains(part)) {
            return unreadable(m_path, part + " is missing from the workbook");
        }
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_file.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
            return unreadable(m_path, part + " is damaged: its zip entry cannot be read");
        }
        if ((info.flag & 1U) != 0) {
            return unreadable(m_path, part + " is encrypted; save the workbook without a password");
        }
        if (unzOpenCurrentFile(m_file.get()) != UNZ_OK) {
            return unreadable(m_path, part + " is damaged: its zip entry cannot be opened");
        }
        m_openPart = part;
        return static_cast<std::uint64_t>(info.uncompressed_size);
    }

    /// Up to buffer.size() bytes of the open part; 0 at its end.
    Result<std::size_t> read(std::vector<char> &buffer)
    {
        const int count
            = unzReadCurrentFile(m_file.get(), buffer.data(), static_cast<unsigned>(buffer.size()));
        if (count < 0) {
            return unreadable(m_path, m_openPart + " is damaged: its compressed data cannot be read");
        }
        return static_cast<std::size_t>(count);
    }

    /// Closes the open part; checks its checksum once it was read to the end.
    Status closePart()
    {
        const int status = unzCloseCurrentFile(m_file.get());
        if (status == UNZ_CRCERROR) {
            return unreadable(m_path, m_openPart + " is damaged: its checksum does not match");
        }
        if (status != UNZ_OK) {
            return unreadable(m_path, m_openPart + " is damaged: its zip entry cannot be closed");
        }
        return {};
    }

private:
    ZipArchive(std::string path, unzFile file)
        : m_path(std::move(path))
        , m_file(file)
    { }

    std::string m_path;
    std::unique_ptr<void, UnzipCloser> m_file;
    std::string m_openPart;
};

/// Parses a whole part with `handler`, checking `progress` for cancel between chunks.
Status parsePart(ZipArchive &zip, const std::string &path, const std::string &part, XmlHandler &handler,
    Progress *progress)
{
    auto opened = zip.openPart(part);
    if (!opened) {
        return opened.error();
    }
    XmlParser parser(handler);
    std::vector<char> buffer(kChunkBytes);
    while (true) {
        if (progress != nullptr && progress->isCancelRequested()) {
            (void)zip.closePart();
            return makeError(ErrorCode::Cancelled);
        }
        auto count = zip.read(buffer);
        if (!count) {
            (void)zip.closePart();
            return count.error();
        }
        const bool last = count.value() == 0;
        if (auto failure = parser.feed(std::string_view(buffer.data(), count.value()), last)) {
            (void)zip.closePart();
            return unreadable(path, part + " is damaged: " + *failure);
        }
        if (last) {
            return zip.closePart();
        }
    }
}

// ---- package structure ----------------------------------------------------------------------------

/// The folder of a part, with its trailing slash: "xl/workbook.xml" → "xl/".
std::string folderOf(std::string_view part)
{
    const auto slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

/// Resolves a relationship target against the folder of its source part (ECMA-376 part 2, 9.3):
/// "worksheets/sheet1.xml" from "xl/" is "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute.
std::string resolveTarget(std::string_view sourceFolder, std::string_view target)
{
    std::string joined = !target.empty() && target.front() == '/'
        ? std::string(target.substr(1))
        : std::string(sourceFolder) + std::string(target);
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto slash = std::min(joined.find('/', start), joined.size());
        const std::string segment = joined.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty()) {
                segments.pop_back();
            }
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string resolved;
    for (const std::string &segment : segments) {
        resolved += resolved.empty() ? segment : "/" + segment;
    }
    return resolved;
}

/// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
std::string relationshipsPartOf(std::string_view part)
{
    const std::string folder = folderOf(part);
    return folder + "_rels/" + std::string(part.substr(folder.size())) + ".rels";
}

struct Relationship
{
    std::string type;
    std::string target; ///< resolved to a part name
};

class RelationshipsHandler final : public XmlHandler
{
public:
    explicit RelationshipsHandler(std::string sourceFolder)
        : m_sourceFolder(std::move(sourceFolder))
    { }

    void startElement(std::string_view name, const XML_Char **attributes) override
    {
        if (name != "Relationship") {
            return;
        }
        const char *id = attribute(attributes, "Id");
        const char *type = attribute(attributes, "Type");
        const char *target = attribute(attributes, "Target");
        const char *mode = attribute(attributes, "TargetMode");
        if (id == nullptr || type == nullptr || target == nullptr
            || (mode != nullptr && std::string_view(mode) == "External")) {
            return;
        }
        relationships[id] = Relationship {type, resolveTarget(m_sourceFolder, target)};
    }
    void endElement(std::string_view) override { }

    std::map<std::string, Relationship> relationships; ///< by id

private:
    std::string m_sourceFolder;
};

/// The first relationship whose type ends with `/suffix` (transitional and strict OOXML differ only
/// before it).
const Relationship *findByType(
    const std::map<std::string, Relationship> &relationships, std::string_view suffix)
{
    for (const auto &[id, relationship] : relationships) {
        if (endsWith(relationship.type, suffix)) {
            return &relationship;
        }
    }
    return nullptr;
}

class WorkbookHandler final : public XmlHandler
{
public:
    struct Sheet
    {
        std::string name;
        std::string relationshipId;
    };

    void startElement(std::string_view name, const XML_Char **attributes) override
    {
        if (name == "sheets") {
            m_inSheets = true;
        } else if (name == "sheet" && m_inSheets) {
            const char *sheetName = attribute(attributes, "name");
            const char *id = attribute(attributes, "id"); // r:id, in the relationships namespace
            if (sheetName == nullptr || id == nullptr) {
                failure = "a sheet without a name or a relationship id";
                return;
            }
            sheets.push_back(Sheet {sheetName, id});
        } else if (name == "workbookPr") {
            const char *date1904 = attribute(attributes, "date1904");
            if (date1904 != nullptr
                && (std::string_view(date1904) == "1" || std::string_view(date1904) == "true")) {
                dateSystem = DateSystem::Excel1904;
            }
        }
    }
    void endElement(std::string_view name) override
    {
        if (name == "sheets") {
            m_inSheets = false;
        }
    }

    std::vector<Sheet> sheets;
    DateSystem dateSystem = DateSystem::Excel1900;

private:
    bool m_inSheets = false;
};

Result<WorkbookInfo> readWorkbook(ZipArchive &zip, const std::string &path)
{
    WorkbookInfo info;
    info.workbookPart = "xl/workbook.xml";
    const std::string packageRelationships = "_rels/.rels";
    if (zip.contains(packageRelationships)) {
        RelationshipsHandler handler("");
        if (auto status = parsePart(zip, path, packageRelationships, handler, nullptr); !status) {
            return status.error();
        }
        if (const Relationship *document = findByType(handler.relationships, "/officeDocument")) {
            info.workbookPart = document->target;
        }
    }
    if (endsWith(info.workbookPart, ".bin")) {
        return unreadable(path,
            "it is an Excel binary workbook (.xlsb); save it in Excel as \"Excel Workbook "
            "(.xlsx)\" or as CSV");
    }
    if (!zip.contains(info.workbookPart)) {
        if (zip.contains("content.xml") && zip.contains("mimetype")) {
            return unreadable(path,
                "it is an OpenDocument file (.ods), not an Excel .xlsx workbook; save it as "
                ".xlsx or CSV");
        }
        return unreadable(path, "not an Excel .xlsx workbook (no " + info.workbookPart + ")");
    }
    WorkbookHandler workbook;
    if (auto status = parsePart(zip, path, info.workbookPart, workbook, nullptr); !status) {
        return status.error();
    }
    info.dateSystem = workbook.dateSystem;

    const std::string relationshipsPart = relationshipsPartOf(info.workbookPart);
    RelationshipsHandler relationships(folderOf(info.workbookPart));
    if (zip.contains(relationshipsPart)) {
        if (auto status = parsePart(zip, path, relationshipsPart, relationships, nullptr); !status) {
            return status.error();
        }
    }
    for (const WorkbookHandler::Sheet &sheet : workbook.sheets) {
        const auto found = relationships.relationships.find(sheet.relationshipId);
        if (found == relationships.relationships.end()) {
            return unreadable(path,
                "sheet '" + sheet.name + "' has no part: " + relationshipsPart + " lacks "
                    + sheet.relationshipId);
        }
        // Chart sheets, dialog sheets and macro sheets hold no table of cells.
        if (endsWith(found->second.type, "/worksheet")) {
            info.sheets.push_back(XlsxSheetInfo {sheet.name, found->second.target});
        }
    }
    if (const Relationship *strings = findByType(relationships.relationships, "/sharedStrings")) {
        info.sharedStringsPart = strings->target;
    }
    if (const Relationship *styles = findByType(relationships.relationships, "/styles")) {
        info.stylesPart = styles->target;
    }
    return info;
}

// ---- strings --------------------------------------------------------------------------------------

int hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

void appendUtf8(std::string &out, std::uint32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

/// Decodes the `_xHHHH_` escapes Office writes for characters XML cannot hold (ECMA-376 part 1,
/// 22.9.2.19): "_x000D_" is a carriage return, "_x005F_" an underscore (which escapes a literal
/// "_x…_" that follows it).
std::string decodeEscapes(std::string text)
{
    if (text.find("_x") == std::string::npos) {
        return text;
    }
    constexpr std::size_t kEscapeLength = 7; // _xHHHH_
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '_' && i + kEscapeLength <= text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            std::uint32_t codePoint = 0;
            bool isHex = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int digit = hexDigit(text[i + k]);
                isHex = isHex && digit >= 0;
                codePoint = (codePoint << 4) | static_cast<std::uint32_t>(std::max(digit, 0));
            }
            const bool isSurrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
            if (isHex && !isSurrogate) {
                if (codePoint != 0) {
                    appendUtf8(out, codePoint);
                }
                i += kEscapeLength;
                continue;
            }
        }
        out.push_back(text[i++]);
    }
    return out;
}

/// Collects the text of string items: <si> in the shared-string table, <is> in a cell. Rich-text runs
/// are joined; phonetic runs (<rPh>, Japanese reading aids) are not part of the value.
class StringItemCollector
{
public:
    void start(std::string_view name)
    {
        if (name == "rPh") {
            ++m_phoneticDepth;
        } else if (name == "t" && m_phoneticDepth == 0) {
            m_inText = true;
        }
    }
    void end(std::string_view name)
    {
        if (name == "rPh" && m_phoneticDepth > 0) {
            --m_phoneticDepth;
        } else if (name == "t") {
            m_inText = false;
        }
    }
    void characters(std::string_view text)
    {
        if (m_inText) {
            m_text.append(text);
        }
    }
    /// The item's text, decoded; resets for the next item.
    std::string take()
    {
        m_inText = false;
        m_phoneticDepth = 0;
        return decodeEscapes(std::exchange(m_text, std::string()));
    }

private:
    std::string m_text;
    bool m_inText = false;
    int m_phoneticDepth = 0;
};

class SharedStringsHandler final : public XmlHandler
{
public:
    void startElement(std::string_view name, const XML_Char **attributes) override
    {
        if (name == "si") {
            m_inItem = true;
            m_item.take();
        } else if (m_inItem) {
            m_item.start(name);
        } else if (name == "sst") {
            if (const char *count = attribute(attributes, "uniqueCount")) {
                strings.reserve(std::min(parseWhole<std::size_t>(count).value_or(0), kMaxReservedStrings));
            }
        }
    }
    void endElement(std::string_view name) override
    {
        if (name == "si") {
            strings.push_back(m_item.take());
            m_inItem = false;
        } else if (m_inItem) {
            m_item.end(name);
        }
    }
    void characters(std::string_view text) override { m_item.characters(text); }

    std::vector<std::string> strings;

private:
    StringItemCollector m_item;
    bool m_inItem = false;
};

// ---- number formats -------------------------------------------------------------------------------

/// Excel's built-in formats that show dates and times (ECMA-376 part 1, 18.8.30), which styles.xml does
/// not spell out.
NumberDisplay builtInDisplay(int formatId)
{
    if ((formatId >= 14 && formatId <= 17)) {
        return NumberDisplay::Date; // m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy
    }
    if ((formatId >= 18 && formatId <= 21) || formatId == 45 || formatId == 47) {
        return NumberDisplay::Time; // h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss, mm:ss, mmss.0
    }
    if (formatId == 22) {
        return NumberDisplay::DateTime; // m/d/yyyy h:mm
    }
    if (formatId == 46) {
        return NumberDisplay::ElapsedTime; // [h]:mm:ss
    }
    return NumberDisplay::Number;
}

bool startsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix)
{
    if (text.size() - at < prefix.size()) {
        return false;
    }
    for (std::size_t k = 0; k < prefix.size(); ++k) {
        const char c = text[at + k];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != prefix[k]) {
            return false;
        }
    }
    return true;
}

/// Reads a custom format code the way Excel decides what it shows: date and time letters count only
/// outside "quoted text", [brackets] (colours, locales, conditions — except the elapsed [h], [m], [s]),
/// \escaped characters and the character after _ (a space as wide as it) or * (a fill). An "m" is minutes
/// right after an hour or right before a second, else months. AM/PM and A/P are markers, not letters.
NumberDisplay customDisplay(std::string_view code)
{
    bool hasDate = false;
    bool hasTime = false;
    bool isElapsed = false;
    char previousToken = '\0';
    std::size_t i = 0;
    while (i < code.size()) {
        const char c = code[i];
        if (c == '"') {
            const auto close = code.find('"', i + 1);
            i = close == std::string_view::npos ? code.size() : close + 1;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            i += 2;
            continue;
        }
        if (c == '[') {
            const auto close = code.find(']', i + 1);
            const std::string_view inside
                = code.substr(i + 1, (close == std::string_view::npos ? code.size() : close) - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) {
                isElapsed = true;
                hasTime = true;
                previousToken = static_cast<char>(inside.front() | 0x20);
            }
            i = close == std::string_view::npos ? code.size() : close + 1;
            continue;
        }
        if (startsWithNoCase(code, i, "am/pm")) {
            i += 5;
            continue;
        }
        if (startsWithNoCase(code, i, "a/p")) {
            i += 3;
            continue;
        }
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        std::size_t run = i;
        while (run < code.size() && (code[run] | 0x20) == lower) {
            ++run;
        }
        if (lower == 'y' || lower == 'd') {
            hasDate = true;
            previousToken = lower;
        } else if (lower == 'h' || lower == 's') {
            hasTime = true;
            previousToken = lower;
        } else if (lower == 'm') {
            // Look past separators for the next letter to tell minutes from months.
            std::size_t next = run;
            while (next < code.size() && std::string_view(":. ").find(code[next]) != std::string_view::npos) {
                ++next;
            }
            const bool secondsFollow = next < code.size() && (code[next] | 0x20) == 's';
            if (previousToken == 'h' || secondsFollow) {
                hasTime = true;
            } else {
                hasDate = true;
            }
            previousToken = 'm';
        }
        i = std::max(run, i + 1);
    }
    if (isElapsed && !hasDate) {
        return NumberDisplay::ElapsedTime;
    }
    if (hasDate) {
        return hasTime ? NumberDisplay::DateTime : NumberDisplay::Date;
    }
    return hasTime ? NumberDisplay::Time : NumberDisplay::Number;
}

class StylesHandler final : public XmlHandler
{
public:
    void startElement(std::string_view name, const XML_Char **attributes) override
    {
        if (name == "numFmt") {
            const char *id = attribute(attributes, "numFmtId");
            const char *code = attribute(attributes, "formatCode");
            if (id != nullptr && code != nullptr) {
                if (const auto formatId = parseWhole<int>(id)) {
                    m_customFormats[*formatId] = customDisplay(code);
                }
            }
        } else if (name == "cellXfs") {
            m_inCellFormats = true;
        } else if (name == "xf" && m_inCellFormats) {
            const char *id = attribute(attributes, "numFmtId");
            m_cellFormatIds.push_back(id == nullptr ? 0 : parseWhole<int>(id).value_or(0));
        }
    }
    void endElement(std::string_view name) override
    {
        if (name == "cellXfs") {
            m_inCellFormats = false;
        }
    }

    /// How each cell style (the index a cell's s attribute gives) shows numbers.
    std::vector<NumberDisplay> cellDisplays() const
    {
        std::vector<NumberDisplay> displays;
        displays.reserve(m_cellFormatIds.size());
        for (const int formatId : m_cellFormatIds) {
            const auto custom = m_customFormats.find(formatId);
            displays.push_back(custom != m_customFormats.end() ? custom->second : builtInDisplay(formatId));
        }
        return displays;
    }

private:
    std::map<int, NumberDisplay> m_customFormats;
    std::vector<int> m_cellFormatIds;
    bool m_inCellFormats = false;
};

// ---- cell values ----------------------------------------------------------------------------------

struct CivilDate
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned monthIndex = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const unsigned month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    return {static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void appendPadded(std::string &out, std::int64_t value, int width)
{
    std::array<char, 24> digits {};
    const auto [end, error] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    SEGMENTA_ASSERT(error == std::errc(), "to_chars: 24 characters hold any int64");
    const auto length = static_cast<int>(end - digits.data());
    out.append(static_cast<std::size_t>(std::max(0, width - length)), '0');
    out.append(digits.data(), end);
}

/// Shortest text that reads back as the same double: plain digits from 1e-5 up to 1e16, so whole numbers
/// such as ids and phone numbers keep their digits; "1e-07" and "1e+20" outside (as Excel's General
/// shows them, in shortest form).
std::string formatNumber(double value)
{
    if (value == 0.0) {
        return "0"; // also -0
    }
    std::array<char, 32> buffer {};
    const double magnitude = std::fabs(value);
    const auto format = magnitude >= kSmallestPlainNumber && magnitude < kLargestPlainNumber
        ? std::chars_format::fixed
        : std::chars_format::scientific;
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format);
    SEGMENTA_ASSERT(
        error == std::errc(), "to_chars: 32 characters hold a double of this size in shortest form");
    return std::string(buffer.data(), end);
}

/// A date/time serial number as ISO text, or nullopt when Excel could not show it as a date.
std::optional<std::string> formatSerial(double serial, NumberDisplay display, DateSystem system)
{
    const std::int64_t lastSerial = system == DateSystem::Excel1900 ? kLastSerial1900 : kLastSerial1904;
    if (!(serial >= 0.0 && serial < static_cast<double>(lastSerial + 1))) {
        return std::nullopt; // also NaN
    }
    // Rounded to the second first, so 23:59:59.7 becomes the next day's 00:00:00 as Excel shows it.
    const auto totalSeconds = static_cast<std::int64_t>(std::llround(serial * kSecondsPerDay));
    const std::int64_t serialDay = totalSeconds / 86400;
    const std::int64_t secondOfDay = totalSeconds % 86400;
    std::string text;
    if (display == NumberDisplay::Date || display == NumberDisplay::DateTime) {
        const bool hasDay = system == DateSystem::Excel1904 || serialDay >= 1;
        if (!hasDay || serialDay > lastSerial) {
            return std::nullopt;
        }
        if (system == DateSystem::Excel1900 && serialDay == kLotusLeapDay) {
            text = "1900-02-29";
        } else {
            const std::int64_t unixDay = system == DateSystem::Excel1904
                ? serialDay + kUnixDayOfSerialZero1904
                : serialDay < kLotusLeapDay ? serialDay + kUnixDayOfSerialZero1900
                                            : serialDay + kUnixDayOfSerialZero1900AfterLeapBug;
            const CivilDate date = civilFromDays(unixDay);
            appendPadded(text, date.year, 4);
            text.push_back('-');
            appendPadded(text, date.month, 2);
            text.push_back('-');
            appendPadded(text, date.day, 2);
        }
        if (display == NumberDisplay::Date) {
            return text;
        }
        text.push_back(' ');
    }
    const std::int64_t hours
        = secondOfDay / 3600 + (display == NumberDisplay::ElapsedTime ? serialDay * 24 : std::int64_t {0});
    appendPadded(text, hours, 2);
    text.push_back(':');
    appendPadded(text, (secondOfDay / 60) % 60, 2);
    text.push_back(':');
    appendPadded(text, secondOfDay % 60, 2);
    return text;
}

/// A t="d" cell holds ISO 8601 text already: "2024-12-31T10:30:00Z" becomes "2024-12-31 10:30:00".
std::string formatIsoDate(std::string_view value)
{
    constexpr std::size_t kDateLength = 10; // YYYY-MM-DD
    constexpr std::size_t kTimeLength = 8; // HH:MM:SS
    const auto timeAt = value.find('T');
    if (timeAt == std::string_view::npos) {
        return std::string(value);
    }
    std::string text(value.substr(0, std::min(timeAt, kDateLength)));
    if (value.size() >= timeAt + 1 + kTimeLength) {
        text.push_back(' ');
        text.append(value.substr(timeAt + 1, kTimeLength));
    }
    return text;
}

// ---- the worksheet --------------------------------------------------------------------------------

/// Turns the worksheet's <sheetData> into records as expat delivers it, queueing finished rows.
class SheetHandler final : public XmlHandler
{
public:
    SheetHandler(
        std::vector<std::string> sharedStrings, std::vector<NumberDisplay> cellDisplays, DateSystem system)
        : m_sharedStrings(std::move(sharedStrings))
        , m_cellDisplays(std::move(cellDisplays))
        , m_dateSystem(system)
    { }

    void startElement(std::string_view name, const XML_Char **attributes) override
    {
        if (m_inInlineString) {
            m_inlineString.start(name);
        } else if (name == "sheetData") {
            m_inSheetData = true;
        } else if (!m_inSheetData) {
            return;
        } else if (name == "row") {
            startRow(attribute(attributes, "r"));
        } else if (name == "c") {
            startCell(attribute(attributes, "r"), attribute(attributes, "t"), attribute(attributes, "s"));
        } else if (name == "v" && m_inCell) {
            m_inValue = true;
        } else if (name == "is" && m_inCell) {
            m_inInlineString = true;
            m_inlineString.take();
        }
    }

    void endElement(std::string_view name) override
    {
        if (m_inInlineString) {
            if (name == "is") {
                m_inInlineString = false;
                m_cellValue = m_inlineString.take();
            } else {
                m_inlineString.end(name);
            }
        } else if (name == "v") {
            m_inValue = false;
        } else if (name == "c" && m_inCell) {
            endCell();
        } else if (name == "row" && m_inRow) {
            endRow();
        } else if (name == "sheetData") {
            m_inSheetData = false;
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inInlineString) {
            m_inlineString.characters(text);
        } else if (m_inValue) {
            m_cellValue.append(text);
        }
    }

    std::deque<CsvRecord> ready;

private:
    void startRow(const char *reference)
    {
        std::int64_t number = m_rowNumber + 1;
        if (reference != nullptr) {
            const auto parsed = parseWhole<std::int64_t>(reference);
            if (!parsed || *parsed < 1 || *parsed > kMaxRows) {
                failure = "row number '" + std::string(reference) + "' is outside Excel's 1 … 1048576";
                return;
            }
            number = *parsed;
        }
        if (number > kMaxRows) {
            failure = "more than 1048576 rows";
            return;
        }
        m_rowNumber = number;
        m_inRow = true;
        m_fields.clear();
        m_nextColumn = 1;
    }

    void startCell(const char *reference, const char *type, const char *style)
    {
        if (!m_inRow) {
            failure = "a cell outside a row";
            return;
        }
        std::int64_t column = m_nextColumn;
        if (reference != nullptr) {
            // "BC12": column letters, then the row number (which the enclosing <row> already gave).
            const std::string_view text(reference);
            column = 0;
            std::size_t i = 0;
            while (i < text.size() && text[i] >= 'A' && text[i] <= 'Z' && column <= kMaxColumns) {
                column = column * 26 + (text[i] - 'A' + 1);
                ++i;
            }
            if (i == 0 || column > kMaxColumns || !parseWhole<std::int64_t>(text.substr(i))) {
                failure = "cell reference '" + std::string(text) + "' is not a cell of Excel's grid";
                return;
            }
        }
        if (column > kMaxColumns) {
            failure = "more than 16384 columns in row " + std::to_string(m_rowNumber);
            return;
        }
        m_column = column;
        m_cellType = type == nullptr ? std::string("n") : std::string(type);
        m_cellStyle = style == nullptr ? 0 : parseWhole<std::size_t>(style).value_or(0);
        m_cellValue.clear();
        m_inCell = true;
    }

    void endCell()
    {
        m_inCell = false;
        m_inValue = false;
        auto text = cellText();
        if (!text) {
            return; // failure is set
        }
        if (text->empty()) {
            m_nextColumn = m_column + 1;
            return;
        }
        const auto index = static_cast<std::size_t>(m_column - 1);
        if (m_fields.size() <= index) {
            m_fields.resize(index + 1);
        }
        m_fields[index] = std::move(*text);
        m_nextColumn = m_column + 1;
    }

    std::optional<std::string> cellText()
    {
        if (m_cellType == "s") {
            const auto index = parseWhole<std::size_t>(m_cellValue);
            if (!index || *index >= m_sharedStrings.size()) {
                failure = "cell refers to shared string '" + m_cellValue + "', but the table has "
                    + std::to_string(m_sharedStrings.size());
                return std::nullopt;
            }
            return m_sharedStrings[*index];
        }
        if (m_cellType == "str" || m_cellType == "inlineStr") {
            return decodeEscapes(std::move(m_cellValue));
        }
        if (m_cellType == "b") {
            return m_cellValue == "1" ? std::string("TRUE")
                : m_cellValue == "0"  ? std::string("FALSE")
                                      : m_cellValue;
        }
        if (m_cellType == "e") {
            return std::string(); // #N/A, #DIV/0!, …: no value
        }
        if (m_cellType == "d") {
            return formatIsoDate(m_cellValue);
        }
        double number = 0.0;
        const char *begin = m_cellValue.data();
        const char *end = begin + m_cellValue.size();
        const auto [parsedEnd, error] = std::from_chars(begin, end, number);
        if (m_cellValue.empty() || error != std::errc() || parsedEnd != end || !std::isfinite(number)) {
            return m_cellValue; // not a number after all: keep what the file says
        }
        const NumberDisplay display
            = m_cellStyle < m_cellDisplays.size() ? m_cellDisplays[m_cellStyle] : NumberDisplay::Number;
        if (display != NumberDisplay::Number) {
            if (auto date = formatSerial(number, display, m_dateSystem)) {
                return date;
            }
        }
        return formatNumber(number);
    }

    void endRow()
    {
        m_inRow = false;
        while (!m_fields.empty() && m_fields.back().empty()) {
            m_fields.pop_back();
        }
        if (m_fields.empty()) {
            return;
        }
        if (m_headerWidth == 0) {
            m_headerWidth = m_fields.size();
        } else if (m_fields.size() < m_headerWidth) {
            m_fields.resize(m_headerWidth);
        }
        ready.push_back(CsvRecord {std::move(m_fields), m_rowNumber});
        m_fields = {};
    }

    std::vector<std::string> m_sharedStrings;
    std::vector<NumberDisplay> m_cellDisplays;
    DateSystem m_dateSystem;

    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inValue = false;
    bool m_inInlineString = false;
    std::int64_t m_rowNumber = 0;
    std::int64_t m_nextColumn = 1;
    std::int64_t m_column = 1;
    std::string m_cellType;
    std::size_t m_cellStyle = 0;
    std::string m_cellValue;
    StringItemCollector m_inlineString;
    std::vector<std::string> m_fields;
    std::size_t m_headerWidth = 0;
};

Result<ZipArchive> openWorkbookFile(const std::string &path)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        if (std::filesystem::exists(path, error)) {
            return unreadable(path, "it is not a regular file");
        }
        return makeError(ErrorCode::FileNotFound, {path});
    }
    return ZipArchive::open(path);
}

std::string quotedList(const std::vector<XlsxSheetInfo> &sheets)
{
    std::string list = "one of ";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        list += (i == 0 ? "'" : ", '") + sheets[i].name + "'";
    }
    return list;
}

} // namespace

Result<std::vector<XlsxSheetInfo>> listXlsxSheets(const std::string &path)
{
    auto zip = openWorkbookFile(path);
    if (!zip) {
        return zip.error();
    }
    auto workbook = readWorkbook(zip.value(), path);
    if (!workbook) {
        return workbook.error();
    }
    return std::move(workbook.value().sheets);
}

struct XlsxSheetReader::Impl
{
    Impl(std::string filePath, XlsxSheetInfo sheetInfo, ZipArchive archive,
        std::vector<std::string> sharedStrings, std::vector<NumberDisplay> cellDisplays, DateSystem system)
        : path(std::move(filePath))
        , sheet(std::move(sheetInfo))
        , zip(std::move(archive))
        , handler(std::move(sharedStrings), std::move(cellDisplays), system)
        , parser(handler)
        , buffer(kChunkBytes)
    { }

    /// Parses the next chunk of the sheet; at its end, checks the zip checksum.
    Status pump()
    {
        auto count = zip.read(buffer);
        if (!count) {
            return count.error();
        }
        consumed += count.value();
        const bool last = count.value() == 0;
        if (auto failure = parser.feed(std::string_view(buffer.data(), count.value()), last)) {
            return unreadable(path, sheet.partPath + " is damaged: " + *failure);
        }
        if (last) {
            isFinished = true;
            return zip.closePart();
        }
        return {};
    }

    std::string path;
    XlsxSheetInfo sheet;
    ZipArchive zip;
    SheetHandler handler;
    XmlParser parser;
    std::vector<char> buffer;
    std::uint64_t partSize = 0;
    std::uint64_t consumed = 0;
    bool isFinished = false;
    std::optional<Error> error; ///< once reading failed, every later next() reports it again
};

XlsxSheetReader::XlsxSheetReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }
XlsxSheetReader::XlsxSheetReader(XlsxSheetReader &&) noexcept = default;
XlsxSheetReader &XlsxSheetReader::operator=(XlsxSheetReader &&) noexcept = default;
XlsxSheetReader::~XlsxSheetReader() = default;

Result<XlsxSheetReader> XlsxSheetReader::open(
    const std::string &path, const std::string &sheetName, Progress &progress)
{
    auto zip = openWorkbookFile(path);
    if (!zip) {
        return zip.error();
    }
    auto workbook = readWorkbook(zip.value(), path);
    if (!workbook) {
        return workbook.error();
    }
    const WorkbookInfo &info = workbook.value();
    if (info.sheets.empty()) {
        return unreadable(path, "the workbook has no worksheets");
    }
    auto chosen = info.sheets.begin();
    if (!sheetName.empty()) {
        chosen = std::find_if(info.sheets.begin(), info.sheets.end(),
            [&](const XlsxSheetInfo &sheet) { return sheet.name == sheetName; });
        if (chosen == info.sheets.end()) {
            return makeError(ErrorCode::InvalidParameter, {"sheet", sheetName, quotedList(info.sheets)});
        }
    }

    SharedStringsHandler strings;
    if (!info.sharedStringsPart.empty()) {
        if (auto status = parsePart(zip.value(), path, info.sharedStringsPart, strings, &progress); !status) {
            return status.error();
        }
    }
    StylesHandler styles;
    if (!info.stylesPart.empty()) {
        if (auto status = parsePart(zip.value(), path, info.stylesPart, styles, &progress); !status) {
            return status.error();
        }
    }
    auto size = zip.value().openPart(chosen->partPath);
    if (!size) {
        return size.error();
    }
    auto impl = std::make_unique<Impl>(path, *chosen, std::move(zip.value()), std::move(strings.strings),
        styles.cellDisplays(), info.dateSystem);
    impl->partSize = size.value();
    return XlsxSheetReader(std::move(impl));
}

Result<bool> XlsxSheetReader::next(CsvRecord &record)
{
    Impl &d = *m_impl;
    while (d.handler.ready.empty()) {
        if (d.error) {
            return *d.error;
        }
        if (d.isFinished) {
            return false;
        }
        if (auto status = d.pump(); !status) {
            d.error = status.error();
        }
    }
    record = std::move(d.handler.ready.front());
    d.handler.ready.pop_front();
    return true;
}

const XlsxSheetInfo &XlsxSheetReader::sheet() const
{
    return m_impl->sheet;
}

double XlsxSheetReader::fraction() const
{
    if (m_impl->partSize == 0) {
        return m_impl->isFinished ? 1.0 : 0.0;
    }
    return std::min(1.0, static_cast<double>(m_impl->consumed) / static_cast<double>(m_impl->partSize));
}

Result<std::vector<CsvRecord>> readXlsxSheet(
    const std::string &path, const std::string &sheetName, Progress &progress)
{
    progress.setStage("import.read");
    auto reader = XlsxSheetReader::open(path, sheetName, progress);
    if (!reader) {
        return reader.error();
    }
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (true) {
        auto more = reader.value().next(record);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            break;
        }
        records.push_back(std::move(record));
        if (records.size() % kRowsPerProgress == 0) {
            progress.setFraction(reader.value().fraction());
            if (progress.isCancelRequested()) {
                return makeError(ErrorCode::Cancelled);
            }
        }
    }
    progress.setFraction(1.0);
    return records;
}

} // namespace segmenta::engine
