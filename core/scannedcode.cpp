#include "scannedcode.h"

#include <QCoreApplication>

namespace kl {

ScannedCode ScannedCode::classify(const QString &input)
{
    ScannedCode code;
    code.text = input;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        code.problem = QCoreApplication::translate("kl::ScannedCode", "The code is empty.");
        return code;
    }
    if (text.startsWith(QLatin1String("kortelijn:"), Qt::CaseInsensitive)) {
        if (auto invite = sync::parseInvite(text)) {
            code.kind = Kind::Invite;
            code.invite = *invite;
        } else {
            code.problem = QCoreApplication::translate("kl::ScannedCode",
                "This KorteLijn code is incomplete or damaged. Ask the coordinator for a new invitation.");
        }
        return code;
    }
    if (text.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)) {
        const auto cards = contactcard::parseVCards(text.toUtf8());
        if (cards.ok()) {
            code.kind = Kind::Contact;
            code.contact = cards.value().first();
        } else {
            code.problem = cards.error().message;
        }
        return code;
    }
    if (text.startsWith(QLatin1String("MECARD:"), Qt::CaseInsensitive)) {
        const auto card = contactcard::parseMeCard(text);
        if (card.ok()) {
            code.kind = Kind::Contact;
            code.contact = card.value();
        } else {
            code.problem = card.error().message;
        }
        return code;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty()) {
        code.kind = Kind::WebAddress;
        code.url = url;
        return code;
    }
    code.problem = QCoreApplication::translate("kl::ScannedCode",
        "This code is not a KorteLijn invitation or a contact card, so there is nothing to add.");
    return code;
}

} // namespace kl
