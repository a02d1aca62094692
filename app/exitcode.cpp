#include "app/exitcode.h"

ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Authorization:
        return ExitCode::Auth;
    case ApiError::Kind::InsecureTransport:
        return ExitCode::Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Http:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitCode::RemoteFailure;
}
