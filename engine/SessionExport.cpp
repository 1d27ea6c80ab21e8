// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: writing a segmentation's members, with the columns the user chose, as CSV or Excel.
#include "Session.h"
#include "SessionGuard.h"
#include "export/TableWriter.h"
#include "store/Database.h"
#include "store/ProjectStore.h"

#include <algorithm>
#include <optional>
#include <string>

namespace segmenta::engine {

namespace {

/// Progress is reported (and cancel checked) once per this many customers read.
constexpr std::int64_t progressInterval = 4096;

/// The fixed columns before the customer columns.
enum class FixedColumn
{
    CustomerId,
    Segment,
    SegmentName,
    SegmentProbability,
};

/// Where an exported column's values come from: a fixed column, or customer column i.
struct ColumnSource
{
    std::optional<FixedColumn> fixed;
    std::size_t customerColumn = 0;
};

/// Thrown inside forEachCustomer to stop reading; caught below, never leaves this file.
struct ExportStopped
{
    Error error;
};

struct ExportLayout
{
    std::vector<TableColumn> columns;
    std::vector<ColumnSource> sources;
};

ExportLayout exportLayout(store::ProjectStore &project, bool hasProbability)
{
    ExportLayout layout;
    const std::string idHeader = project.idColumn();
    const auto addFixed = [&layout](std::string name, ValueKind kind, FixedColumn fixed) {
        layout.columns.push_back(TableColumn {std::move(name), kind});
        layout.sources.push_back(ColumnSource {fixed, 0});
    };
    addFixed(idHeader.empty() ? "customer_id" : idHeader, ValueKind::Identifier, FixedColumn::CustomerId);
    addFixed("segment", ValueKind::Integer, FixedColumn::Segment);
    addFixed("segment_name", ValueKind::Categorical, FixedColumn::SegmentName);
    if (hasProbability) {
        addFixed("segment_probability", ValueKind::Decimal, FixedColumn::SegmentProbability);
    }
    const auto columns = project.columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        layout.columns.push_back(TableColumn {columns[c].info.name, columns[c].info.valueKind()});
        layout.sources.push_back(ColumnSource {std::nullopt, c});
    }
    return layout;
}

} // namespace

Result<std::vector<TableColumn>> Session::memberExportColumns(const std::string &segmentationName) const
{
    return guarded<std::vector<TableColumn>>(m_path, [&]() -> Result<std::vector<TableColumn>> {
        store::ProjectStore project(*m_database);
        auto found = project.findSegmentation(segmentationName);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {segmentationName});
        }
        const bool hasProbability = !project.membershipProbabilities(*found).customerRows.empty();
        return exportLayout(project, hasProbability).columns;
    });
}

Result<std::int64_t> Session::exportMembers(const MemberExportParams &params, Progress &progress) const
{
    return guarded<std::int64_t>(m_path, [&]() -> Result<std::int64_t> {
        if (params.outPath.empty()) {
            return makeError(ErrorCode::InvalidParameter, {"out", "", "a file name"});
        }
        store::ProjectStore project(*m_database);
        auto found = project.findSegmentation(params.segmentation);
        if (!found) {
            return makeError(ErrorCode::UnknownSegmentation, {params.segmentation});
        }
        const auto segments = project.segments(*found);
        if (params.segment < -1 || params.segment >= static_cast<int>(segments.size())) {
            return makeError(ErrorCode::InvalidParameter,
                {"segment", std::to_string(params.segment + 1), "1.." + std::to_string(segments.size())});
        }
        const std::int64_t customerCount = project.customerCount();
        const auto members = project.memberSegments(found->id, customerCount);
        // A Gaussian mixture also says how sure each customer's segment is.
        const MembershipProbabilities soft = project.membershipProbabilities(*found);
        std::vector<std::optional<double>> probability(members.size());
        for (std::size_t i = 0; i < soft.customerRows.size(); ++i) {
            const auto row = static_cast<std::size_t>(soft.customerRows[i]);
            if (row < probability.size()) {
                probability[row] = soft.assigned[i];
            }
        }
        const ExportLayout layout = exportLayout(project, !soft.customerRows.empty());

        // The chosen columns, by header, in the order asked for.
        std::vector<std::size_t> chosen;
        if (params.columns.empty()) {
            for (std::size_t c = 0; c < layout.columns.size(); ++c) {
                chosen.push_back(c);
            }
        }
        for (const std::string &name : params.columns) {
            const auto match = std::find_if(layout.columns.begin(), layout.columns.end(),
                [&name](const TableColumn &column) { return column.name == name; });
            if (match == layout.columns.end()) {
                return makeError(ErrorCode::UnknownColumn, {name});
            }
            const auto index = static_cast<std::size_t>(match - layout.columns.begin());
            if (std::find(chosen.begin(), chosen.end(), index) != chosen.end()) {
                return makeError(ErrorCode::InvalidParameter, {"columns", name, "each column at most once"});
            }
            chosen.push_back(index);
        }
        std::vector<TableColumn> headers;
        for (const std::size_t c : chosen) {
            headers.push_back(layout.columns[c]);
        }

        auto opened = openTableWriter(params.format, params.outPath, std::move(headers));
        if (!opened) {
            return opened.error();
        }
        std::unique_ptr<TableWriter> writer = std::move(opened).value();
        progress.setStage("export.write");
        std::int64_t written = 0;
        std::int64_t read = 0;
        std::vector<CellValue> row(chosen.size());
        try {
            project.forEachCustomer(
                [&](std::int64_t customer, const std::string &key, const std::vector<CellValue> &values) {
                    if (++read % progressInterval == 0) {
                        if (progress.isCancelRequested()) {
                            throw ExportStopped {makeError(ErrorCode::Cancelled)};
                        }
                        progress.setFraction(static_cast<double>(read)
                            / static_cast<double>(std::max<std::int64_t>(customerCount, 1)));
                    }
                    const int segment = members[static_cast<std::size_t>(customer)];
                    if (params.segment >= 0 && segment != params.segment) {
                        return;
                    }
                    for (std::size_t i = 0; i < chosen.size(); ++i) {
                        const ColumnSource &source = layout.sources[chosen[i]];
                        CellValue &cell = row[i];
                        cell = std::monostate {};
                        if (!source.fixed) {
                            cell = values[source.customerColumn];
                            continue;
                        }
                        switch (*source.fixed) {
                        case FixedColumn::CustomerId:
                            cell = key;
                            break;
                        case FixedColumn::Segment:
                            if (segment >= 0) {
                                cell = static_cast<std::int64_t>(segment + 1);
                            }
                            break;
                        case FixedColumn::SegmentName:
                            if (segment >= 0) {
                                cell = segments[static_cast<std::size_t>(segment)].name;
                            }
                            break;
                        case FixedColumn::SegmentProbability:
                            if (const auto &p = probability[static_cast<std::size_t>(customer)]) {
                                cell = *p;
                            }
                            break;
                        }
                    }
                    if (Status status = writer->writeRow(row); !status) {
                        throw ExportStopped {status.error()};
                    }
                    ++written;
                });
        } catch (const ExportStopped &stopped) {
            return stopped.error; // the writer's destructor removes the partial file
        }
        if (Status finished = writer->finish(); !finished) {
            return finished.error();
        }
        progress.setFraction(1.0);
        return written;
    });
}

} // namespace segmenta::engine
