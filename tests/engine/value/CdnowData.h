// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "value/RepeatPurchaseSummary.h"

#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace segmenta::engine {

/// Days since 1970-01-01 of a calendar date.
inline std::int64_t civilDayNumber(int year, unsigned month, unsigned day)
{
    const std::chrono::sys_days days = std::chrono::year_month_day {
        std::chrono::year {year}, std::chrono::month {month}, std::chrono::day {day}};
    return days.time_since_epoch().count();
}

/// The CDNOW calibration end of the papers: 1997-09-30, inclusive (weeks 1-39 of the cohort).
inline std::int64_t cdnowCalibrationEnd()
{
    return civilDayNumber(1997, 9, 30);
}

inline std::string cdnowPath(const char *file)
{
    return std::string(SEGMENTA_SHARED_DATA_DIR) + "/cdnow/" + file;
}

/// The 6,919 raw transactions of the 1/10 sample (cdnowElog.csv: masterid,sampleid,date,cds,sales),
/// keyed by sampleid. Empty if the file cannot be read.
inline std::vector<Transaction> cdnowTransactions()
{
    std::vector<Transaction> transactions;
    std::ifstream in(cdnowPath("cdnowElog.csv"));
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string master;
        std::string sample;
        std::string date;
        std::string cds;
        std::string sales;
        std::getline(fields, master, ',');
        std::getline(fields, sample, ',');
        std::getline(fields, date, ',');
        std::getline(fields, cds, ',');
        std::getline(fields, sales, ',');
        const int yyyymmdd = std::stoi(date);
        transactions.push_back({sample,
            civilDayNumber(yyyymmdd / 10000, static_cast<unsigned>(yyyymmdd / 100 % 100),
                static_cast<unsigned>(yyyymmdd % 100)),
            std::stod(sales)});
    }
    return transactions;
}

/// The calibration summary of the papers built from the raw sample: same-day purchases merged, weeks,
/// calibration end 1997-09-30.
inline RepeatPurchaseData cdnowSummary()
{
    const std::vector<Transaction> transactions = cdnowTransactions();
    RepeatPurchaseSummaryParams params;
    params.sameDayPolicy = SameDayPolicy::Merge;
    params.timeUnit = TimeUnit::Weeks;
    params.calibrationEnd = cdnowCalibrationEnd();
    Result<RepeatPurchaseData> summary = summariseRepeatPurchases(transactions, params);
    return summary ? std::move(summary).value() : RepeatPurchaseData {};
}

} // namespace segmenta::engine
