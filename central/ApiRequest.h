#pragma once

#include "TerminalRegistry.h"

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace omnitill::central {

// What a route handler needs of an HTTP request, copied off the connection so that the handler can run on
// a worker thread while the server goes on reading other requests.
struct ApiRequest
{
    QByteArray body;
    QByteArray authorization;
    QByteArray acceptLanguage; // for the customer app page, which people read
    QUrlQuery query;
    QStringList arguments;                         // the {placeholders} of the route's path, in order
    std::optional<AuthenticatedTerminal> terminal; // set for every route that requires a terminal
};

} // namespace omnitill::central
