// A deliberate mistake for the type check's own test: Qt 6.4 has no
// QAndroidApplication::activity() (only context()), so scripts/check-android-sources.sh
// must fail on this file with exit status 1.
#include <QtCore/qcoreapplication_platform.h>

#include <QJniObject>

bool startSomething()
{
    const QJniObject activity = QNativeInterface::QAndroidApplication::activity();
    return activity.isValid();
}
