// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include <string_view>

namespace segmenta::engine {

/// How long-running engine work reports progress and learns that the user cancelled.
/// Algorithms call it at natural boundaries (each iteration, every few thousand rows); throttling is the
/// adapter's business. Implementations must be callable from the worker thread that runs the job.
class Progress
{
public:
    virtual ~Progress() = default;
    /// Names the current stage by a stable key ("import.parse", "kmeans.lloyd", …).
    virtual void setStage(std::string_view key) = 0;
    /// Fraction of the current stage done, 0..1.
    virtual void setFraction(double fraction) = 0;
    /// True once the user asked to stop; the algorithm then ends with ErrorCode::Cancelled.
    virtual bool isCancelRequested() const = 0;
};

/// Reports nowhere and never cancels: for tests and callers that do not care.
class NullProgress final : public Progress
{
public:
    void setStage(std::string_view) override { }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return false; }
};

} // namespace segmenta::engine
