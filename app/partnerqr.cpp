#include "partnerqr.h"

#include "personrepository.h"
#include "publiccard.h"
#include "qrcode.h"
#include "rebind.h"

#include <QUrl>

PartnerQr::PartnerQr(QObject *parent)
    : QObject(parent)
{
}

void PartnerQr::setStore(AppStore *store)
{
    if (!kl::rebind(m_store, store, this, &PartnerQr::reload, &AppStore::partnersChanged, &AppStore::languageChanged)) {
        return;
    }
    Q_EMIT inputChanged();
    reload();
}

void PartnerQr::setPersonId(const QString &id)
{
    if (m_personId != id) {
        m_personId = id;
        Q_EMIT inputChanged();
        reload();
    }
}

void PartnerQr::setServerUrl(const QString &url)
{
    if (m_serverUrl != url) {
        m_serverUrl = url;
        Q_EMIT inputChanged();
        reload();
    }
}

void PartnerQr::setSchoolId(const QString &id)
{
    if (m_schoolId != id) {
        m_schoolId = id;
        Q_EMIT inputChanged();
        reload();
    }
}

QString PartnerQr::imageSource() const
{
    return m_payload.isEmpty() ? QString() : QrImageProvider::urlFor(m_payload);
}

void PartnerQr::reload()
{
    if (!m_completed) {
        return;
    }
    m_online = false;
    m_payload.clear();
    m_slug.clear();
    m_name.clear();
    m_subtitle.clear();
    m_explanation.clear();
    if (m_store && !m_personId.isEmpty()) {
        auto person = kl::PersonRepository(m_store->db()).get(m_personId);
        if (person && person.value()) {
            m_name = person.value()->displayName();
        }
        auto card = kl::publiccard::load(m_store->db(), m_schoolId, m_personId, m_store->now().date());
        if (card && card.value()) {
            const kl::PublicCard &c = *card.value();
            QStringList sub = c.functions;
            if (!c.organisation.isEmpty()) {
                sub << c.organisation;
            }
            m_subtitle = sub.join(QStringLiteral(" · "));
            const QUrl server(m_serverUrl, QUrl::StrictMode);
            if (!m_schoolId.isEmpty() && server.isValid() && !server.host().isEmpty()) {
                m_online = true;
                m_slug = c.slug;
                m_payload = kl::publiccard::pageUrl(server, c.slug);
                m_explanation = tr("Parents scan this code with their phone's camera and see %1's public page, "
                                   "with a button to save the contact.")
                                    .arg(c.givenName);
            } else {
                m_payload = QString::fromUtf8(kl::publiccard::offlineQrText(c, kl::PublicLanguage::Dutch));
                m_explanation = tr("This code holds the public contact card itself: parents scan it with their phone's "
                                   "camera and save it, no internet needed.");
            }
        } else if (!m_name.isEmpty()) {
            m_explanation = tr("%1 has no public details, so there is no code for parents. A coordinator can make "
                               "the name and other details public.")
                                .arg(m_name);
        }
    }
    Q_EMIT loaded();
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QString::fromUtf8(QByteArray::fromBase64(id.toLatin1(), QByteArray::Base64UrlEncoding));
    const int pixels = requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 1024;
    QImage image = kl::platform::qrImage(text, std::clamp(pixels, 64, 2048));
    if (size) {
        *size = image.size();
    }
    return image;
}

QString QrImageProvider::urlFor(const QString &text)
{
    return QStringLiteral("image://qr/")
        + QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
