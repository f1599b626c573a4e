#include "phonenumbers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace kl {

namespace {

Error invalid(const QString &input)
{
    return Error { QStringLiteral("phone.invalid"),
        QCoreApplication::translate("kl::PhoneNumbers", "“%1” is not a valid phone number. Check the digits, "
                                                        "for example 06 12345678 or 020 1234567.")
            .arg(input.trimmed()) };
}

} // namespace

Result<QString> PhoneNumbers::toE164(const QString &input, const QString &region)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return Error { QStringLiteral("phone.empty"),
            QCoreApplication::translate("kl::PhoneNumbers", "Enter a phone number.") };
    }
    // libphonenumber is generous (it drops letters as vanity numbers); we are not.
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c == u'+' || c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.'
                || c == u'/')) {
            return invalid(input);
        }
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(trimmed.toStdString(), region.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        return invalid(input);
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

QString PhoneNumbers::formatForDisplay(const QString &e164, const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return e164;
    }
    std::string out;
    std::string regionCode;
    util->GetRegionCodeForNumber(number, &regionCode);
    util->Format(number, regionCode == region.toStdString() ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
        &out);
    return QString::fromStdString(out);
}

PhoneNumbers::Kind PhoneNumbers::kind(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "NL", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return Kind::Other;
    }
    switch (util->GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE: return Kind::Mobile;
    case PhoneNumberUtil::FIXED_LINE: return Kind::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return Kind::Mobile;
    default: return Kind::Other;
    }
}

} // namespace kl
