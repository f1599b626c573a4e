#include "organogram.h"

#include <QHash>
#include <QMap>

namespace kl::organogram {

namespace {

constexpr int kColumn = 250;
constexpr int kGap = 24;
constexpr int kMargin = 24;
constexpr int kLine = 18;
constexpr int kWrap = 30; // characters per line in a box
constexpr int kWrapTitle = 22; // bold and larger: fewer characters fit

QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return out;
}

// Words onto lines of at most kWrap characters (a longer word gets a line of its own).
QStringList wrap(const QString &text, int width = kWrap)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines;
}

// Presentation attributes, not a <style> sheet: the admin's CSP (style-src 'self') would
// drop an inline sheet, and attributes survive every SVG consumer, QtSvg included.
QString textStyle(const char *cls)
{
    const QLatin1String c(cls);
    if (c == QLatin1String("title")) {
        return QStringLiteral(" font-weight=\"bold\" font-size=\"16\" fill=\"#10253f\"");
    }
    if (c == QLatin1String("cat")) {
        return QStringLiteral(" font-size=\"12\" fill=\"#4a5561\" letter-spacing=\"0.5\"");
    }
    if (c == QLatin1String("warn")) {
        return QStringLiteral(" font-weight=\"bold\" fill=\"#b3261e\"");
    }
    return QStringLiteral(" fill=\"#1b1b1b\"");
}

QString box(int x, int y, int h, const char *kind)
{
    const QLatin1String k(kind);
    const QString look = k == QLatin1String("role") ? QStringLiteral("fill=\"#e8f1fb\" stroke=\"#1f5fa8\" stroke-width=\"2\"")
        : k == QLatin1String("gap") ? QStringLiteral("fill=\"#fdecea\" stroke=\"#b3261e\" stroke-width=\"3\" stroke-dasharray=\"8 5\"")
                                    : QStringLiteral("fill=\"#ffffff\" stroke=\"#5b6b7a\" stroke-width=\"1.5\"");
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"8\" %5/>").arg(x).arg(y).arg(kColumn).arg(h).arg(look);
}

QString textLines(int x, int y, const QStringList &lines, const char *cls)
{
    QString out;
    for (int i = 0; i < lines.size(); ++i) {
        out += QStringLiteral("<text class=\"%1\" x=\"%2\" y=\"%3\"%4>%5</text>")
                   .arg(QLatin1String(cls)).arg(x).arg(y + i * kLine).arg(textStyle(cls), esc(lines.at(i)));
    }
    return out;
}

QString tr(PublicLanguage l, const char *nl, const char *en)
{
    return QString::fromUtf8(l == PublicLanguage::English ? en : nl);
}

struct Column
{
    QString out;
    int height = 0;
};

// The partners of one column, by category (in the categories' own order), each a box.
Column partnersBelow(int x, int y, const QList<Partner> &partners, PublicLanguage language)
{
    QMap<QString, QList<Partner>> byCategory;
    for (const Partner &p : partners) {
        byCategory[categoryName(p.categoryKey, language)] << p;
    }
    Column c;
    int at = y;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        c.out += QStringLiteral("<g class=\"category\" data-category=\"%1\">").arg(esc(it.value().first().categoryKey));
        c.out += textLines(x + 4, at + 14, { it.key() }, "cat");
        at += kLine + 4;
        QList<Partner> sorted = it.value();
        std::sort(sorted.begin(), sorted.end(), [](const Partner &a, const Partner &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Partner &p : sorted) {
            const QStringList lines = wrap(p.name);
            const int h = int(lines.size()) * kLine + 12;
            c.out += QStringLiteral("<g class=\"partner\" data-partner=\"%1\">").arg(esc(p.id)) + box(x, at, h, "partner");
            c.out += textLines(x + 10, at + 19, lines, "name") + QStringLiteral("</g>");
            at += h + 8;
        }
        c.out += QStringLiteral("</g>");
        at += 6;
    }
    c.height = at - y;
    return c;
}

} // namespace

QString categoryName(const QString &key, PublicLanguage l)
{
    static const QHash<QString, std::pair<const char *, const char *>> names {
        { QStringLiteral("gemeente"), { "Gemeente", "Municipality" } },
        { QStringLiteral("jeugdzorg"), { "Jeugdzorg", "Youth care" } },
        { QStringLiteral("wijkteam"), { "Wijkteam", "Neighbourhood team" } },
        { QStringLiteral("kinderopvang"), { "Kinderopvang", "Childcare" } },
        { QStringLiteral("zorg"), { "Zorg", "Care" } },
        { QStringLiteral("onderwijsbegeleiding"), { "Onderwijsbegeleiding", "Education support" } },
        { QStringLiteral("bibliotheek"), { "Bibliotheek", "Library" } },
        { QStringLiteral("politie"), { "Politie", "Police" } },
        { QStringLiteral("ggd"), { "GGD", "Public health" } },
        { QStringLiteral("cultuur"), { "Cultuur", "Culture" } },
        { QStringLiteral("sport"), { "Sport", "Sport" } },
        { QStringLiteral("gastlessen"), { "Gastlessen", "Guest lessons" } },
        { QStringLiteral("buurtwerk"), { "Buurtwerk", "Community work" } },
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? tr(l, "Overig", "Other") : tr(l, it->first, it->second);
}

QByteArray svg(const QString &schoolName, QList<Role> roles, QList<Partner> partners, PublicLanguage language)
{
    std::sort(roles.begin(), roles.end(), [](const Role &a, const Role &b) {
        return a.order != b.order ? a.order < b.order : a.name.localeAwareCompare(b.name) < 0;
    });
    QHash<QString, QList<Partner>> owned;
    QList<Partner> ownerless;
    QStringList roleIds;
    for (const Role &r : roles) {
        roleIds << r.id;
    }
    for (const Partner &p : partners) {
        if (roleIds.contains(p.ownerRole)) {
            owned[p.ownerRole] << p;
        } else {
            ownerless << p;
        }
    }

    QString body;
    int x = kMargin;
    const int top = kMargin + 44;
    int tallest = 0;
    for (const Role &r : roles) {
        const bool noDeputy = r.deputy.trimmed().isEmpty();
        const bool noHolder = r.holder.trimmed().isEmpty();
        const QStringList head = wrap(r.name, kWrapTitle);
        const QStringList holder = wrap(noHolder ? tr(language, "niemand", "nobody") : r.holder);
        const QStringList deputy = wrap(noDeputy ? tr(language, "geen vervanger", "no deputy")
                                                 : tr(language, "vervanger: ", "deputy: ") + r.deputy);
        const int h = int(head.size() + holder.size() + deputy.size()) * kLine + 20;
        QString cls = QStringLiteral("role");
        if (noDeputy) {
            cls += QStringLiteral(" gap no-deputy");
        }
        if (noHolder) {
            cls += QStringLiteral(" gap no-holder");
        }
        body += QStringLiteral("<g class=\"%1\" data-role=\"%2\">").arg(cls, esc(r.id))
            + box(x, top, h, noDeputy || noHolder ? "gap" : "role");
        int at = top + 22;
        body += textLines(x + 12, at, head, "title");
        at += int(head.size()) * kLine;
        body += QStringLiteral("<g class=\"holder\" data-person=\"%1\">").arg(esc(r.holder.trimmed()))
            + textLines(x + 12, at, holder, "person") + QStringLiteral("</g>");
        at += int(holder.size()) * kLine;
        body += (noDeputy ? QStringLiteral("<g class=\"deputy missing\">")
                          : QStringLiteral("<g class=\"deputy\" data-person=\"%1\">").arg(esc(r.deputy.trimmed())))
            + textLines(x + 12, at, deputy, noDeputy ? "warn" : "person") + QStringLiteral("</g></g>");
        const Column c = partnersBelow(x, top + h + 12, owned.value(r.id), language);
        body += c.out;
        tallest = std::max(tallest, h + 12 + c.height);
        x += kColumn + kGap;
    }
    if (!ownerless.isEmpty()) {
        const int h = 2 * kLine + 20;
        body += QStringLiteral("<g class=\"gap no-owner\">") + box(x, top, h, "gap");
        body += textLines(x + 12, top + 22, wrap(tr(language, "Zonder eigenaar", "No owner")), "title");
        body += textLines(x + 12, top + 22 + kLine, { tr(language, "wijs een rol toe", "assign a role") }, "warn");
        const Column c = partnersBelow(x, top + h + 12, ownerless, language);
        body += c.out + QStringLiteral("</g>");
        tallest = std::max(tallest, h + 12 + c.height);
        x += kColumn + kGap;
    }
    const int width = std::max(x - kGap + kMargin, 600);
    const int height = top + tallest + kMargin;
    // A phone not yet joined to a school knows no school name: the title alone.
    const QString title = tr(language, "Wie doet wat", "Who does what")
        + (schoolName.trimmed().isEmpty() ? QString() : QStringLiteral(" \u2014 ") + schoolName);
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\""
                                 " role=\"img\" aria-labelledby=\"t\" font-family=\"sans-serif\" font-size=\"14\">")
                      .arg(width).arg(height);
    out += QStringLiteral("<title id=\"t\">%1</title>").arg(esc(title));
    out += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>").arg(width).arg(height);
    out += QStringLiteral("<text class=\"title\" x=\"%1\" y=\"%2\" font-size=\"22\" font-weight=\"bold\" fill=\"#10253f\">%3</text>").arg(kMargin).arg(kMargin + 18).arg(esc(title));
    out += body + QStringLiteral("</svg>\n");
    return out.toUtf8();
}

void Picture::add(const QString &table, const QString &id, const QJsonObject &fields)
{
    const auto text = [&](const char *column) { return fields.value(QLatin1String(column)).toString(); };
    if (table == QLatin1String("school_roles")) {
        roles << Role { id, text("name"), text("holder"), text("deputy"), fields.value(QStringLiteral("sort_order")).toInt() };
    } else if (table == QLatin1String("organisations")) {
        partners << Partner { id, text("name"), text("category"), text("owner_role") };
    }
}

} // namespace kl::organogram
