// Desktop: the save and open dialogs give local paths; written atomically (QSaveFile).
// There is no share sheet for files: the teacher saves, then mails or copies the file.
#include "documents.h"

namespace kl::platform {

std::unique_ptr<Documents> Documents::createDefault()
{
    return std::make_unique<LocalDocuments>();
}

} // namespace kl::platform
