// The words of an import's preview: why a row is skipped, what it changes, what it cannot
// keep, in the coordinator's language. The web admin sends its language (?lang=en or nl;
// not Accept-Language, which every HTTP client fills in by itself); Dutch, the school's
// language, unless it asks for English.
#pragma once

#include "contactcard.h"
#include "fieldrules.h"
#include "httptypes.h"

namespace kl::server {

class ImportWords
{
public:
    enum class Language { Dutch, English };
    explicit ImportWords(Language language = Language::Dutch) : m_language(language) { }
    // English when the request says lang=en, else Dutch.
    [[nodiscard]] static ImportWords of(const ApiRequest &request);
    [[nodiscard]] Language language() const { return m_language; }

    // One sentence in both languages; the one in use comes back.
    [[nodiscard]] QString say(const char *dutch, const char *english) const;
    // A column's name as a coordinator knows it ("achternaam" / "family name").
    [[nodiscard]] QString label(const QString &column) const;
    // A value the field rules refuse, with the value itself (shortened).
    [[nodiscard]] QString violation(const fieldrules::Violation &v, const QString &value) const;
    // The reader's "<PROPERTY> <value>" items ("FAX 030-..." -> "faxnummer 030-...").
    [[nodiscard]] QString unkept(const QString &item) const;
    [[nodiscard]] QString problem(const CardProblem &p) const;

private:
    Language m_language;
};

} // namespace kl::server
