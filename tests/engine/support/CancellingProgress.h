// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Progress.h"

#include <string>
#include <string_view>
#include <utility>

namespace segmenta::test {

/// Asks to cancel once setFraction has been called `callsBeforeCancel` times; counts the calls made after,
/// so a test can check that an algorithm stops soon after it is asked to.
class CancellingProgress final : public engine::Progress
{
public:
    explicit CancellingProgress(int callsBeforeCancel)
        : m_callsBeforeCancel(callsBeforeCancel)
    { }
    void setStage(std::string_view key) override { m_stage = key; }
    void setFraction(double) override
    {
        if (isCancelRequested()) {
            ++m_callsAfterCancel;
        }
        ++m_calls;
    }
    bool isCancelRequested() const override { return m_calls >= m_callsBeforeCancel; }

    int calls() const { return m_calls; }
    int callsAfterCancel() const { return m_callsAfterCancel; }
    const std::string &stage() const { return m_stage; }

private:
    int m_callsBeforeCancel;
    int m_calls = 0;
    int m_callsAfterCancel = 0;
    std::string m_stage;
};

/// Cancels on the n-th question (isCancelRequested), whatever the stage.
class CancelAfter final : public engine::Progress
{
public:
    explicit CancelAfter(int questions)
        : m_left(questions)
    { }
    void setStage(std::string_view) override { }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return --m_left < 0; }

private:
    mutable int m_left;
};

/// Cancels once the stage with the given key has begun.
class CancelAtStage final : public engine::Progress
{
public:
    explicit CancelAtStage(std::string stage)
        : m_stage(std::move(stage))
    { }
    void setStage(std::string_view key) override { m_reached = m_reached || key == m_stage; }
    void setFraction(double) override { }
    bool isCancelRequested() const override { return m_reached; }

private:
    std::string m_stage;
    bool m_reached = false;
};

} // namespace segmenta::test
