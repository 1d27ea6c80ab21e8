// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "Session.h"

namespace segmenta::engine {

namespace store {
class Database;
}

/// Session::runLifetimeValue's work: summarise the stored purchases, fit the purchase and spend models,
/// predict per customer and store the predictions as customer columns of origin "model".
Result<LifetimeValueReport> runLifetimeValueModels(store::Database &database, const std::string &projectPath,
    const LifetimeValueParams &params, Progress &progress);

} // namespace segmenta::engine
