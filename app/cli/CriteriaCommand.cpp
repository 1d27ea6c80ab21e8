// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "CliSupport.h"
#include "Commands.h"

#include "Session.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace segmenta::cli {

namespace {

using namespace segmenta::engine;

bool looksLikeFile(const std::string &value)
{
    std::error_code ignored;
    return (value.size() > 5 && value.compare(value.size() - 5, 5, ".json") == 0)
        || std::filesystem::is_regular_file(value, ignored);
}

Result<CriteriaSet> readCriteriaFile(const std::string &path)
{
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(path, ignored)) {
        return makeError(ErrorCode::FileNotFound, {path});
    }
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    if (!file) {
        return makeError(ErrorCode::FileUnreadable, {path, std::strerror(errno)});
    }
    auto set = readCriteriaSet(text.str());
    if (!set) {
        Error error = set.error();
        if (error.where) {
            error.where->file = path;
        }
        return error;
    }
    return set;
}

void writeHistogram(JsonWriter &out, const Histogram &histogram)
{
    out.beginObject();
    out.key("edges").beginArray();
    for (const double edge : histogram.edges) {
        out.value(edge);
    }
    out.endArray();
    out.key("counts").beginArray();
    for (const std::int64_t count : histogram.counts) {
        out.value(count);
    }
    out.endArray();
    out.endObject();
}

std::string shortNumber(double value)
{
    std::ostringstream text;
    text << std::setprecision(4) << value;
    return text.str();
}

void writePreviewJson(const CriteriaSet &set, const CriteriaPreview &preview, bool saved)
{
    JsonWriter out;
    out.beginObject();
    out.key("name").value(set.name);
    out.key("saved").value(saved);
    out.key("customers").value(preview.customerCount);
    out.key("used").value(preview.usedCount);
    out.key("dropped").value(preview.droppedCount);
    out.key("matrix_columns").value(preview.matrixColumnCount);
    out.key("variables").beginArray();
    for (const VariablePreview &variable : preview.variables) {
        const CriteriaVariable &v = variable.variable;
        out.beginObject();
        out.key("name").value(v.name);
        out.key("source").value(v.column.empty() ? v.expression : v.column);
        out.key("kind").value(variableKindName(v.kind));
        out.key("family").value(criteriaFamilyName(variable.family));
        out.key("transform")
            .value(v.kind == VariableKind::Categorical ? "onehot" : criteriaTransformName(v.transform));
        out.key("weight").value(v.weight);
        out.key("missing").beginObject();
        out.key("policy").value(missingPolicyName(variable.missing.policy));
        out.key("count").value(variable.missing.missingCount);
        out.key("unreadable").value(variable.missing.unreadableCount);
        out.key("imputed").value(variable.missing.imputedValue);
        out.endObject();
        if (v.kind == VariableKind::Categorical) {
            out.key("levels").beginArray();
            for (const LevelCount &level : variable.levels) {
                out.beginObject();
                out.key("level").value(level.level);
                out.key("count").value(level.count);
                out.key("share").value(level.share);
                out.endObject();
            }
            out.endArray();
        } else {
            out.key("mean").value(variable.mean);
            out.key("standard_deviation").value(variable.standardDeviation);
            out.key("minimum").value(variable.minimum);
            out.key("maximum").value(variable.maximum);
            out.key("histogram_before");
            writeHistogram(out, variable.before);
            out.key("histogram_after");
            writeHistogram(out, variable.after);
        }
        out.key("columns").stringArray(variable.matrixColumns);
        out.endObject();
    }
    out.endArray();
    out.key("correlation").beginObject();
    out.key("labels").stringArray(preview.correlationLabels);
    out.key("matrix").beginArray();
    for (Eigen::Index i = 0; i < preview.correlation.rows(); ++i) {
        out.beginArray();
        for (Eigen::Index j = 0; j < preview.correlation.cols(); ++j) {
            out.value(preview.correlation(i, j));
        }
        out.endArray();
    }
    out.endArray();
    out.endObject();
    out.key("warnings").beginArray();
    for (const CorrelationWarning &warning : preview.warnings) {
        out.beginObject();
        out.key("first").value(warning.first);
        out.key("second").value(warning.second);
        out.key("r").value(warning.correlation);
        out.key("message").value(warning.message);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    std::cout << out.text() << '\n';
}

void writePreviewText(const CriteriaSet &set, const CriteriaPreview &preview, bool saved)
{
    std::cout << "Criteria set '" << set.name << "': " << preview.variables.size() << " variables, "
              << preview.matrixColumnCount << " matrix columns\n";
    std::cout << "Customers: " << preview.customerCount << ", used " << preview.usedCount << ", dropped "
              << preview.droppedCount << '\n';
    for (const VariablePreview &variable : preview.variables) {
        const CriteriaVariable &v = variable.variable;
        std::cout << "  " << v.name << " (" << variableKindName(v.kind) << ", "
                  << criteriaFamilyName(variable.family) << ", "
                  << (v.kind == VariableKind::Categorical ? "onehot" : criteriaTransformName(v.transform))
                  << ", weight " << shortNumber(v.weight) << "): ";
        if (v.kind == VariableKind::Categorical) {
            std::cout << variable.levels.size() << " levels";
            constexpr std::size_t shownLevels = 5;
            for (std::size_t l = 0; l < variable.levels.size() && l < shownLevels; ++l) {
                std::cout << (l == 0 ? ": " : ", ") << variable.levels[l].level << ' '
                          << variable.levels[l].count;
            }
            if (variable.levels.size() > shownLevels) {
                std::cout << ", …";
            }
        } else {
            std::cout << "mean " << shortNumber(variable.mean) << ", sd "
                      << shortNumber(variable.standardDeviation) << ", min " << shortNumber(variable.minimum)
                      << ", max " << shortNumber(variable.maximum);
        }
        const VariableMissing &missing = variable.missing;
        std::cout << "; missing " << missing.missingCount;
        if (missing.missingCount > 0) {
            std::cout << " (" << missing.unreadableCount << " unreadable), "
                      << (missing.policy == MissingPolicy::DropCustomer    ? "dropped"
                                 : missing.policy == MissingPolicy::Impute ? "imputed " + missing.imputedValue
                                                                           : "own category");
        }
        std::cout << '\n';
    }
    for (const CorrelationWarning &warning : preview.warnings) {
        std::cout << "Warning: " << warning.message << '\n';
    }
    if (saved) {
        std::cout << "Saved as '" << set.name << "'.\n";
    }
}

} // namespace

int useCriteriaOption(Session &session, const std::string &value, bool json, std::string &name)
{
    if (!looksLikeFile(value)) {
        auto stored = session.criteriaSet(value);
        if (!stored) {
            return fail(stored.error(), json);
        }
        name = value;
        return ExitDone;
    }
    auto set = readCriteriaFile(value);
    if (!set) {
        return fail(set.error(), json);
    }
    auto saved = session.saveCriteriaSet(set.value());
    if (!saved) {
        return fail(saved.error(), json);
    }
    name = saved.value().name;
    return ExitDone;
}

int runCriteria(const CommandLine &args)
{
    const bool json = args.has("json");
    if (!args.has("project") || args.has("file") == args.has("name")) {
        return usage("criteria needs --project and one of --file or --name");
    }
    if (args.has("save") && !args.has("file")) {
        return usage("--save applies to --file");
    }
    CriteriaPreviewParams params;
    bool ok = true;
    params.binCount = parseInt(args, "bins", params.binCount, ok);
    if (!ok) {
        return usage("--bins takes a whole number");
    }
    auto session = Session::openProject(args.value("project"));
    if (!session) {
        return fail(session.error(), json);
    }
    auto set = args.has("file") ? readCriteriaFile(args.value("file"))
                                : session.value().criteriaSet(args.value("name"));
    if (!set) {
        return fail(set.error(), json);
    }
    TerminalProgress progress;
    auto preview = session.value().previewCriteria(set.value(), params, progress);
    if (!preview) {
        return fail(preview.error(), json);
    }
    const bool save = args.has("save");
    if (save) {
        if (auto saved = session.value().saveCriteriaSet(set.value()); !saved) {
            return fail(saved.error(), json);
        }
    }
    if (json) {
        writePreviewJson(set.value(), preview.value(), save);
    } else {
        writePreviewText(set.value(), preview.value(), save);
    }
    return ExitDone;
}

} // namespace segmenta::cli
