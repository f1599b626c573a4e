// Android: Settings -> Display -> Font size is Configuration.fontScale (1.0 normal, 1.3 and
// up to 2.0 on recent phones). The manifest lists fontScale in configChanges, so a change
// reaches the running app; FontScaleFollower (app/fontscale.h) reads it again when the app becomes active.
#include "systemfontscale.h"

#include <QCoreApplication>
#include <QJniObject>

namespace kl::platform {

std::optional<double> systemFontScale()
{
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    if (!context.isValid()) {
        return std::nullopt;
    }
    const QJniObject resources = context.callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    if (!resources.isValid()) {
        return std::nullopt;
    }
    const QJniObject configuration
        = resources.callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    if (!configuration.isValid()) {
        return std::nullopt;
    }
    const float scale = configuration.getField<jfloat>("fontScale");
    if (!(scale > 0.0f)) {
        return std::nullopt;
    }
    return static_cast<double>(scale);
}

} // namespace kl::platform
