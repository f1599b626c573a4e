// A browser's values for a row of the school list made into the values phones store, and
// checked: the shared field rules (fieldrules.h) on the row as it will be after the edit,
// then what only the server can check, that a row's references point at live rows.
#pragma once

#include "adminservices.h"

namespace kl::server::rowrules {

// The value of a column of a new row when the browser sends none.
[[nodiscard]] QJsonValue defaultValue(const QString &table, const QString &column);
// A form value in the stored form: trimmed text, a phone number in E.164, a decimal comma
// ("52,0907") as a point, "" as null where a column has no value; nullopt when it cannot be.
[[nodiscard]] std::optional<QJsonValue> normalise(const QString &table, const QString &column, const QJsonValue &value);
// 422 problem for the first rule the row breaks (`code` and `field` for the UI), or none.
[[nodiscard]] std::optional<ApiResponse> check(const QString &table, const QJsonObject &row, const Live &live);

} // namespace kl::server::rowrules
