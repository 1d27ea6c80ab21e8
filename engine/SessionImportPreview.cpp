// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "Session.h"
#include "import/ImportPreview.h"

namespace segmenta::engine {

Result<ImportPreview> Session::previewImport(const ImportPreviewParams &params, Progress &progress)
{
    return previewImportFile(params, progress);
}

} // namespace segmenta::engine
