// The two background jobs of an import, run on the job thread (jobrunner.h): planning the
// preview and applying the import. Both read the uploaded file a batch at a time
// (importsource.h) through one planner (importplanner.h), so memory does not grow with
// the file: the preview keeps the counts, the first rows and the first skipped rows; the
// import streams each batch's mutations into one transaction, committed at the end.
#pragma once

#include "adminservices.h"
#include "importjobs.h"

namespace kl::server {

inline constexpr int kImportBatchRows = 1000; // cards planned (and applied) at once
inline constexpr int kPreviewRows = 200; // rows the preview shows; the rest are counted
inline constexpr int kPreviewSkippedRows = 1000; // skipped rows named in the preview and by confirm

// Plans the upload (state "planning", progress in characters of the file read) and leaves
// the job in "preview" with its answer, or "failed" / "cancelled". Returns the answer for
// a request that waits for it.
[[nodiscard]] ApiResponse planUpload(AdminServices &services, ImportJob &job);
// Plans again against the rows as they are now and applies every change in one
// transaction with one audit entry (progress in mutations), or nothing.
void runImport(AdminServices &services, ImportJob &job);

} // namespace kl::server
