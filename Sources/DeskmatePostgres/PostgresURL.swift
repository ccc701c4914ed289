import DeskmateCore
import Foundation

/// A shared store's address, `postgresql://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=…`
/// (also `postgres://`), read without touching the network.
///
/// The password may be left out of the URL and given in `PGPASSWORD`, as
/// with `psql`, so it need not sit in a shell history or a settings file.
/// `redacted` is the only form ever shown: it never holds the password.
public struct PostgresURL: Sendable, Equatable {
    /// How the connection is encrypted, named as libpq names it.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Plain text (loopback, or a trusted network).
        case disable
        /// Encrypted when the server offers it; the certificate is not checked (libpq's default).
        case prefer
        /// Always encrypted; as in libpq, the certificate is not checked.
        case require
        /// Always encrypted, and the server's certificate and host name are checked.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    /// Whether `value` is written as a PostgreSQL URL (and not a file path).
    public static func isPostgresURL(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses `text`; a password missing from it is taken from `PGPASSWORD`
    /// in `environment`. Errors never quote the password.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        let shown = Self.redact(text)
        func bad(_ why: String) -> StoreError { .invalidInput("The store URL \(shown) \(why).") }
        guard Self.isPostgresURL(text), let schemeEnd = text.range(of: "://") else {
            throw bad("does not start with postgresql:// or postgres://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        // The user information ends at the last "@": a password may hold one.
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        var user = "", password: String?
        if let colon = userInfo.firstIndex(of: ":") {
            guard let u = Self.decode(userInfo[..<colon]), let p = Self.decode(userInfo[userInfo.index(after: colon)...]) else {
                throw bad("has a user or password that is not valid percent-encoding")
            }
            user = u
            password = p
        } else if !userInfo.isEmpty {
            guard let u = Self.decode(userInfo) else { throw bad("has a user name that is not valid percent-encoding") }
            user = u
        }
        guard !user.isEmpty else { throw bad("names no user (postgresql://USER@HOST/DATABASE)") }

        var host = "", port = 5432
        if rest.hasPrefix("[") {
            // An IPv6 address: [::1]:5432
            guard let close = rest.firstIndex(of: "]") else { throw bad("has an unclosed [ in its host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if rest.hasPrefix(":") { rest = rest.dropFirst() } else if !rest.isEmpty { throw bad("has something after its host") }
            if !rest.isEmpty {
                guard let p = Int(rest), (1...65_535).contains(p) else { throw bad("has a port that is not a number from 1 to 65535") }
                port = p
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            guard let p = Int(rest[rest.index(after: colon)...]), (1...65_535).contains(p) else {
                throw bad("has a port that is not a number from 1 to 65535")
            }
            port = p
        } else {
            host = String(rest)
        }
        guard !host.isEmpty else { throw bad("names no host") }

        guard let database = Self.decode(path) else { throw bad("has a database name that is not valid percent-encoding") }
        var sslMode = SSLMode.prefer
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            guard key == "sslmode" else { throw bad("has an option \(key) Deskmate does not know (only sslmode)") }
            guard let mode = SSLMode(rawValue: value) else {
                throw bad("has sslmode=\(value); use disable, prefer, require or verify-full")
            }
            sslMode = mode
        }
        if password == nil, let env = environment["PGPASSWORD"], !env.isEmpty { password = env }

        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database.isEmpty ? user : database
        self.sslMode = sslMode
    }

    /// The URL fit for a message: no password, whatever was given.
    public var redacted: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "postgresql://\(Self.encode(user))@\(hostPart):\(port)/\(Self.encode(database))"
    }

    /// `host:port`, for "cannot reach" messages.
    public var endpoint: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Leaves the password out of a URL that may not even parse.
    static func redact(_ text: String) -> String {
        guard let start = text.range(of: "://") else { return text }
        let afterScheme = text[start.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return text }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + String(text[at...])
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/?#"))) ?? text
    }
}
