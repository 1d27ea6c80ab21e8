// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"
#include "core/Value.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace segmenta::engine {

/// How much a segment profile lists.
struct ProfileParams
{
    int topValueCount = 3; ///< most frequent values listed per text column, 1..20
    /// Distinguishing variables always listed (when there are that many numeric columns), 1..maximum.
    int minimumDistinguishing = 3;
    /// At most this many distinguishing variables, minimumDistinguishing..50.
    int maximumDistinguishing = 5;
    /// |standardised difference| from which variables past minimumDistinguishing are listed too, >= 0.
    /// 0.5 is a "medium" difference in Cohen's terms: half a standard deviation of all customers.
    double notableDifference = 0.5;
};

/// Problems with @p params (empty: usable). Errors: ErrorCode::InvalidParameter {field, value, range}.
std::vector<Error> validate(const ProfileParams &params);

/// A column of the customer table as the profile sees it.
struct ProfileColumn
{
    std::string name;
    ColumnType type = ColumnType::Text;
    bool isNumeric() const { return type != ColumnType::Text; }
};

/// How often one text value occurs in a group of customers.
struct ValueShare
{
    std::string value;
    std::int64_t count = 0;
    double share = 0.0; ///< count / customers of the group with a value in the column, 0..1
};

/// One column summarised over a group of customers (a segment, or all of them). Missing values are left
/// out: every figure is over the valueCount customers that have one.
struct ColumnSummary
{
    std::int64_t valueCount = 0; ///< customers of the group with a value in this column
    double mean = 0.0; ///< numeric columns; NaN for text columns and when valueCount == 0
    double median = 0.0; ///< middle value; the mean of the two middle ones for an even count; NaN as mean
    double standardDeviation = 0.0; ///< population (divisor valueCount, as the z-scores use); NaN as mean
    std::vector<ValueShare>
        topValues; ///< text columns: most frequent first, ties by value; at most topValueCount
};

/// One column in one segment, against all segmented customers.
struct VariableProfile
{
    ColumnSummary summary; ///< over the segment's customers
    /// segment mean / overall mean ("spends 2.4× the average"); NaN for text columns, when either mean is
    /// missing or the overall mean is 0.
    double index = 0.0;
    /// (segment mean − overall mean) / overall standard deviation; NaN for text columns, when either mean is
    /// missing or all customers have the same value.
    double standardisedDifference = 0.0;
};

enum class Direction
{
    Higher,
    Lower
};

/// A numeric column on which a segment stands out.
struct DistinguishingVariable
{
    int column = 0; ///< index into SegmentationProfile::columns
    Direction direction = Direction::Higher; ///< the segment mean against the overall mean
    double standardisedDifference = 0.0; ///< as in VariableProfile, finite
    double index = 0.0; ///< as in VariableProfile; may be NaN
};

struct SegmentProfile
{
    int segment = 0; ///< segment index, 0 = largest
    std::string name;
    std::string color; ///< the user's "#rrggbb", or empty (Session fills it in; the builder leaves it empty)
    std::string notes; ///< the user's notes (Session fills them in)
    std::int64_t size = 0; ///< customers in the segment
    double share = 0.0; ///< size / memberCount, 0..1
    std::vector<VariableProfile> variables; ///< one per column, in column order
    /// Numeric columns by decreasing |standardised difference| (ties in column order): the first
    /// minimumDistinguishing, then further ones while |difference| >= notableDifference, at most
    /// maximumDistinguishing. Columns with an undefined difference are never listed.
    std::vector<DistinguishingVariable> distinguishing;
};

/// What sets each segment of a segmentation apart, on every column of the customer table (not only the
/// criteria). The baseline ("average", "overall") is all customers with a segment, so segment means
/// weighted by size give the overall mean.
struct SegmentationProfile
{
    std::vector<ProfileColumn> columns; ///< every customer column, in table order
    std::int64_t memberCount = 0; ///< customers with a segment
    std::vector<ColumnSummary> overall; ///< per column, over all members
    std::vector<SegmentProfile> segments; ///< one per segment, by index
};

/// Collects customers one at a time and computes a SegmentationProfile, so a large table is read once
/// without keeping its text. Memory: one double per numeric value and one counter per distinct text
/// value per segment.
class SegmentProfileBuilder
{
public:
    /// Requires: validate(params) is empty.
    SegmentProfileBuilder(std::vector<ProfileColumn> columns, std::vector<std::string> segmentNames,
        const ProfileParams &params = {});

    /// Adds one customer. A negative @p segment (no segment) is skipped.
    /// Requires: segment < number of segment names; values.size() == number of columns. Integer and real
    /// cells count in numeric columns, text cells in text columns; others are treated as missing.
    void addCustomer(int segment, const std::vector<CellValue> &values);

    /// The profile of the customers added so far. Segments without customers have size 0 and NaN figures.
    SegmentationProfile build() const;

private:
    struct Group
    {
        std::int64_t size = 0;
        std::vector<std::vector<double>> numbers; ///< per column (empty for text columns)
        std::vector<std::unordered_map<std::string, std::int64_t>> counts; ///< per column (text columns)
    };

    ColumnSummary summarise(std::vector<double> numbers,
        const std::unordered_map<std::string, std::int64_t> &counts, std::size_t column) const;

    std::vector<ProfileColumn> m_columns;
    std::vector<std::string> m_segmentNames;
    ProfileParams m_params;
    std::vector<Group> m_segments;
};

} // namespace segmenta::engine
