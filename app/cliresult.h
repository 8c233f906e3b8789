#pragma once

/// Exit codes of the command line, shared by every subcommand.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Errors = 1;       ///< validation errors, or refused by the server
inline constexpr int BadInput = 2;     ///< unreadable file or not a menu document
inline constexpr int Usage = 64;       ///< wrong arguments (EX_USAGE)
inline constexpr int Unavailable = 69; ///< a part this build does not have (EX_UNAVAILABLE)
} // namespace ExitCode
