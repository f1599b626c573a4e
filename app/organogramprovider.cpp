#include "organogramprovider.h"

#include "domain.h"
#include "organogram.h"

#include <QJsonObject>
#include <QPainter>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSvgRenderer>
#include <QUrl>

OrganogramImageProvider::OrganogramImageProvider(kl::Database &db)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_db(db)
{
}

QByteArray OrganogramImageProvider::svg(const QString &schoolName, const QString &language) const
{
    kl::organogram::Picture picture;
    const auto gather = [&](const QString &table, const QString &sql, const QVariantList &params) {
        auto q = m_db.run(sql, params);
        if (!q) {
            return;
        }
        while (q.value().next()) {
            const QSqlRecord r = q.value().record();
            QJsonObject fields;
            for (int i = 0; i < r.count(); ++i) {
                fields.insert(r.fieldName(i), QJsonValue::fromVariant(r.value(i)));
            }
            picture.add(table, fields.value(QStringLiteral("id")).toString(), fields);
        }
    };
    gather(QStringLiteral("school_roles"), QStringLiteral("SELECT id, name, holder, deputy, sort_order FROM school_roles WHERE deleted = 0"), {});
    gather(QStringLiteral("organisations"), QStringLiteral("SELECT id, name, category, owner_role FROM organisations WHERE deleted = 0 AND origin = ?"),
        { static_cast<int>(kl::Origin::School) });
    return kl::organogram::svg(schoolName, picture.roles, picture.partners,
        language == QLatin1String("en") ? kl::PublicLanguage::English : kl::PublicLanguage::Dutch);
}

QImage OrganogramImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // <lang>/<school name, percent-encoded>?v=<n>
    const QString path = id.section(QLatin1Char('?'), 0, 0);
    const QString language = path.section(QLatin1Char('/'), 0, 0);
    const QString school = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), 1).toUtf8());
    QSvgRenderer renderer(svg(school, language));
    QSizeF natural = renderer.viewBoxF().size();
    if (natural.isEmpty()) {
        natural = QSizeF(400, 200);
    }
    QSize target = natural.toSize();
    if (requestedSize.width() > 0 || requestedSize.height() > 0) {
        const QSize bound(requestedSize.width() > 0 ? requestedSize.width() : INT_MAX / 4,
            requestedSize.height() > 0 ? requestedSize.height() : INT_MAX / 4);
        target = natural.scaled(QSizeF(bound), Qt::KeepAspectRatio).toSize();
    }
    // A phone's texture limit: never more than 8192 pixels on a side.
    target = target.boundedTo(QSize(8192, 8192));
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(target)));
    p.end();
    if (size) {
        *size = image.size();
    }
    return image;
}
