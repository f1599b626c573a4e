// Android: an AndroidIntent description made into an android.content.Intent and started
// from the app's activity. startActivity throws ActivityNotFoundException when no app
// handles the intent; Android's documented way from API 30 on (package visibility) is to
// start and catch, not to ask resolveActivity first. QJniObject's own calls swallow Java
// exceptions, so the start goes through plain JNI to see it.
#include "androidintent.h"

#include <QJniEnvironment>
#include <QJniObject>
#include <QLoggingCategory>
#include <QtCore/qcoreapplication_platform.h>

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

namespace kl::platform {

namespace {

constexpr jint kFlagActivityNewTask = 0x10000000; // Intent.FLAG_ACTIVITY_NEW_TASK

QJniObject javaString(const QString &s)
{
    return QJniObject::fromString(s);
}

void putExtra(QJniObject &intent, const IntentExtra &extra)
{
    const QJniObject name = javaString(extra.name);
    switch (extra.value.typeId()) {
    case QMetaType::Bool:
        intent.callObjectMethod("putExtra", "(Ljava/lang/String;Z)Landroid/content/Intent;", name.object<jstring>(),
            jboolean(extra.value.toBool()));
        break;
    case QMetaType::Int:
        intent.callObjectMethod("putExtra", "(Ljava/lang/String;I)Landroid/content/Intent;", name.object<jstring>(),
            jint(extra.value.toInt()));
        break;
    case QMetaType::QStringList: {
        const QStringList values = extra.value.toStringList();
        QJniEnvironment env;
        jobjectArray array = env->NewObjectArray(jsize(values.size()), env.findClass("java/lang/String"), nullptr);
        for (qsizetype i = 0; i < values.size(); ++i) {
            env->SetObjectArrayElement(array, jsize(i), javaString(values[i]).object<jstring>());
        }
        intent.callObjectMethod("putExtra", "(Ljava/lang/String;[Ljava/lang/String;)Landroid/content/Intent;",
            name.object<jstring>(), array);
        env->DeleteLocalRef(array);
        break;
    }
    default:
        intent.callObjectMethod("putExtra", "(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;",
            name.object<jstring>(), javaString(extra.value.toString()).object<jstring>());
        break;
    }
}

QJniObject makeIntent(const AndroidIntent &d, const QString &package)
{
    QJniObject intent("android/content/Intent", "(Ljava/lang/String;)V", javaString(d.action).object<jstring>());
    QJniObject uri;
    if (!d.data.isEmpty()) {
        uri = QJniObject::callStaticObjectMethod("android/net/Uri", "parse", "(Ljava/lang/String;)Landroid/net/Uri;",
            javaString(d.data).object<jstring>());
    }
    if (uri.isValid() && !d.mimeType.isEmpty()) {
        intent.callObjectMethod("setDataAndType", "(Landroid/net/Uri;Ljava/lang/String;)Landroid/content/Intent;",
            uri.object(), javaString(d.mimeType).object<jstring>());
    } else if (uri.isValid()) {
        intent.callObjectMethod("setData", "(Landroid/net/Uri;)Landroid/content/Intent;", uri.object());
    } else if (!d.mimeType.isEmpty()) {
        intent.callObjectMethod("setType", "(Ljava/lang/String;)Landroid/content/Intent;",
            javaString(d.mimeType).object<jstring>());
    }
    for (const IntentExtra &extra : d.extras) {
        putExtra(intent, extra);
    }
    if (!package.isEmpty()) {
        intent.callObjectMethod("setPackage", "(Ljava/lang/String;)Landroid/content/Intent;",
            javaString(package).object<jstring>());
    }
    if (!d.chooserTitle.isEmpty()) {
        intent = QJniObject::callStaticObjectMethod("android/content/Intent", "createChooser",
            "(Landroid/content/Intent;Ljava/lang/CharSequence;)Landroid/content/Intent;", intent.object(),
            javaString(d.chooserTitle).object<jstring>());
    }
    if (!QNativeInterface::QAndroidApplication::isActivityContext()) {
        intent.callObjectMethod("addFlags", "(I)Landroid/content/Intent;", kFlagActivityNewTask);
    }
    return intent;
}

// Context.startActivity; false (and the exception cleared) when Android threw.
bool start(const QJniObject &intent)
{
    QJniObject context = QNativeInterface::QAndroidApplication::context();
    QJniEnvironment env;
    const jmethodID startActivity
        = env.findMethod(env.findClass("android/content/Context"), "startActivity", "(Landroid/content/Intent;)V");
    if (!context.isValid() || !intent.isValid() || !startActivity) {
        return false;
    }
    env->CallVoidMethod(context.object(), startActivity, intent.object());
    if (!env->ExceptionCheck()) {
        return true;
    }
    const jthrowable thrown = env->ExceptionOccurred();
    env->ExceptionClear();
    const bool noApp = env->IsInstanceOf(thrown, env.findClass("android/content/ActivityNotFoundException"));
    env->DeleteLocalRef(thrown);
    qCInfo(lcPlatform) << (noApp ? "no app for this intent" : "Android refused to start the intent");
    return false;
}

} // namespace

bool startAndroidIntent(const AndroidIntent &intent)
{
    if (!intent.isValid()) {
        return false;
    }
    const QStringList packages = intent.packages.isEmpty() ? QStringList { QString() } : intent.packages;
    for (const QString &package : packages) {
        if (start(makeIntent(intent, package))) {
            return true;
        }
    }
    qCInfo(lcPlatform) << "not started:" << intent.action << intent.packages;
    return false;
}

} // namespace kl::platform
