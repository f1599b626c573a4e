#include "androidintent.h"

#include "channelurl.h"

namespace kl::platform {

namespace {

// android.content.Intent and ContactsContract constants (stable public API values).
const QString kActionView = QStringLiteral("android.intent.action.VIEW");
const QString kActionDial = QStringLiteral("android.intent.action.DIAL");
const QString kActionSendTo = QStringLiteral("android.intent.action.SENDTO");
const QString kActionSend = QStringLiteral("android.intent.action.SEND");
const QString kActionInsert = QStringLiteral("android.intent.action.INSERT");
const QString kExtraText = QStringLiteral("android.intent.extra.TEXT");
const QString kExtraSubject = QStringLiteral("android.intent.extra.SUBJECT");
const QString kExtraEmail = QStringLiteral("android.intent.extra.EMAIL");
constexpr int kPhoneTypeMobile = 2; // ContactsContract.CommonDataKinds.Phone.TYPE_MOBILE
constexpr int kPhoneTypeWork = 3; // Phone.TYPE_WORK
constexpr int kEmailTypeWork = 2; // ContactsContract.CommonDataKinds.Email.TYPE_WORK

} // namespace

QVariant AndroidIntent::extra(const QString &name) const
{
    for (const IntentExtra &e : extras) {
        if (e.name == name) {
            return e.value;
        }
    }
    return {};
}

AndroidIntent androidIntentForUrl(const QUrl &url)
{
    AndroidIntent intent;
    const auto link = kl::ChannelUrl::parse(url);
    if (!link) {
        if (!url.isValid() || url.isLocalFile() || url.scheme().isEmpty()) {
            return intent; // nothing another app may be handed
        }
        intent.action = kActionView;
        intent.data = QString::fromUtf8(url.toEncoded());
        return intent;
    }
    switch (link->channel) {
    case kl::Channel::Call:
        intent.action = kActionDial;
        intent.data = QStringLiteral("tel:") + link->address;
        break;
    case kl::Channel::Sms:
        intent.action = kActionSendTo;
        intent.data = QStringLiteral("smsto:") + link->address;
        if (!link->text.isEmpty()) {
            intent.extras << IntentExtra { QStringLiteral("sms_body"), link->text };
        }
        break;
    case kl::Channel::WhatsApp:
        // wa.me is WhatsApp's own click-to-chat link, which its app claims; pinned to the
        // app (or WhatsApp Business) so a phone without it reports "no app" instead of
        // opening a web page that can only offer to install it.
        intent.action = kActionView;
        intent.data = QString::fromUtf8(url.toEncoded());
        intent.packages = { QStringLiteral("com.whatsapp"), QStringLiteral("com.whatsapp.w4b") };
        break;
    case kl::Channel::Email:
        intent.action = kActionSendTo;
        intent.data = QStringLiteral("mailto:") + QString::fromLatin1(link->address.toUtf8().toPercentEncoding("@!$'*+="));
        intent.extras << IntentExtra { kExtraEmail, QStringList { link->address } };
        if (!link->subject.isEmpty()) {
            intent.extras << IntentExtra { kExtraSubject, link->subject };
        }
        if (!link->text.isEmpty()) {
            intent.extras << IntentExtra { kExtraText, link->text };
        }
        break;
    }
    return intent;
}

AndroidIntent androidShareIntent(const QString &title, const QString &text)
{
    AndroidIntent intent;
    intent.action = kActionSend;
    intent.mimeType = QStringLiteral("text/plain");
    intent.extras << IntentExtra { kExtraText, text };
    if (!title.isEmpty()) {
        intent.extras << IntentExtra { kExtraSubject, title };
    }
    intent.chooserTitle = title.isEmpty() ? QStringLiteral("KorteLijn") : title;
    return intent;
}

AndroidIntent androidInsertContactIntent(const kl::VCardData &card)
{
    AndroidIntent intent;
    intent.action = kActionInsert;
    intent.mimeType = QStringLiteral("vnd.android.cursor.dir/raw_contact"); // RawContacts.CONTENT_TYPE
    auto add = [&intent](const char *name, const QVariant &value) {
        if (value.typeId() != QMetaType::QString || !value.toString().isEmpty()) {
            intent.extras << IntentExtra { QString::fromLatin1(name), value };
        }
    };
    // ContactsContract.Intents.Insert keys.
    add("name", QStringList { card.givenName, card.familyName }.join(QLatin1Char(' ')).trimmed());
    add("company", card.organisation);
    add("job_title", card.title);
    // The first phone is the mobile when there is one; a landline comes second (or first).
    QList<std::pair<QString, int>> phones;
    if (!card.mobile.isEmpty()) {
        phones << std::pair { card.mobile, kPhoneTypeMobile };
    }
    if (!card.landline.isEmpty()) {
        phones << std::pair { card.landline, kPhoneTypeWork };
    }
    if (!phones.isEmpty()) {
        add("phone", phones[0].first);
        add("phone_type", phones[0].second);
    }
    if (phones.size() > 1) {
        add("secondary_phone", phones[1].first);
        add("secondary_phone_type", phones[1].second);
    }
    if (!card.email.isEmpty()) {
        add("email", card.email);
        add("email_type", kEmailTypeWork);
    }
    add("notes", card.note);
    // Back to KorteLijn after saving instead of staying in the contacts app.
    add("finishActivityOnSaveCompleted", true);
    return intent;
}

} // namespace kl::platform
