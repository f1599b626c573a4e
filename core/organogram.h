// "Wie doet wat": the school's internal roles, who holds each and who stands in, and the
// partners each role owns, grouped by category, drawn as a self-contained SVG (no script,
// no external reference) for the web admin, the printed A4/A3 page and the phones.
// Gaps are marked so they can be seen and found: a role without a deputy carries
// class "gap no-deputy", the partners without an owner sit in a column of class
// "gap no-owner". Every role, person and partner appears exactly once, with data-*
// attributes a test (or a script of the school's own) can read.
#pragma once

#include "publiccard.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kl::organogram {

struct Role
{
    QString id;
    QString name;
    QString holder;
    QString deputy;
    int order = 0;
};

struct Partner
{
    QString id;
    QString name;
    QString categoryKey; // "jeugdzorg"
    QString ownerRole; // a role id; anything else (empty, an old free text) is "no owner"
};

// The picture's input gathered from rows as phones and the server store them: school_roles
// and organisations (other tables are ignored), live rows only.
struct Picture
{
    QList<Role> roles;
    QList<Partner> partners;

    void add(const QString &table, const QString &id, const QJsonObject &fields);
};

[[nodiscard]] QString categoryName(const QString &key, PublicLanguage language);

[[nodiscard]] QByteArray svg(const QString &schoolName, QList<Role> roles, QList<Partner> partners, PublicLanguage language);

} // namespace kl::organogram
