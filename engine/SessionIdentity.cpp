// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Session: assigning new customers to a stored segmentation (stable segment identity, issue 5).
#include "Session.h"
#include "SessionGuard.h"

#include "segments/detail/SegmentIdentity.h"
#include "store/ProjectStore.h"

namespace segmenta::engine {

Result<AssignmentReport> Session::assignToSegmentation(const std::string &name, Progress &progress)
{
    return guarded<AssignmentReport>(m_path, [&]() -> Result<AssignmentReport> {
        store::ProjectStore project(*m_database);
        store::Transaction transaction(*m_database);
        auto report = detail::assignNewCustomers(project, name, progress);
        if (!report) {
            return report; // rolled back
        }
        if (progress.isCancelRequested()) {
            return makeError(ErrorCode::Cancelled); // rolled back
        }
        transaction.commit();
        return report;
    });
}

} // namespace segmenta::engine
