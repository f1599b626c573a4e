#include "messagetemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kl {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}\\s]{1,30})\\}"));
    return re;
}

} // namespace

QStringList MessageTemplate::placeholders()
{
    return { QStringLiteral("voornaam"), QStringLiteral("naam"), QStringLiteral("functie"),
        QStringLiteral("organisatie"), QStringLiteral("dag"), QStringLiteral("tijd") };
}

QString MessageTemplate::render(const QString &templateText, const TemplateContext &c)
{
    const QDateTime now = c.now.isValid() ? c.now : QDateTime::currentDateTime();
    QString day;
    QString time;
    if (c.availability.known()) {
        day = relativeDayName(*c.availability.day, now.date());
        time = c.availability.slot.start.toString(QStringLiteral("H:mm"));
    } else {
        day = QCoreApplication::translate("kl::Availability", "soon");
    }
    const QHash<QString, QString> values {
        { QStringLiteral("voornaam"), c.givenName.trimmed() },
        { QStringLiteral("naam"), c.fullName.trimmed() },
        { QStringLiteral("functie"), c.functionTitle.trimmed() },
        { QStringLiteral("organisatie"), c.organisationName.trimmed() },
        { QStringLiteral("dag"), day },
        { QStringLiteral("tijd"), time },
    };
    QString out;
    out.reserve(templateText.size() + 32);
    qsizetype last = 0;
    bool removedSomething = false;
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(templateText).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).toLower();
        if (values.contains(name)) {
            const QString v = values.value(name);
            removedSomething |= v.isEmpty();
            out += v;
        } else {
            out += m.captured(0);
        }
        last = m.capturedEnd();
    }
    out += QStringView(templateText).mid(last);
    if (removedSomething) {
        static const QRegularExpression doubleSpace(QStringLiteral("[ \\t]{2,}"));
        static const QRegularExpression spaceBeforePunct(QStringLiteral("[ \\t]+([,.!?;:])"));
        out.replace(doubleSpace, QStringLiteral(" "));
        out.replace(spaceBeforePunct, QStringLiteral("\\1"));
    }
    return out;
}

QStringList MessageTemplate::unknownPlaceholders(const QString &templateText)
{
    QStringList out;
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!known.contains(name.toLower()) && !out.contains(name)) {
            out << name;
        }
    }
    return out;
}

bool MessageTemplate::usesTime(const QString &templateText)
{
    return templateText.contains(QStringLiteral("{dag}"), Qt::CaseInsensitive)
        || templateText.contains(QStringLiteral("{tijd}"), Qt::CaseInsensitive);
}

} // namespace kl
