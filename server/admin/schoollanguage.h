// The words of the school list in the school's language (Dutch) wherever the server writes
// them into files people open elsewhere: category names in exported vCards and CSV. The
// server process has no UI language of its own; it reads the app's Dutch translation.
#pragma once

#include "domain.h"

namespace kl::server::schoollanguage {

[[nodiscard]] QString categoryLabel(Category c);
// A text of the app's translation in Dutch (the source text when it has none).
[[nodiscard]] QString dutch(const char *context, const char *source);
// A category named by its key, its Dutch label or its English one.
[[nodiscard]] std::optional<Category> categoryFromLabel(const QString &text);

} // namespace kl::server::schoollanguage
