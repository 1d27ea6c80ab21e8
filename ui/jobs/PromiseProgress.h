// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Progress.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QString>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

namespace segmenta::ui {

/// engine::Progress over a QPromise, for engine work run by QtConcurrent in run-with-promise mode.
/// Lives on the worker thread. The fraction becomes the promise's progress value (0..maximumValue),
/// throttled to about 50 updates a second so a tight loop cannot flood the GUI's event queue; the stage
/// key travels as the progress text and each stage restarts the range (QFuture progress never goes back).
/// Cancel on the QFuture (QFutureWatcher::cancel) shows up here as isCancelRequested(), which the engine
/// checks where it reports progress.
template<typename T> class PromiseProgress final : public engine::Progress
{
public:
    static constexpr int maximumValue = 1000;
    static constexpr qint64 minimumIntervalMs = 20; ///< at most ~50 progress updates per second

    explicit PromiseProgress(QPromise<T> &promise)
        : m_promise(promise)
    {
        m_promise.setProgressRange(0, maximumValue);
    }

    void setStage(std::string_view key) override
    {
        m_stage = std::string(key);
        m_stageText = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
        // QFuture progress only moves forward; a new range starts the bar again for the new stage. The
        // stage key rides on the first step, since a value equal to the current one is not reported.
        m_promise.setProgressRange(0, maximumValue);
        m_lastValue = 1;
        m_promise.setProgressValueAndText(m_lastValue, m_stageText);
        m_clock.start();
    }

    void setFraction(double fraction) override
    {
        const double clamped = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
        const int value = static_cast<int>(std::lround(clamped * maximumValue));
        if (value <= m_lastValue) {
            return;
        }
        // The end of a stage always gets through, so the bar never stops short of full.
        if (m_clock.isValid() && !m_clock.hasExpired(minimumIntervalMs) && value != maximumValue) {
            return;
        }
        m_lastValue = value;
        m_promise.setProgressValueAndText(value, m_stageText);
        m_clock.start();
    }

    bool isCancelRequested() const override { return m_promise.isCanceled(); }

    /// The key of the current stage ("import.parse", "kmeans.lloyd", …); empty before the first.
    const std::string &stage() const { return m_stage; }

private:
    QPromise<T> &m_promise;
    QElapsedTimer m_clock;
    std::string m_stage;
    QString m_stageText;
    int m_lastValue = -1;
};

} // namespace segmenta::ui
