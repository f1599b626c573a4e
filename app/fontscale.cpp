#include "fontscale.h"

#include "appsettings.h"
#include "systemfontscale.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QSysInfo>

#include <algorithm>
#include <cmath>

namespace FontScale {

namespace {

bool usable(const std::optional<double> &v)
{
    return v.has_value() && std::isfinite(*v) && *v > 0;
}

} // namespace

double compute(const Inputs &inputs)
{
    double scale = 1.0;
    if (usable(inputs.requested)) {
        scale = *inputs.requested;
    } else if (usable(inputs.platformScale)) {
        scale = *inputs.platformScale;
    } else if (inputs.systemPointSize > 0 && inputs.defaultPointSize > 0) {
        scale = inputs.systemPointSize / inputs.defaultPointSize;
    }
    return std::clamp(scale, minimum, maximum);
}

double defaultPointSize(const QString &productType, const QString &desktop)
{
    if (productType == QLatin1String("windows")) {
        return 9; // Segoe UI 9
    }
    if (productType == QLatin1String("macos") || productType == QLatin1String("osx")) {
        return 13; // the system font at 13 pt
    }
    const QString d = desktop.toUpper();
    if (d.contains(QLatin1String("KDE"))) {
        return 10; // Plasma: Noto Sans 10
    }
    if (d.contains(QLatin1String("GNOME")) || d.contains(QLatin1String("UNITY"))
        || d.contains(QLatin1String("CINNAMON"))) {
        return 11; // Cantarell/Ubuntu 11
    }
    return 9; // Qt's own default without a desktop theme (Sans Serif 9)
}

Inputs current(const QString &requested)
{
    Inputs in;
    if (!requested.isEmpty()) {
        bool ok = false;
        const double value = requested.toDouble(&ok);
        if (ok) {
            in.requested = value;
        }
    }
    in.platformScale = kl::platform::systemFontScale();
    // The application font is the desktop's general font (the app never sets its own), and
    // it changes with it while running (QGuiApplication::fontChanged).
    in.systemPointSize = qobject_cast<QGuiApplication *>(QCoreApplication::instance())
        ? QGuiApplication::font().pointSizeF()
        : QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
    in.defaultPointSize = defaultPointSize(QSysInfo::productType(), qEnvironmentVariable("XDG_CURRENT_DESKTOP"));
    return in;
}

} // namespace FontScale

FontScaleFollower::FontScaleFollower(AppSettings &settings, QString requested, QObject *parent)
    : QObject(parent), m_settings(settings), m_requested(std::move(requested))
{
    update();
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::fontChanged, this, &FontScaleFollower::update);
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive) {
                update();
            }
        });
    }
}

void FontScaleFollower::update()
{
    m_settings.setFontScale(FontScale::compute(FontScale::current(m_requested)));
}
