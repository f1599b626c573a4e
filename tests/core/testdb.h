// A real SQLite file in a temporary directory, migrated to the latest schema.
#pragma once

#include "database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<kl::Database> db;

    TestDb()
    {
        auto r = kl::Database::open(dir.filePath(QStringLiteral("kl.sqlite")));
        if (!r.ok()) {
            qFatal("cannot open test database: %s", qPrintable(r.error().message));
        }
        db = std::move(r).value();
    }

    int count(const QString &sql, const QVariantList &binds = {}) const
    {
        auto q = db->run(sql, binds);
        if (!q.ok() || !q.value().next()) {
            return -1;
        }
        return q.value().value(0).toInt();
    }
};
