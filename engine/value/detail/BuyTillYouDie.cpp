// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "value/detail/BuyTillYouDie.h"

namespace segmenta::engine::detail {

Result<std::int64_t> checkPurchaseData(const RepeatPurchaseData &data)
{
    if (std::vector<Error> errors = validate(data); !errors.empty()) {
        return std::move(errors.front());
    }
    const std::int64_t customers = data.frequency.size();
    if (customers < kMinCustomers) {
        return makeError(
            ErrorCode::TooFewCustomers, {std::to_string(customers), std::to_string(kMinCustomers)});
    }
    const auto repeatBuyers = static_cast<std::int64_t>((data.frequency.array() > 0.0).count());
    if (repeatBuyers == 0) {
        // Error.h has no code for "nobody bought twice"; zero usable (repeat-buying) customers of at
        // least one needed is the closest reading of TooFewCustomers.
        return makeError(ErrorCode::TooFewCustomers, {"0", "1"});
    }
    return repeatBuyers;
}

std::optional<std::string> fewRepeatBuyersWarning(std::int64_t repeatBuyers)
{
    if (repeatBuyers >= kFewRepeatBuyers) {
        return std::nullopt;
    }
    return "only " + std::to_string(repeatBuyers) + " repeat buyers; estimates are uncertain";
}

} // namespace segmenta::engine::detail
