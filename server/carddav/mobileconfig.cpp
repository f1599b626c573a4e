#include "mobileconfig.h"

#include "carddavapi.h"
#include "multistatus.h"

#include <QCryptographicHash>
#include <QUuid>

namespace kl::server::carddav {

namespace {

// Stable UUIDs per login, so installing the profile again replaces it instead of adding one.
QString stableUuid(const QString &username, const char *what)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("6f1c2d3e-4b5a-5c6d-8e7f-0a1b2c3d4e5f")), username + QLatin1String(what))
        .toString(QUuid::WithoutBraces)
        .toUpper();
}

QByteArray key(const char *name, const QByteArray &value)
{
    return "\t\t\t<key>" + QByteArray(name) + "</key>\n\t\t\t" + value + "\n";
}

QByteArray string(const QString &s)
{
    return "<string>" + dav::escapeXml(s) + "</string>";
}

} // namespace

QByteArray mobileConfig(const QUrl &server, const CardDavCredential &credential)
{
    const bool tls = server.scheme() == QLatin1String("https");
    const int port = server.port(tls ? 443 : 80);
    QByteArray payload;
    payload += key("PayloadType", string(QStringLiteral("com.apple.carddav.account")));
    payload += key("PayloadVersion", "<integer>1</integer>");
    payload += key("PayloadIdentifier", string(QStringLiteral("nl.kortelijn.carddav.") + credential.username));
    payload += key("PayloadUUID", string(stableUuid(credential.username, "/payload")));
    payload += key("PayloadDisplayName", string(QStringLiteral("KorteLijn schoollijst")));
    payload += key("CardDAVAccountDescription", string(QStringLiteral("KorteLijn schoollijst")));
    payload += key("CardDAVHostName", string(server.host()));
    payload += key("CardDAVPort", "<integer>" + QByteArray::number(port) + "</integer>");
    payload += key("CardDAVUseSSL", tls ? "<true/>" : "<false/>");
    payload += key("CardDAVPrincipalURL", string(CardDavApi::principalPath(credential.username)));
    payload += key("CardDAVUsername", string(credential.username));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n<dict>\n"
           "\t<key>PayloadContent</key>\n\t<array>\n\t\t<dict>\n"
        + payload
        + "\t\t</dict>\n\t</array>\n"
          "\t<key>PayloadDisplayName</key>\n\t<string>KorteLijn: schoollijst in Contacten</string>\n"
          "\t<key>PayloadDescription</key>\n\t<string>Zet de partners van de school (alleen-lezen) in Contacten.</string>\n"
          "\t<key>PayloadIdentifier</key>\n\t"
        + string(QStringLiteral("nl.kortelijn.profile.") + credential.username)
        + "\n\t<key>PayloadType</key>\n\t<string>Configuration</string>\n"
          "\t<key>PayloadUUID</key>\n\t"
        + string(stableUuid(credential.username, "/profile"))
        + "\n\t<key>PayloadVersion</key>\n\t<integer>1</integer>\n"
          "\t<key>PayloadRemovalDisallowed</key>\n\t<false/>\n"
          "</dict>\n</plist>\n";
}

} // namespace kl::server::carddav
