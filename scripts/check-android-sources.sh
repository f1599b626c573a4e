#!/usr/bin/env bash
# Type-checks KorteLijn's Android C++ sources on this Debian machine, where no Android
# kit exists: each file is compiled with `g++ -fsyntax-only -D__ANDROID__` against
# Debian's Qt 6.4 headers (which then declare QJniObject, QJniEnvironment and
# QNativeInterface::QAndroidApplication), Qt's private headers (qandroidextras_p.h:
# QtAndroidPrivate) and OpenJDK's jni.h. A typo or a wrong Qt call in phone code fails
# here, not first on a phone. Nothing is linked or run: Java-side mistakes (a wrong JNI
# method name or signature string) show only on a device (docs/mobile.md).
#
# Usage: scripts/check-android-sources.sh [FILE.cpp ...]
#   CTest passes exactly the files platform/CMakeLists.txt builds for Android; without
#   arguments every platform/*.cpp except the desktop-only ones is checked.
# Exit status: 0 all compile, 1 a source has errors, 2 the check cannot run here.
set -uo pipefail
files=()
for file in "$@"; do
    files+=("$(realpath -m -- "$file")") # as given, before moving to the source tree
done
cd "$(dirname "$0")/.."

fail_setup() {
    echo "check-android-sources: $*" >&2
    exit 2
}

qmake=$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)
qt=$("$qmake" -query QT_INSTALL_HEADERS 2>/dev/null) || fail_setup "no qmake6 (qt6-base-dev-tools)"
qt_version=$("$qmake" -query QT_VERSION)

java_home=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/default-java /usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -f "$candidate/include/jni.h" ]; then
        java_home=$candidate
        break
    fi
done
[ -n "$java_home" ] || fail_setup "no jni.h: install openjdk-17-jdk-headless (scripts/deps.sh)"
[ -f "$qt/QtCore/$qt_version/QtCore/private/qandroidextras_p.h" ] \
    || fail_setup "no Qt private headers: install qt6-base-private-dev (scripts/deps.sh)"

flags=(-std=c++20 -fsyntax-only -fPIC -D__ANDROID__
    -DQT_NO_KEYWORDS -DQT_NO_CAST_FROM_ASCII -DQT_NO_URL_CAST_FROM_STRING
    -DQT_CORE_LIB -DQT_GUI_LIB -DQT_MULTIMEDIA_LIB -DQT_POSITIONING_LIB -DQT_NETWORK_LIB -DQT_SQL_LIB
    -Wall -Wextra -Wpedantic -Werror
    -Icore -Iplatform
    -isystem "$qt" -isystem "$qt/QtCore" -isystem "$qt/QtCore/$qt_version" -isystem "$qt/QtCore/$qt_version/QtCore"
    -isystem "$qt/QtGui" -isystem "$qt/QtMultimedia" -isystem "$qt/QtPositioning" -isystem "$qt/QtNetwork"
    -isystem "$qt/QtSql" -isystem "$java_home/include" -isystem "$java_home/include/linux")

# The headers must really switch to Android: otherwise every file would "pass" as desktop code.
probe='#include <QtCore/qglobal.h>
#ifndef Q_OS_ANDROID
#error Q_OS_ANDROID is not defined
#endif
#include <QtCore/QJniObject>
#include <QtCore/private/qandroidextras_p.h>
int main() { QJniObject o; return o.isValid() ? 0 : 1; }'
if ! errors=$(g++ "${flags[@]}" -x c++ - <<<"$probe" 2>&1); then
    fail_setup "Debian's Qt headers do not compile as Android code here:
$errors"
fi

if [ ${#files[@]} -eq 0 ]; then
    mapfile -t files < <(ls platform/*.cpp | grep -v -e '_desktop\.cpp$')
fi

status=0
count=0
for file in "${files[@]}"; do
    case "$file" in
    *_desktop.cpp | *.mm)
        echo "FAIL $file: a desktop or iOS file in the Android build" >&2
        status=1
        continue
        ;;
    esac
    if g++ "${flags[@]}" "$file"; then
        echo "ok   $file"
    else
        echo "FAIL $file" >&2
        status=1
    fi
    count=$((count + 1))
done
echo "$count Android source files type-checked against Qt $qt_version (-D__ANDROID__, jni.h from $java_home)"
exit $status
