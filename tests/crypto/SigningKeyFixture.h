#pragma once

#include "Ed25519.h"
#include "TokenVerifier.h"

// A fresh Ed25519 key under the id "k1", and a verifier that holds it: what the token tests sign and check with.
struct SigningKeyFixture
{
    omnitill::Ed25519KeyPair key = omnitill::ed25519::generate().value();

    omnitill::TokenVerifier verifier() const
    {
        omnitill::TokenVerifier verifier;
        verifier.addKey(QStringLiteral("k1"), key.publicKey);
        return verifier;
    }
};
