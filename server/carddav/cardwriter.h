// A staff card as vCard text: 3.0 (RFC 2426) by default, which every client reads and
// iOS expects, and 4.0 (RFC 6350, core/vcard.h's writer) when the client asks for it.
// Text escaping and line folding are core/vcard.h's, so every vCard KorteLijn writes
// escapes and folds the same way.
#pragma once

#include "staffcards.h"

namespace kl::server {

enum class VCardVersion { V3, V4 };

namespace cardwriter {
[[nodiscard]] QByteArray write(const StaffCard &card, VCardVersion version);
// "urn:uuid:<person id>" when the id is a UUID, else the id itself: the card's UID.
[[nodiscard]] QString uid(const QString &personId);
} // namespace cardwriter

} // namespace kl::server
