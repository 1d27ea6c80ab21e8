// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// libFuzzer target for the .xlsx reader (XlsxReader.h). Random bytes almost never make a zip whose
// checksums hold, so an input is usually the XML parts themselves, separated by a line "#part":
//   sheet XML, shared strings, styles, workbook.xml, xl/_rels/workbook.xml.rels
// Parts left out get a small valid default; the target zips them (minizip) into a temp file and reads every
// sheet. An input that starts with "PK" is taken as a whole .xlsx file instead, so the zip layer is fuzzed
// too. Besides "no crash, no sanitizer report" it checks the reader's promises: rows inside Excel's grid,
// only the documented error codes.
//
// Build (clang only; each command is one line), from the repository root:
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
//         -DSEGMENTA_FUZZ=ON -DSEGMENTA_SANITIZE=ON -DSEGMENTA_BUILD_GUI=OFF
//   cmake --build build/fuzz -j2 --target segmenta_fuzz_xlsx
// Run for five minutes, new inputs going to a scratch folder (keep tests/fuzz/corpus/xlsx small):
//   mkdir -p /tmp/xlsx-corpus
//   build/fuzz/tests/fuzz/segmenta_fuzz_xlsx -max_total_time=300 -max_len=65536 -timeout=10
//         -dict=tests/fuzz/xlsx.dict /tmp/xlsx-corpus tests/fuzz/corpus/xlsx
// A crash leaves crash-<sha1> in the working folder: add it to tests/fuzz/corpus/xlsx, so the replay test
// (fuzz_corpus_xlsx, built with any compiler) keeps checking it.
#include "import/XlsxReader.h"

#include <minizip/zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace segmenta::engine;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

constexpr std::string_view kSeparator = "\n#part\n";
constexpr std::size_t kMaxSheetsRead = 3;
constexpr std::int64_t kMaxRows = 1048576;
constexpr std::size_t kMaxColumns = 16384;

const char *const kDefaultParts[] = {
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45657</v></c></row></sheetData></worksheet>)",
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si></sst>)",
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">)"
    R"(<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/>)"
    R"(<xf numFmtId="164"/></cellXfs></styleSheet>)",
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)",
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" )"
    R"(Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
    R"(Target="/xl/styles.xml"/></Relationships>)",
};
const char *const kPartNames[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
    "xl/workbook.xml", "xl/_rels/workbook.xml.rels"};

bool writeZip(const std::string &path, const std::vector<std::pair<std::string, std::string_view>> &entries)
{
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (zip == nullptr) {
        return false;
    }
    bool ok = true;
    for (const auto &[name, content] : entries) {
        // Stored, not deflated: the fuzzer's time goes to our XML handling, not to zlib.
        ok = ok
            && zipOpenNewFileInZip(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, 0, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

const std::string &scratchPath()
{
    static const std::string path
        = (std::filesystem::temp_directory_path() / ("segmenta-fuzz-" + std::to_string(getpid()) + ".xlsx"))
              .string();
    return path;
}

void requireDocumentedError(const Error &error)
{
    require(error.code == ErrorCode::FileUnreadable || error.code == ErrorCode::InvalidParameter,
        "the reader fails only with FileUnreadable or InvalidParameter");
    if (error.code == ErrorCode::FileUnreadable) {
        require(error.args.size() == 2 && !error.args[1].empty(), "FileUnreadable gives a reason");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const std::string &path = scratchPath();
    if (bytes.substr(0, 2) == "PK") {
        std::ofstream(path, std::ios::binary | std::ios::trunc)
            .write(bytes.data(), static_cast<std::streamsize>(size));
    } else {
        std::vector<std::pair<std::string, std::string_view>> entries;
        std::size_t start = 0;
        for (std::size_t part = 0; part < std::size(kPartNames); ++part) {
            if (start <= bytes.size()) {
                const auto end = std::min(bytes.find(kSeparator, start), bytes.size());
                entries.emplace_back(kPartNames[part], bytes.substr(start, end - start));
                start = end + kSeparator.size();
            } else {
                entries.emplace_back(kPartNames[part], kDefaultParts[part]);
            }
        }
        if (!writeZip(path, entries)) {
            return 0;
        }
    }

    auto sheets = listXlsxSheets(path);
    if (!sheets) {
        requireDocumentedError(sheets.error());
        return 0;
    }
    NullProgress progress;
    for (std::size_t i = 0; i < sheets.value().size() && i < kMaxSheetsRead; ++i) {
        auto reader = XlsxSheetReader::open(path, sheets.value()[i].name, progress);
        if (!reader) {
            requireDocumentedError(reader.error());
            continue;
        }
        CsvRecord record;
        while (true) {
            auto more = reader.value().next(record);
            if (!more) {
                requireDocumentedError(more.error());
                break;
            }
            if (!more.value()) {
                break;
            }
            require(record.line >= 1 && record.line <= kMaxRows, "rows are inside Excel's grid");
            require(
                !record.fields.empty() && record.fields.size() <= kMaxColumns, "columns are inside the grid");
            const double fraction = reader.value().fraction();
            require(fraction >= 0.0 && fraction <= 1.0, "progress is a fraction");
        }
    }
    return 0;
}
