#pragma once

#include "Ed25519.h"
#include "TokenVerifier.h"

// A fresh Ed25519 key published as "k1", as the token tests sign and verify with it.
struct TestSigningKey
{
    omnitill::Ed25519KeyPair pair = omnitill::ed25519::generate().value();

    [[nodiscard]] omnitill::TokenVerifier verifier() const
    {
        omnitill::TokenVerifier verifier;
        verifier.addKey(QStringLiteral("k1"), pair.publicKey);
        return verifier;
    }
};
