// Create or edit a quick line: whom (a function or person), which channel, a short
// label and a template with placeholders. Shows the message as it will be sent, when
// the partner is at school, and a gentle hint when the text seems to name a pupil.
#pragma once

#include "appstore.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

class LineEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString lineId READ lineId WRITE setLineId NOTIFY lineIdChanged)
    Q_PROPERTY(int targetKind READ targetKind NOTIFY targetChanged)
    Q_PROPERTY(QString targetId READ targetId NOTIFY targetChanged)
    Q_PROPERTY(QString targetName READ targetName NOTIFY targetChanged)
    Q_PROPERTY(QString targetDetail READ targetDetail NOTIFY targetChanged)
    Q_PROPERTY(int channel READ channel WRITE setChannel NOTIFY channelChanged)
    Q_PROPERTY(QString label READ label WRITE setLabel NOTIFY labelChanged)
    Q_PROPERTY(QString templateText READ templateText WRITE setTemplateText NOTIFY templateTextChanged)
    Q_PROPERTY(bool pinned READ pinned WRITE setPinned NOTIFY pinnedChanged)
    Q_PROPERTY(QString preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(QString privacyHint READ privacyHint NOTIFY previewChanged)
    Q_PROPERTY(QString templateHint READ templateHint NOTIFY previewChanged)
    Q_PROPERTY(QString availability READ availability NOTIFY previewChanged)
    Q_PROPERTY(bool atSchoolNow READ atSchoolNow NOTIFY previewChanged)
    Q_PROPERTY(QString channelHint READ channelHint NOTIFY previewChanged)
    Q_PROPERTY(QStringList placeholders READ placeholders CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    // What is stored (or what a new line started from): the form's text fields load from
    // these once; label and templateText above are the draft the form hands over.
    Q_PROPERTY(QString savedLabel READ savedLabel NOTIFY loaded)
    Q_PROPERTY(QString savedTemplate READ savedTemplate NOTIFY loaded)
    // Target, channel or pin differ from what is stored (the text fields tell their own).
    Q_PROPERTY(bool choicesModified READ choicesModified NOTIFY choicesModifiedChanged)
    // The channels the chosen partner can be reached on (Channel values); all without a target.
    Q_PROPERTY(QVariantList availableChannels READ availableChannels NOTIFY targetChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY lineIdChanged)
    // One of the school's lines that this phone may not change: edits save a personal
    // copy, "delete" only takes it off the home screen.
    Q_PROPERTY(bool schoolOwned READ schoolOwned NOTIFY ownershipChanged)

public:
    explicit LineEditor(QObject *parent = nullptr);

    [[nodiscard]] AppStore *store() const { return m_store; }
    void setStore(AppStore *store);
    [[nodiscard]] QString lineId() const { return m_lineId; }
    void setLineId(const QString &id);
    [[nodiscard]] int targetKind() const { return static_cast<int>(m_targetKind); }
    [[nodiscard]] QString targetId() const { return m_targetId; }
    [[nodiscard]] QString targetName() const { return m_targetName; }
    [[nodiscard]] QString targetDetail() const { return m_targetDetail; }
    [[nodiscard]] int channel() const { return static_cast<int>(m_channel); }
    void setChannel(int channel);
    [[nodiscard]] QString label() const { return m_label; }
    void setLabel(const QString &label);
    [[nodiscard]] QString templateText() const { return m_templateText; }
    void setTemplateText(const QString &text);
    [[nodiscard]] bool pinned() const { return m_pinned; }
    void setPinned(bool pinned);
    [[nodiscard]] QString preview() const { return m_preview; }
    [[nodiscard]] QString privacyHint() const { return m_privacyHint; }
    [[nodiscard]] QString templateHint() const { return m_templateHint; }
    [[nodiscard]] QString availability() const { return m_availability; }
    [[nodiscard]] bool atSchoolNow() const { return m_atSchoolNow; }
    [[nodiscard]] QString channelHint() const { return m_channelHint; }
    [[nodiscard]] QStringList placeholders() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] bool isNew() const { return m_lineId.isEmpty(); }

    [[nodiscard]] QString savedLabel() const { return m_savedLabel; }
    [[nodiscard]] QString savedTemplate() const { return m_savedTemplate; }
    [[nodiscard]] bool choicesModified() const;
    [[nodiscard]] QVariantList availableChannels() const { return m_availableChannels; }

    Q_INVOKABLE void setTarget(int kind, const QString &id);
    // A new line to this partner, as opened from their page: the starting point, not an edit.
    Q_INVOKABLE void begin(int kind, const QString &id);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool remove();

Q_SIGNALS:
    void ownershipChanged();
    void storeChanged();
    void lineIdChanged();
    void targetChanged();
    void channelChanged();
    void labelChanged();
    void templateTextChanged();
    void pinnedChanged();
    void previewChanged();
    void errorStringChanged();
    void saved(const QString &lineId);
    void loaded();
    void choicesModifiedChanged();

private:
    void load();
    void refresh();
    void setError(const QString &error);
    void markSaved();
    void checkModified();

    QPointer<AppStore> m_store;
    QString m_lineId;
    kl::Origin m_origin = kl::Origin::Personal;

public:
    [[nodiscard]] bool schoolOwned() const
    {
        return m_origin == kl::Origin::School && !m_lineId.isEmpty() && m_store && !m_store->canEditSchoolList();
    }

private:
    kl::TargetKind m_targetKind = kl::TargetKind::Function;
    QString m_targetId;
    QString m_targetName;
    QString m_targetDetail;
    kl::Channel m_channel = kl::Channel::WhatsApp;
    QString m_label;
    QString m_templateText;
    bool m_pinned = true;
    bool m_wasPinned = false;
    QString m_preview;
    QString m_privacyHint;
    QString m_templateHint;
    QString m_availability;
    bool m_atSchoolNow = false;
    QString m_channelHint;
    QStringList m_knownNames;
    QVariantList m_availableChannels;
    QString m_savedLabel;
    QString m_savedTemplate;
    kl::Channel m_savedChannel = kl::Channel::WhatsApp;
    kl::TargetKind m_savedTargetKind = kl::TargetKind::Function;
    QString m_savedTargetId;
    bool m_modified = false;
    QString m_errorString;
};
