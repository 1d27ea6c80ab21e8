// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace segmenta::ui {

/// Turns an engine Error (code, arguments, place) into translated text for the user.
/// The engine's describe() is the English wording for the CLI and logs; this is the same information
/// through tr(), so every language's wording of every error lives in this one file.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    /// The full message: the place (file, line, column) when known, then what is wrong and how to fix it.
    static QString message(const engine::Error &error);
    /// Only what is wrong and how to fix it, without the place.
    static QString sentence(const engine::Error &error);
    /// The place as "wholesale.csv, line 12, column 3"; empty when the error has none.
    static QString place(const engine::Error &error);
    /// A short title for a message box, e.g. "Import failed".
    static QString title(const engine::Error &error);
};

} // namespace segmenta::ui
