import DeskmateCore
import Foundation
import PostgresNIO

/// Turns what PostgresNIO and the server report into `StoreError`s staff can
/// act on. Messages name the server as `host:port` and the URL without its
/// password, and never quote a server's message or detail, which can hold
/// the values of a row (patron data).
enum PostgresErrors {
    static func storeError(_ error: any Error, url: PostgresURL) -> StoreError {
        if let error = error as? StoreError { return error }
        let place = url.redacted
        if let timeout = error as? BlockingPostgresConnection.Timeout {
            switch timeout.what {
            case .connect:
                return .unreachable(place: place, detail: "Cannot open \(place): the PostgreSQL server at \(url.endpoint) did not answer within \(Int(BlockingPostgresConnection.connectTimeout)) seconds.")
            case .statement:
                return .unreachable(place: place, detail: "The PostgreSQL server at \(url.endpoint) did not answer in time; nothing more was sent. Try again in a moment.")
            }
        }
        if let failure = error as? BlockingPostgresConnection.ConnectFailure {
            // The server answered and said no (password, database): its reason.
            if let psql = failure.underlying as? PSQLError, psql.code == .server || psql.code == .sslUnsupported
                || psql.code == .authMechanismRequiresPassword || psql.code == .unsupportedAuthMechanism
                || psql.code == .saslError {
                return storeError(psql, url: url)
            }
            if failure.underlying is NIOSSLError { return storeError(failure.underlying, url: url) }
            let why = (failure.underlying as? PSQLError).map(underlying) ?? "no connection"
            return .unreachable(place: place, detail: "Cannot open \(place): cannot reach a PostgreSQL server at \(url.endpoint) (\(why)).")
        }
        if let error = error as? PSQLError {
            switch error.code {
            case .server:
                return serverError(error.serverInfo?[.sqlState] ?? "", url: url)
            case .connectionError:
                return .unreachable(place: place, detail: "Cannot open \(place): cannot reach a PostgreSQL server at \(url.endpoint) (\(underlying(error))).")
            case .sslUnsupported:
                return .cannotOpen(path: place, detail: "the server at \(url.endpoint) does not offer TLS, which sslmode=\(url.sslMode.rawValue) requires.")
            case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
                return .cannotOpen(path: place, detail: "TLS with the server at \(url.endpoint) failed.")
            case .authMechanismRequiresPassword:
                return .cannotOpen(path: place, detail: "the server asks for a password: put it in the URL or in PGPASSWORD.")
            case .unsupportedAuthMechanism, .saslError:
                return .cannotOpen(path: place, detail: "the server at \(url.endpoint) asks for a way of signing in Deskmate does not support.")
            case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
                return .unreachable(place: place, detail: "The connection to the PostgreSQL server at \(url.endpoint) was lost; nothing more was sent. Try again in a moment.")
            default:
                return .failed("The PostgreSQL server at \(url.endpoint) answered in a way Deskmate did not expect (\(error.code)).")
            }
        }
        if error is NIOSSLError {
            return .cannotOpen(path: place, detail: "TLS with the server at \(url.endpoint) failed (its certificate was not accepted).")
        }
        return .failed("Store error at \(place): \(type(of: error))")
    }

    /// The server's SQLSTATE in words (https://www.postgresql.org/docs/15/errcodes-appendix.html).
    static func serverError(_ state: String, url: PostgresURL) -> StoreError {
        let place = url.redacted
        switch state {
        case "28P01", "28000":
            return .cannotOpen(path: place, detail: "the server refused user \(url.user) (wrong password, or not allowed to connect).")
        case "3D000":
            return .cannotOpen(path: place, detail: "there is no database \(url.database) on the server at \(url.endpoint).")
        case "42501":
            return .failed("The PostgreSQL user \(url.user) may not do this in \(place); see the README for the privileges Deskmate needs.")
        case "53100":
            return .diskFull(path: place)
        case "25006":
            return .readOnly(path: place)
        case "53300":
            return .locked(path: place)
        case "57P01", "57P02", "57P03":
            return .unreachable(place: place, detail: "The PostgreSQL server at \(url.endpoint) is shutting down or starting up; try again in a moment.")
        case let s where s.hasPrefix("23"):
            return .invalidInput("A stored value was refused by the server (\(s)).")
        default:
            return .failed("The PostgreSQL server at \(url.endpoint) refused a request (SQLSTATE \(state.isEmpty ? "unknown" : state)).")
        }
    }

    /// Deadlocks and serialisation failures: the transaction may simply be run again.
    static func isRetryable(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, error.code == .server else { return false }
        let state = error.serverInfo?[.sqlState] ?? ""
        return state == "40001" || state == "40P01"
    }

    /// "connection refused", "host not found": the system's words, which hold no patron data.
    private static func underlying(_ error: PSQLError) -> String {
        guard let underlying = error.underlying else { return "no answer" }
        let text = String(describing: underlying).lowercased()
        if text.contains("refused") { return "connection refused" }
        if text.contains("timeout") || text.contains("timed out") { return "no answer within \(Int(BlockingPostgresConnection.connectTimeout)) seconds" }
        if text.contains("resolve") || text.contains("name") || text.contains("host") { return "host not found" }
        if text.contains("unreachable") { return "network unreachable" }
        return "no connection"
    }
}
