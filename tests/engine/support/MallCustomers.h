// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Matrix.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace segmenta::test {

/// Income and spending score (columns 4 and 5) of the Mall customers file, unscaled: the data of the
/// published k-means answers. Read directly (CRLF, no final newline), independent of our importer.
inline engine::Matrix readMallIncomeAndScore()
{
    std::ifstream file(SEGMENTA_SHARED_DATA_DIR "/mall_customers/Mall_Customers.csv", std::ios::binary);
    EXPECT_TRUE(file) << "missing Mall_Customers.csv under " SEGMENTA_SHARED_DATA_DIR;
    std::vector<std::vector<double>> rows;
    std::string line;
    std::getline(file, line); // header
    while (std::getline(file, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        rows.push_back({std::stod(fields.at(3)), std::stod(fields.at(4))});
    }
    engine::Matrix x(static_cast<Eigen::Index>(rows.size()), 2);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        x(static_cast<Eigen::Index>(i), 0) = rows[i][0];
        x(static_cast<Eigen::Index>(i), 1) = rows[i][1];
    }
    return x;
}

} // namespace segmenta::test
