// The token endpoint's 200 answer (TokenResponse::parse) on any body: no crash, no
// undefined behaviour, a refusal says why, and an accepted lifetime is within
// [1 s, maxLifetime] so the expiry computed from it is a valid date.

#include "fuzzsupport.h"
#include "models/client/tokenresponse.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString why;
    const std::optional<TokenResponse> response =
        TokenResponse::parse(fuzz::bytes(data, size), &why);
    if (!response) {
        fuzz::require(!why.isEmpty(), "a refused answer says why");
        return 0;
    }
    fuzz::require(TokenResponse::isToken68(response->accessToken), "the token is a token68");
    fuzz::require(
        response->lifetime.count() >= 1 && response->lifetime <= TokenResponse::maxLifetime,
        "the lifetime is within [1 s, maxLifetime]");
    fuzz::require(QDateTime::currentDateTimeUtc().addSecs(response->lifetime.count()).isValid(),
        "the expiry is a valid date");
    return 0;
}
