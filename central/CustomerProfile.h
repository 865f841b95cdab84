#pragma once

#include "CustomerRepository.h"

namespace omnitill::central {

// Everything a till shows about a customer so that nobody explains themselves twice: the customer with
// points and visits, consents, sizes (stated, or inferred from purchases when the customer allows it),
// wishlist, service notes (open first), recent purchases in every channel, visit frequency and lifetime
// value. Built by CustomerProfiles on each read; nothing derived is stored.
struct CustomerProfile
{
    struct Size
    {
        QString category;
        QString size;
        bool inferred = false; // from purchases; a stated size always wins
    };
    struct WishItem
    {
        QString sku;
        QString name;
        QDateTime addedAt;
    };
    struct Note
    {
        qint64 id = 0;
        QString author;
        QString text;
        QDateTime createdAt;
        QString resolvedBy; // empty while open
        QDateTime resolvedAt;
    };
    struct Purchase
    {
        QString channel;   // "store" or "online"
        QString reference; // the sale's UUID or the order's number
        QString store;
        QString state; // completed, or the online order's state
        QDateTime at;
        qint64 totalMinor = 0;
        QString currency;
    };

    Customer customer;
    bool marketingConsent = false;
    bool profilingConsent = false;
    QList<Size> sizes;
    QList<WishItem> wishlist;
    QList<Note> notes;
    QList<Purchase> history; // newest first
    qint64 visitsLast30Days = 0;
    QHash<QString, qint64> lifetimeValueMinor; // per currency: completed store sales and online orders

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace omnitill::central
