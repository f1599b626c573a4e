// What a scanned QR code means to KorteLijn: a staff invite (join the school), a
// partner's contact card (vCard or MeCard: add to my network after confirming), a web
// address (e.g. a partner's public page), or something else, which the app explains
// instead of silently dropping.
#pragma once

#include "contactcard.h"
#include "syncprotocol.h"

#include <QUrl>

#include <optional>

namespace kl {

struct ScannedCode
{
    enum class Kind { Invite, Contact, WebAddress, Unknown };

    Kind kind = Kind::Unknown;
    QString text; // what the code said
    std::optional<sync::Invite> invite;
    std::optional<ContactCard> contact;
    QUrl url;
    QString problem; // for Unknown, or a card that could not be read: a sentence for the teacher

    [[nodiscard]] static ScannedCode classify(const QString &text);
};

} // namespace kl
