#include "backupsession.h"

#include "backupcontents.h"
#include "backupmerge.h"
#include "documents.h"

#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

constexpr qint64 kMaxFileBytes = qint64(256) << 20; // far above any teacher's network

// "2 own partners, 1 quick line, 3 notes": only the kinds there are.
QString describe(const kl::backup::Tally &t)
{
    QStringList parts;
    if (t.persons > 0) {
        parts << BackupSession::tr("%n own partner(s)", "", t.persons);
    }
    if (t.organisations > 0) {
        parts << BackupSession::tr("%n own organisation(s)", "", t.organisations);
    }
    if (t.lines > 0) {
        parts << BackupSession::tr("%n own quick line(s)", "", t.lines);
    }
    if (t.notes > 0) {
        parts << BackupSession::tr("%n note(s)", "", t.notes);
    }
    if (t.stars > 0) {
        parts << BackupSession::tr("%n star(s)", "", t.stars);
    }
    if (t.lineChoices > 0) {
        parts << BackupSession::tr("%n choice(s) on school lines", "", t.lineChoices);
    }
    return parts.isEmpty() ? BackupSession::tr("nothing of your own yet") : parts.join(QStringLiteral(", "));
}

QString documentMessage(const kl::Error &error, bool saving)
{
    if (error.code == kl::platform::kDocumentTooLarge) {
        return kl::backup::errorFor(kl::backup::kErrNotBackup).message;
    }
    if (error.code == kl::platform::kDocumentNoShare) {
        return BackupSession::tr("This phone cannot share the file. Save it instead.");
    }
    const QString detail = error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    return saving ? BackupSession::tr("The file could not be saved there%1. Choose another place.").arg(detail)
                  : BackupSession::tr("The file could not be opened%1. Choose it again.").arg(detail);
}

} // namespace

BackupSession::BackupSession(QObject *parent)
    : QObject(parent), m_documents(kl::platform::Documents::createDefault())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackupSession::onWorkerDone);
}

BackupSession::~BackupSession()
{
    // The worker holds copies only; let it end before the watcher goes.
    m_watcher.waitForFinished();
}

void BackupSession::setStore(AppStore *store)
{
    if (store == m_store) {
        return;
    }
    m_store = store;
    Q_EMIT storeChanged();
}

bool BackupSession::canShare() const
{
    return m_documents->canShare();
}

QString BackupSession::suggestedFileName() const
{
    const QDate today = m_store ? m_store->now().date() : QDate::currentDate();
    return QStringLiteral("KorteLijn-mijn-gegevens-%1.%2").arg(today.toString(Qt::ISODate), fileSuffix());
}

QUrl BackupSession::defaultFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QString BackupSession::passphraseProblem(const QString &passphrase, const QString &confirmation) const
{
    const auto problem = kl::backup::checkNewPassphrase(passphrase, confirmation);
    return problem ? problem->message : QString();
}

bool BackupSession::exportTo(const QUrl &target, const QString &passphrase, const QString &confirmation)
{
    return startExport(Job::Save, target, passphrase, confirmation);
}

bool BackupSession::shareFile(const QString &passphrase, const QString &confirmation)
{
    return startExport(Job::Share, {}, passphrase, confirmation);
}

bool BackupSession::startExport(Job job, const QUrl &target, const QString &passphrase, const QString &confirmation)
{
    if (busy() || !m_store) {
        return false;
    }
    if (const auto problem = kl::backup::checkNewPassphrase(passphrase, confirmation)) {
        fail(problem->code == kl::backup::kErrMismatch ? QStringLiteral("confirm") : QStringLiteral("passphrase"),
            problem->message);
        return false;
    }
    if (job == Job::Save && (!target.isValid() || target.isEmpty())) {
        fail(QStringLiteral("file"), tr("Choose where to save the file."));
        return false;
    }
    kl::backup::Tally tally;
    auto content = kl::backup::collect(m_store->db(), &tally);
    if (!content) {
        fail({}, tr("Your data could not be read from this phone (%1).").arg(content.error().message));
        return false;
    }
    clearMessages();
    m_job = job;
    m_running = true;
    m_target = target;
    m_summary = describe(tally);
    setPhase(tr("Locking the file with your passphrase…"));
    const kl::backup::KdfLimits limits = m_limits;
    m_watcher.setFuture(QtConcurrent::run([content = std::move(content).value(), passphrase, limits] {
        auto sealed = kl::backup::seal(content, passphrase, limits);
        return sealed ? Outcome { sealed.value(), {}, true } : Outcome { {}, sealed.error(), false };
    }));
    return true;
}

bool BackupSession::importFrom(const QUrl &source, const QString &passphrase)
{
    if (busy() || !m_store) {
        return false;
    }
    if (passphrase.trimmed().isEmpty()) {
        fail(QStringLiteral("importPassphrase"), tr("Enter the passphrase you chose when you saved the file."));
        return false;
    }
    if (!source.isValid() || source.isEmpty()) {
        fail(QStringLiteral("file"), tr("Choose the file with your data."));
        return false;
    }
    auto bytes = m_documents->read(source, kMaxFileBytes);
    if (!bytes) {
        fail(QStringLiteral("file"), documentMessage(bytes.error(), false));
        return false;
    }
    clearMessages();
    m_job = Job::Import;
    m_running = true;
    setPhase(tr("Unlocking the file…"));
    m_watcher.setFuture(QtConcurrent::run([file = std::move(bytes).value(), passphrase] {
        auto opened = kl::backup::open(file, passphrase);
        return opened ? Outcome { opened.value(), {}, true } : Outcome { {}, opened.error(), false };
    }));
    return true;
}

void BackupSession::onWorkerDone()
{
    const Outcome outcome = m_watcher.result();
    const Job job = m_job;
    m_job = Job::None;
    if (job == Job::Import) {
        finishImport(outcome);
    } else {
        finishExport(outcome);
    }
}

void BackupSession::finishExport(const Outcome &outcome)
{
    if (!outcome.ok) {
        fail({}, outcome.error.message);
        return;
    }
    setPhase(tr("Saving the file…"));
    const kl::Status written = m_target.isEmpty() ? m_documents->share(suggestedFileName(), outcome.bytes)
                                                  : m_documents->save(m_target, outcome.bytes);
    if (!written) {
        fail(QStringLiteral("file"), documentMessage(written.error(), true));
        return;
    }
    succeed(tr("Saved: %1. Keep the passphrase safe: without it nobody can open the file, not even you.")
                .arg(m_summary));
}

void BackupSession::finishImport(const Outcome &outcome)
{
    if (!outcome.ok) {
        fail(outcome.error.code == kl::backup::kErrPassphrase ? QStringLiteral("importPassphrase") : QStringLiteral("file"),
            outcome.error.message);
        return;
    }
    if (!m_store) {
        fail({}, tr("Your data could not be added on this phone."));
        return;
    }
    setPhase(tr("Adding your data…"));
    auto report = kl::backup::merge(m_store->db(), outcome.bytes);
    if (!report) {
        fail(QStringLiteral("file"), report.error().message);
        return;
    }
    const kl::backup::MergeReport &r = report.value();
    QStringList text { tr("The file holds %1.").arg(describe(r.inFile)),
        tr("Added %1, updated %2, already on this phone %3.").arg(r.added).arg(r.updated).arg(r.unchanged) };
    if (r.keptNewer > 0) {
        text << tr("%n item(s) changed later on this phone stay as they are.", "", r.keptNewer);
    }
    if (r.skippedSchool > 0) {
        text << tr("%n item(s) now come from the school's list and stay as the school has them.", "", r.skippedSchool);
    }
    if (r.waitingLines > 0) {
        text << tr("%n choice(s) on school lines wait until this phone is connected to the school: import the file again after that.",
            "", r.waitingLines);
    }
    if (r.added + r.updated > 0) {
        m_store->notifyPartnersChanged();
    }
    succeed(text.join(QLatin1Char(' ')));
}

void BackupSession::fail(const QString &field, const QString &message)
{
    m_phase.clear();
    m_resultText.clear();
    m_errorField = field;
    m_errorString = message;
    Q_EMIT stateChanged();
    if (std::exchange(m_running, false)) {
        Q_EMIT finished(false);
    }
}

void BackupSession::succeed(const QString &result)
{
    m_phase.clear();
    m_errorField.clear();
    m_errorString.clear();
    m_resultText = result;
    m_running = false;
    Q_EMIT stateChanged();
    Q_EMIT finished(true);
}

void BackupSession::clearMessages()
{
    if (m_errorString.isEmpty() && m_errorField.isEmpty() && m_resultText.isEmpty()) {
        return;
    }
    m_errorString.clear();
    m_errorField.clear();
    m_resultText.clear();
    Q_EMIT stateChanged();
}

void BackupSession::setPhase(const QString &phase)
{
    m_phase = phase;
    Q_EMIT stateChanged();
}
