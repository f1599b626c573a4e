#include "schoollanguage.h"

#include "textfold.h"

#include <QTranslator>

namespace kl::server::schoollanguage {

namespace {

const QTranslator *dutch()
{
    static const QTranslator *t = [] {
        auto *translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/kortelijn_nl.qm"))) {
            delete translator;
            return static_cast<QTranslator *>(nullptr);
        }
        return translator;
    }();
    return t;
}

} // namespace

QString categoryLabel(Category c)
{
    const char *source = categories::sourceLabel(c);
    if (const QTranslator *t = dutch()) {
        const QString s = t->translate("kl::Category", source);
        if (!s.isEmpty()) {
            return s;
        }
    }
    return QString::fromUtf8(source);
}

std::optional<Category> categoryFromLabel(const QString &text)
{
    const QString folded = text::fold(text);
    if (folded.isEmpty()) {
        return std::nullopt;
    }
    for (Category c : categories::all()) {
        if (folded == text::fold(categories::key(c)) || folded == text::fold(categoryLabel(c))
            || folded == text::fold(QString::fromUtf8(categories::sourceLabel(c)))) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace kl::server::schoollanguage
