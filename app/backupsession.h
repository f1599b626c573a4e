// "Mijn gegevens meenemen": the settings screen's export to a file locked with the
// teacher's passphrase, and the import on a new phone. The key derivation is slow on
// purpose, so it runs on a worker thread while the screen shows what is happening; the
// database is read and written on the UI thread (its connection belongs there), the
// import in one transaction. Every failure is a Dutch sentence and changes nothing.
#pragma once

#include "appstore.h"
#include "backupformat.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace kl::platform {
class Documents;
} // namespace kl::platform

class BackupSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // What runs now ("Locking the file…"), for the busy indicator's label.
    Q_PROPERTY(QString phase READ phase NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    // The field the error is about: "passphrase", "confirm", "importPassphrase" or "file".
    Q_PROPERTY(QString errorField READ errorField NOTIFY stateChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged)
    Q_PROPERTY(bool canShare READ canShare CONSTANT)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY storeChanged)
    Q_PROPERTY(QString fileSuffix READ fileSuffix CONSTANT)
    // Where the file dialogs open: the documents folder.
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)

public:
    explicit BackupSession(QObject *parent = nullptr);
    ~BackupSession() override;

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] bool busy() const { return !m_phase.isEmpty(); }
    [[nodiscard]] QString phase() const { return m_phase; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] QString errorField() const { return m_errorField; }
    [[nodiscard]] QString resultText() const { return m_resultText; }
    [[nodiscard]] bool canShare() const;
    [[nodiscard]] int minimumLength() const { return kl::backup::kMinimumPassphraseLength; }
    [[nodiscard]] QString suggestedFileName() const;
    [[nodiscard]] QString fileSuffix() const { return QString(kl::backup::kFileSuffix); }
    [[nodiscard]] QUrl defaultFolder() const;

    // The passphrase rules as the teacher types: a Dutch sentence, or empty when fine.
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase, const QString &confirmation) const;
    // Starts the export to the place chosen in the save dialog; false (with errorString)
    // when it cannot start. finished() follows when it started.
    Q_INVOKABLE bool exportTo(const QUrl &target, const QString &passphrase, const QString &confirmation);
    // The same, handed to the system's share sheet (where canShare).
    Q_INVOKABLE bool shareFile(const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE bool importFrom(const QUrl &source, const QString &passphrase);
    Q_INVOKABLE void clearMessages();

    // Tests and the screenshot run: cheaper key derivation (files still say which).
    void setKdfLimits(const kl::backup::KdfLimits &limits) { m_limits = limits; }

Q_SIGNALS:
    void storeChanged();
    void stateChanged();
    void finished(bool ok);

private:
    struct Outcome
    {
        QByteArray bytes;
        kl::Error error;
        bool ok = false;
    };
    enum class Job { None, Save, Share, Import };

    bool startExport(Job job, const QUrl &target, const QString &passphrase, const QString &confirmation);
    void onWorkerDone();
    void finishExport(const Outcome &outcome);
    void finishImport(const Outcome &outcome);
    void fail(const QString &field, const QString &message);
    void succeed(const QString &result);
    void setPhase(const QString &phase);

    QPointer<AppStore> m_store;
    std::unique_ptr<kl::platform::Documents> m_documents;
    kl::backup::KdfLimits m_limits = kl::backup::KdfLimits::phone();
    QFutureWatcher<Outcome> m_watcher;
    Job m_job = Job::None;
    bool m_running = false; // a started job that has not said finished() yet
    QUrl m_target;
    QString m_summary;
    QString m_phase;
    QString m_errorString;
    QString m_errorField;
    QString m_resultText;
};
