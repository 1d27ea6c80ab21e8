// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// The RFM map document (README, "RFM segments"): read strictly, so that a misspelt field or a score out of
// range is reported with its JSON path instead of being ignored.
#include "segments/Rfm.h"

#include "import/DateParsing.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>

namespace segmenta::engine {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char *formatName = "segmenta.rfm_map";
constexpr int formatVersion = 1;

/// Thrown inside the reader only; readRfmMapJson turns it into the Result.
struct DocumentProblem
{
    Error error;
};

[[noreturn]] void refuse(const std::string &path, const Json &value, const std::string &allowed)
{
    std::string shown = value.dump();
    constexpr std::size_t maxShown = 60;
    if (shown.size() > maxShown) {
        shown = shown.substr(0, maxShown) + "…";
    }
    throw DocumentProblem {makeError(ErrorCode::InvalidParameter, {path, shown, allowed})};
}

void expectObject(const Json &value, const std::string &path, std::initializer_list<const char *> fields)
{
    if (!value.is_object()) {
        refuse(path, value, "an object");
    }
    std::string known;
    for (const char *field : fields) {
        known += (known.empty() ? "" : ", ") + std::string(field);
    }
    for (const auto &item : value.items()) {
        bool isKnown = false;
        for (const char *field : fields) {
            isKnown = isKnown || item.key() == field;
        }
        if (!isKnown) {
            throw DocumentProblem {makeError(ErrorCode::InvalidParameter,
                {path + "." + item.key(), "an unknown field", "one of " + known})};
        }
    }
}

std::string readString(const Json &object, const char *field, const std::string &path, bool required)
{
    const std::string fieldPath = path + "." + field;
    if (!object.contains(field)) {
        if (required) {
            throw DocumentProblem {
                makeError(ErrorCode::InvalidParameter, {fieldPath, "missing", "a string"})};
        }
        return {};
    }
    const Json &value = object.at(field);
    if (!value.is_string()) {
        refuse(fieldPath, value, "a string");
    }
    return value.get<std::string>();
}

int readScore(const Json &value, const std::string &path)
{
    if (!value.is_number_integer()) {
        refuse(path, value, "a whole score such as 4");
    }
    return value.get<int>();
}

/// A score range: [low, high] or one score n (meaning [n, n]).
RfmScoreRange readRange(const Json &value, const std::string &path)
{
    if (value.is_number()) {
        const int score = readScore(value, path);
        return {score, score};
    }
    if (!value.is_array() || value.size() != 2) {
        refuse(path, value, "a score range [low, high] or one score");
    }
    return {readScore(value.at(0), path + "[0]"), readScore(value.at(1), path + "[1]")};
}

RfmDimensionScoring readDimension(const Json &value, const std::string &path)
{
    expectObject(value, path, {"method", "thresholds"});
    RfmDimensionScoring scoring;
    const std::string method = readString(value, "method", path, false);
    if (method == "thresholds") {
        scoring.method = RfmScoringMethod::Thresholds;
    } else if (method.empty() || method == "quantiles") {
        scoring.method = RfmScoringMethod::Quantiles;
    } else {
        refuse(path + ".method", value.at("method"), "\"quantiles\" or \"thresholds\"");
    }
    if (value.contains("thresholds")) {
        const Json &thresholds = value.at("thresholds");
        if (!thresholds.is_array()) {
            refuse(path + ".thresholds", thresholds, "an array of numbers");
        }
        for (std::size_t i = 0; i < thresholds.size(); ++i) {
            if (!thresholds.at(i).is_number()) {
                refuse(path + ".thresholds[" + std::to_string(i) + "]", thresholds.at(i), "a number");
            }
            scoring.thresholds.push_back(thresholds.at(i).get<double>());
        }
    }
    if (scoring.method == RfmScoringMethod::Thresholds && scoring.thresholds.empty()) {
        throw DocumentProblem {
            makeError(ErrorCode::InvalidParameter, {path + ".thresholds", "missing", "bins - 1 cut points"})};
    }
    return scoring;
}

RfmParams readScoring(const Json &value, const std::string &path)
{
    expectObject(value, path, {"bins", "analysis_date", "recency", "frequency", "monetary"});
    RfmParams params;
    if (value.contains("bins")) {
        params.bins = readScore(value.at("bins"), path + ".bins");
    }
    if (value.contains("analysis_date")) {
        const std::string text = readString(value, "analysis_date", path, false);
        const auto date = parseDate(text, DateFormat::Iso);
        if (!date || date->secondOfDay != 0) {
            refuse(path + ".analysis_date", value.at("analysis_date"), "a date as \"YYYY-MM-DD\"");
        }
        params.analysisDay = date->day;
    }
    if (value.contains("recency")) {
        params.recency = readDimension(value.at("recency"), path + ".recency");
    }
    if (value.contains("frequency")) {
        params.frequency = readDimension(value.at("frequency"), path + ".frequency");
    }
    if (value.contains("monetary")) {
        params.monetary = readDimension(value.at("monetary"), path + ".monetary");
    }
    // Threshold counts and order are the parameters' rules; report them at their path.
    for (const Error &problem : validate(params)) {
        Error located = problem;
        located.args[0] = path + "." + problem.args[0];
        throw DocumentProblem {located};
    }
    return params;
}

RfmSegmentDefinition readSegment(const Json &value, const std::string &path)
{
    expectObject(value, path, {"key", "name", "name_tr", "color", "description", "cells"});
    RfmSegmentDefinition segment;
    segment.key = readString(value, "key", path, true);
    segment.name = readString(value, "name", path, true);
    segment.turkishName = readString(value, "name_tr", path, false);
    segment.color = readString(value, "color", path, false);
    segment.description = readString(value, "description", path, false);
    if (!value.contains("cells") || !value.at("cells").is_array()) {
        refuse(path + ".cells", value.contains("cells") ? value.at("cells") : Json(),
            "an array of rectangles such as {\"r\": [4, 5], \"f\": [4, 5]}");
    }
    const Json &cells = value.at("cells");
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string cellPath = path + ".cells[" + std::to_string(i) + "]";
        const Json &cell = cells.at(i);
        expectObject(cell, cellPath, {"r", "f", "m"});
        if (!cell.contains("r") || !cell.contains("f")) {
            throw DocumentProblem {makeError(ErrorCode::InvalidParameter,
                {cellPath, cell.dump(), "a rectangle with both \"r\" and \"f\" ranges"})};
        }
        RfmRectangle rectangle;
        rectangle.recency = readRange(cell.at("r"), cellPath + ".r");
        rectangle.frequency = readRange(cell.at("f"), cellPath + ".f");
        if (cell.contains("m")) {
            rectangle.monetary = readRange(cell.at("m"), cellPath + ".m");
        }
        segment.rectangles.push_back(rectangle);
    }
    return segment;
}

RfmMapDocument readDocument(const Json &root)
{
    expectObject(root, "$", {"format", "version", "name", "scoring", "segments"});
    if (root.contains("format") && readString(root, "format", "$", false) != formatName) {
        refuse("$.format", root.at("format"), std::string("\"") + formatName + "\"");
    }
    if (root.contains("version")
        && (!root.at("version").is_number_integer() || root.at("version").get<int>() != formatVersion)) {
        refuse("$.version", root.at("version"), std::to_string(formatVersion));
    }
    RfmMapDocument document;
    document.map.name = readString(root, "name", "$", true);
    if (document.map.name.empty()) {
        refuse("$.name", root.at("name"), "a non-empty name");
    }
    if (root.contains("scoring")) {
        document.scoring = readScoring(root.at("scoring"), "$.scoring");
    }
    if (!root.contains("segments") || !root.at("segments").is_array()) {
        refuse(
            "$.segments", root.contains("segments") ? root.at("segments") : Json(), "an array of segments");
    }
    const Json &segments = root.at("segments");
    for (std::size_t i = 0; i < segments.size(); ++i) {
        document.map.segments.push_back(readSegment(segments.at(i), "$.segments[" + std::to_string(i) + "]"));
    }
    if (auto problems = validate(document.map, document.scoring.bins); !problems.empty()) {
        throw DocumentProblem {problems.front()};
    }
    return document;
}

/// 1-based line and column of a byte offset.
Location locate(std::string_view text, std::size_t byte, const std::string &source)
{
    Location where;
    where.file = source;
    where.line = 1;
    where.column = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else {
            ++where.column;
        }
    }
    return where;
}

Json rangeJson(const RfmScoreRange &range)
{
    return Json::array({range.low, range.high});
}

Json dimensionJson(const RfmDimensionScoring &scoring)
{
    Json value = Json::object();
    value["method"] = rfmScoringMethodName(scoring.method);
    if (scoring.method == RfmScoringMethod::Thresholds) {
        value["thresholds"] = scoring.thresholds;
    }
    return value;
}

/// One line: `[4, 5]`, `{"r": [4, 5], "f": [4, 5]}`.
std::string inlineJson(const Json &value)
{
    if (value.is_array()) {
        std::string text = "[";
        for (std::size_t i = 0; i < value.size(); ++i) {
            text += (i > 0 ? ", " : "") + inlineJson(value.at(i));
        }
        return text + "]";
    }
    if (value.is_object()) {
        std::string text = "{";
        for (const auto &item : value.items()) {
            text += (text.size() > 1 ? ", " : "") + Json(item.key()).dump() + ": " + inlineJson(item.value());
        }
        return text + "}";
    }
    return value.dump();
}

/// Indented like dump(2), but a container that fits on its line is written on one line, so that each cell
/// rectangle reads as one line of the grid.
void writeIndented(const Json &value, int indent, std::string &out)
{
    constexpr std::size_t lineWidth = 100;
    const std::string flat = inlineJson(value);
    if (!value.is_structured()
        || (indent > 0 && flat.size() + static_cast<std::size_t>(indent) <= lineWidth)) {
        out += flat;
        return;
    }
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    const bool isObject = value.is_object();
    out += isObject ? "{\n" : "[\n";
    std::size_t i = 0;
    for (const auto &item : value.items()) {
        out += inner;
        if (isObject) {
            out += Json(item.key()).dump() + ": ";
        }
        writeIndented(item.value(), indent + 2, out);
        out += ++i < value.size() ? ",\n" : "\n";
    }
    out += std::string(static_cast<std::size_t>(indent), ' ') + (isObject ? "}" : "]");
}

} // namespace

Result<RfmMapDocument> readRfmMapJson(std::string_view text, const std::string &source)
{
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &error) {
        const std::size_t byte = error.byte > 0 ? error.byte - 1 : 0;
        // "[json.exception.parse_error.101] parse error at line 3, column 16: syntax error …": the place is
        // in `where`, the reason is what follows the first ": ".
        std::string reason = error.what();
        if (const auto colon = reason.find(": "); colon != std::string::npos) {
            reason = reason.substr(colon + 2);
        }
        return makeError(ErrorCode::InvalidParameter,
            {"the text", "not JSON (" + reason + ")", "a JSON document"}, locate(text, byte, source));
    }
    try {
        return readDocument(root);
    } catch (const DocumentProblem &problem) {
        Error error = problem.error;
        if (!source.empty()) {
            error.where = Location {source, 0, 0};
        }
        return error;
    } catch (const Json::exception &error) { // a number too large for int, and the like
        return makeError(ErrorCode::InvalidParameter, {"$", error.what(), "a valid RFM map document"});
    }
}

std::string writeRfmMapJson(const RfmMapDocument &document)
{
    Json root = Json::object();
    root["format"] = formatName;
    root["version"] = formatVersion;
    root["name"] = document.map.name;
    Json scoring = Json::object();
    scoring["bins"] = document.scoring.bins;
    if (document.scoring.analysisDay) {
        scoring["analysis_date"] = isoDate(*document.scoring.analysisDay);
    }
    scoring["recency"] = dimensionJson(document.scoring.recency);
    scoring["frequency"] = dimensionJson(document.scoring.frequency);
    scoring["monetary"] = dimensionJson(document.scoring.monetary);
    root["scoring"] = scoring;
    Json segments = Json::array();
    for (const RfmSegmentDefinition &segment : document.map.segments) {
        Json item = Json::object();
        item["key"] = segment.key;
        item["name"] = segment.name;
        if (!segment.turkishName.empty()) {
            item["name_tr"] = segment.turkishName;
        }
        if (!segment.color.empty()) {
            item["color"] = segment.color;
        }
        if (!segment.description.empty()) {
            item["description"] = segment.description;
        }
        Json cells = Json::array();
        for (const RfmRectangle &rectangle : segment.rectangles) {
            Json cell = Json::object();
            cell["r"] = rangeJson(rectangle.recency);
            cell["f"] = rangeJson(rectangle.frequency);
            if (rectangle.monetary) {
                cell["m"] = rangeJson(*rectangle.monetary);
            }
            cells.push_back(cell);
        }
        item["cells"] = cells;
        segments.push_back(item);
    }
    root["segments"] = segments;
    std::string text;
    writeIndented(root, 0, text);
    return text + "\n";
}

} // namespace segmenta::engine
