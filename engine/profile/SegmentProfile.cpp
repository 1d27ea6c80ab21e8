// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "profile/SegmentProfile.h"

#include "core/Assert.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace segmenta::engine {

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr int maxTopValueCount = 20;
constexpr int maxDistinguishing = 50;

Error invalid(const char *field, const std::string &value, const std::string &range)
{
    return makeError(ErrorCode::InvalidParameter, {field, value, range});
}

/// The middle of @p values (reordered); the mean of the two middle ones for an even count.
double median(std::vector<double> &values)
{
    if (values.empty()) {
        return notANumber;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    const double upper = *middle;
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), middle);
    return lower + (upper - lower) / 2.0;
}

} // namespace

std::vector<Error> validate(const ProfileParams &params)
{
    std::vector<Error> problems;
    if (params.topValueCount < 1 || params.topValueCount > maxTopValueCount) {
        problems.push_back(invalid("topValueCount", std::to_string(params.topValueCount), "1..20"));
    }
    if (params.maximumDistinguishing < 1 || params.maximumDistinguishing > maxDistinguishing) {
        problems.push_back(
            invalid("maximumDistinguishing", std::to_string(params.maximumDistinguishing), "1..50"));
    }
    if (params.minimumDistinguishing < 1 || params.minimumDistinguishing > params.maximumDistinguishing) {
        problems.push_back(invalid("minimumDistinguishing", std::to_string(params.minimumDistinguishing),
            "1.." + std::to_string(params.maximumDistinguishing)));
    }
    if (!(params.notableDifference >= 0.0) || !std::isfinite(params.notableDifference)) {
        problems.push_back(invalid("notableDifference", std::to_string(params.notableDifference), ">= 0"));
    }
    return problems;
}

SegmentProfileBuilder::SegmentProfileBuilder(
    std::vector<ProfileColumn> columns, std::vector<std::string> segmentNames, const ProfileParams &params)
    : m_columns(std::move(columns))
    , m_segmentNames(std::move(segmentNames))
    , m_params(params)
    , m_segments(m_segmentNames.size())
{
    SEGMENTA_ASSERT(validate(params).empty(), "SegmentProfileBuilder needs valid ProfileParams");
    for (Group &group : m_segments) {
        group.numbers.resize(m_columns.size());
        group.counts.resize(m_columns.size());
    }
}

void SegmentProfileBuilder::addCustomer(int segment, const std::vector<CellValue> &values)
{
    if (segment < 0) {
        return;
    }
    SEGMENTA_ASSERT(static_cast<std::size_t>(segment) < m_segments.size(), "segment index out of range");
    SEGMENTA_ASSERT(values.size() == m_columns.size(), "one value per column");
    Group &group = m_segments[static_cast<std::size_t>(segment)];
    ++group.size;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const CellValue &cell = values[c];
        if (m_columns[c].isNumeric()) {
            if (const auto *whole = std::get_if<std::int64_t>(&cell)) {
                group.numbers[c].push_back(static_cast<double>(*whole));
            } else if (const auto *real = std::get_if<double>(&cell); real && std::isfinite(*real)) {
                group.numbers[c].push_back(*real);
            }
        } else if (const auto *text = std::get_if<std::string>(&cell)) {
            ++group.counts[c][*text];
        }
    }
}

ColumnSummary SegmentProfileBuilder::summarise(std::vector<double> numbers,
    const std::unordered_map<std::string, std::int64_t> &counts, std::size_t column) const
{
    ColumnSummary summary;
    summary.mean = notANumber;
    summary.median = notANumber;
    summary.standardDeviation = notANumber;
    if (m_columns[column].isNumeric()) {
        summary.valueCount = static_cast<std::int64_t>(numbers.size());
        if (numbers.empty()) {
            return summary;
        }
        const double count = static_cast<double>(numbers.size());
        summary.mean = std::accumulate(numbers.begin(), numbers.end(), 0.0) / count;
        // Two passes: the one-pass sum of squares loses digits when the mean is large against the spread.
        double squares = 0.0;
        for (const double value : numbers) {
            squares += (value - summary.mean) * (value - summary.mean);
        }
        summary.standardDeviation = std::sqrt(squares / count);
        summary.median = median(numbers);
        return summary;
    }
    for (const auto &[value, count] : counts) {
        summary.valueCount += count;
    }
    std::vector<ValueShare> shares;
    shares.reserve(counts.size());
    for (const auto &[value, count] : counts) {
        shares.push_back(
            {value, count, static_cast<double>(count) / static_cast<double>(summary.valueCount)});
    }
    const auto kept = std::min(shares.size(), static_cast<std::size_t>(m_params.topValueCount));
    const auto byFrequency = [](const ValueShare &a, const ValueShare &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    };
    std::partial_sort(
        shares.begin(), shares.begin() + static_cast<std::ptrdiff_t>(kept), shares.end(), byFrequency);
    shares.resize(kept);
    summary.topValues = std::move(shares);
    return summary;
}

SegmentationProfile SegmentProfileBuilder::build() const
{
    SegmentationProfile profile;
    profile.columns = m_columns;
    for (const Group &group : m_segments) {
        profile.memberCount += group.size;
    }

    profile.overall.reserve(m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        std::vector<double> numbers;
        std::unordered_map<std::string, std::int64_t> counts;
        for (const Group &group : m_segments) {
            numbers.insert(numbers.end(), group.numbers[c].begin(), group.numbers[c].end());
            for (const auto &[value, count] : group.counts[c]) {
                counts[value] += count;
            }
        }
        profile.overall.push_back(summarise(std::move(numbers), counts, c));
    }

    for (std::size_t s = 0; s < m_segments.size(); ++s) {
        const Group &group = m_segments[s];
        SegmentProfile segment;
        segment.segment = static_cast<int>(s);
        segment.name = m_segmentNames[s];
        segment.size = group.size;
        segment.share = profile.memberCount > 0
            ? static_cast<double>(group.size) / static_cast<double>(profile.memberCount)
            : 0.0;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            VariableProfile variable;
            variable.summary = summarise(group.numbers[c], group.counts[c], c);
            const ColumnSummary &overall = profile.overall[c];
            // NaN propagates through both ratios when a mean is missing; the checks cover the zeros.
            variable.index = overall.mean != 0.0 ? variable.summary.mean / overall.mean : notANumber;
            variable.standardisedDifference = overall.standardDeviation > 0.0
                ? (variable.summary.mean - overall.mean) / overall.standardDeviation
                : notANumber;
            segment.variables.push_back(std::move(variable));
        }

        std::vector<int> candidates;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (std::isfinite(segment.variables[c].standardisedDifference)) {
                candidates.push_back(static_cast<int>(c));
            }
        }
        const auto magnitude = [&segment](int c) {
            return std::abs(segment.variables[static_cast<std::size_t>(c)].standardisedDifference);
        };
        std::stable_sort(
            candidates.begin(), candidates.end(), [&](int a, int b) { return magnitude(a) > magnitude(b); });
        for (const int c : candidates) {
            const auto listed = static_cast<int>(segment.distinguishing.size());
            if (listed >= m_params.maximumDistinguishing
                || (listed >= m_params.minimumDistinguishing && magnitude(c) < m_params.notableDifference)) {
                break;
            }
            const VariableProfile &variable = segment.variables[static_cast<std::size_t>(c)];
            segment.distinguishing.push_back(
                {c, variable.standardisedDifference >= 0.0 ? Direction::Higher : Direction::Lower,
                    variable.standardisedDifference, variable.index});
        }
        profile.segments.push_back(std::move(segment));
    }
    return profile;
}

} // namespace segmenta::engine
