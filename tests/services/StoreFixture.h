#pragma once

#include "CatalogRepository.h"
#include "Database.h"
#include "DemoStores.h"
#include "SchemaManager.h"
#include "StoreSettings.h"

#include <QTemporaryDir>

// A real SQLite store file in a temporary directory, migrated and seeded with a demo store: what the
// till has after its first start.
struct StoreFixture
{
    explicit StoreFixture(omnitill::DemoStores::Store store = omnitill::DemoStores::Store::Seoul,
                          const QString &path = {})
        : path(path.isEmpty() ? directory.filePath(QStringLiteral("store.sqlite")) : path)
    {
        database = openStore(this->path, store);
        catalog = std::make_unique<omnitill::CatalogRepository>(*database);
        profile = omnitill::StoreSettings(*database).loadProfile(catalog->taxClasses()).value();
    }

    static constexpr int fastPinHashIterations = 1000;

    static std::unique_ptr<omnitill::Database> openStore(const QString &path, omnitill::DemoStores::Store store)
    {
        auto opened = omnitill::Database::open(path);
        if (!opened)
            qFatal("store fixture: %s", qPrintable(opened.error()));
        auto database = std::move(opened).value();
        const auto schema = omnitill::SchemaManager(*database).upgrade();
        if (!schema.ok())
            qFatal("store fixture: %s", qPrintable(schema.message));
        if (!omnitill::StoreSettings(*database).isConfigured()) {
            // Demo staff PINs are hashed at seeding: a low iteration count keeps the suite fast.
            if (!omnitill::StoreSettings(*database).setValue(QStringLiteral("staff.pinHashIterations"),
                                                             QString::number(fastPinHashIterations)))
                qFatal("store fixture: cannot set the PIN hash iterations");
            const auto seeded = omnitill::DemoStores::seed(*database, store);
            if (!seeded)
                qFatal("store fixture: %s", qPrintable(seeded.error()));
        }
        return database;
    }

    QTemporaryDir directory;
    QString path;
    std::unique_ptr<omnitill::Database> database;
    std::unique_ptr<omnitill::CatalogRepository> catalog;
    std::optional<omnitill::StoreProfile> profile;
};
