// How large the app draws its text (AppSettings::fontScale, read by Theme.qml): --font-scale
// when given, else the phone's text size setting (platform/systemfontscale.h), else the desktop's
// general font against that desktop's usual default. FontScaleFollower keeps it up to date
// while the app runs (a font change on the desktop, a return to the app on a phone).
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class AppSettings;

namespace FontScale {

constexpr double minimum = 0.85; // Android's "small"
constexpr double maximum = 3.0;

struct Inputs
{
    std::optional<double> requested;     // --font-scale
    std::optional<double> platformScale; // the phone's factor, when the platform has one
    double systemPointSize = 0;          // the desktop's general font (0 = not in points)
    double defaultPointSize = 0;         // that desktop's usual size of it
};

// The factor, clamped to [minimum, maximum]; inputs that are missing or not positive are
// passed over, and with none left it is 1.0.
[[nodiscard]] double compute(const Inputs &inputs);

// The usual general font size in points of a desktop: the OS (QSysInfo::productType()) and,
// on Linux, the desktop environment (XDG_CURRENT_DESKTOP).
[[nodiscard]] double defaultPointSize(const QString &productType, const QString &desktop);

// Reads --font-scale (empty when not given), the platform and the system font now.
[[nodiscard]] Inputs current(const QString &requested);

} // namespace FontScale

class FontScaleFollower : public QObject
{
public:
    // requested: the --font-scale value, or empty to follow the platform.
    FontScaleFollower(AppSettings &settings, QString requested, QObject *parent = nullptr);

private:
    void update();

    AppSettings &m_settings;
    QString m_requested;
};
