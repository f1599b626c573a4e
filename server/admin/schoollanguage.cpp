#include "schoollanguage.h"

#include "textfold.h"

#include <QTranslator>

namespace kl::server::schoollanguage {

namespace {

const QTranslator *dutchTranslator()
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

QString dutch(const char *context, const char *source)
{
    if (const QTranslator *t = dutchTranslator()) {
        const QString s = t->translate(context, source);
        if (!s.isEmpty()) {
            return s;
        }
    }
    return QString::fromUtf8(source);
}

QString categoryLabel(Category c)
{
    return dutch("kl::Category", categories::sourceLabel(c));
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
