// The Android side of every request the app makes of another app, as plain data: which
// intent to start (action, data URI, MIME type, extras, package). Built and unit-tested
// on every platform (tests/platform/tst_platformrequests); only androidintent_android.cpp
// turns a description into a real android.content.Intent and starts it.
#pragma once

#include "vcard.h"

#include <QList>
#include <QStringList>
#include <QUrl>
#include <QVariant>

namespace kl::platform {

struct IntentExtra
{
    QString name; // e.g. "sms_body", "android.intent.extra.TEXT"
    QVariant value; // QString, QStringList (a String[] extra), int or bool
};

struct AndroidIntent
{
    QString action; // e.g. "android.intent.action.SENDTO"
    QString data; // the data URI as Uri.parse() reads it; empty: none
    QString mimeType; // empty: none
    QList<IntentExtra> extras;
    // Apps to try in this order, each with Intent.setPackage (one that is not installed is
    // skipped); empty: whichever app handles the intent.
    QStringList packages;
    // Not empty: wrapped in Intent.createChooser with this title (the share sheet).
    QString chooserTitle;

    [[nodiscard]] bool isValid() const { return !action.isEmpty(); }
    // The value of the extra called `name`; invalid when there is none.
    [[nodiscard]] QVariant extra(const QString &name) const;
};

// A channel link as ChannelUrl makes it: tel: dials (ACTION_DIAL, no call permission),
// sms: becomes SENDTO smsto: with the text in "sms_body" (what SMS apps read), wa.me
// goes to the WhatsApp app itself, mailto: to a mail app with address, subject and text
// as extras. Any other web or app link is a VIEW. A file: URL gives an invalid intent:
// Android 7+ refuses file URIs in intents (FileUriExposedException).
[[nodiscard]] AndroidIntent androidIntentForUrl(const QUrl &url);

// ACTION_SEND of plain text through the share sheet.
[[nodiscard]] AndroidIntent androidShareIntent(const QString &title, const QString &text);

// ContactsContract's insert screen (ACTION_INSERT of a raw contact) filled in with name,
// organisation, function, mobile and landline, e-mail and note; the teacher saves it.
// No file is involved.
[[nodiscard]] AndroidIntent androidInsertContactIntent(const kl::VCardData &card);

#ifdef Q_OS_ANDROID
// Starts the intent from the app's activity. False when no app on the phone handles it
// (ActivityNotFoundException, or a refusal): the caller shows its fallback.
bool startAndroidIntent(const AndroidIntent &intent);
#endif

} // namespace kl::platform
