import DeskmateCore
import Foundation
import PostgresNIO

/// The store many desks share: a PostgreSQL database (or one schema of it),
/// behind the same `PatronStore` interface as the desk's own SQLite file,
/// with the same rules — the same input limits, the same errors, the same
/// lookup engine and ranking (see `PostgresNameIndex`).
///
/// The interface is synchronous today; how this store waits on PostgresNIO
/// without blocking its event loops or Swift's cooperative threads is told
/// in `BlockingPostgresConnection`. Each store holds one connection (and a
/// second during a report) and serialises its own calls on it; many stores
/// (desks, processes) run side by side and PostgreSQL's row locks and
/// transactions keep them apart.
///
/// Opening connects (at most a few seconds), then creates or migrates the
/// schema under an advisory lock — or throws, changing nothing, when the
/// schema is not Deskmate's or is newer than this build (`PostgresSchema`).
public final class PostgresStore: PatronStore, @unchecked Sendable {
    public let url: PostgresURL
    /// Where this store is, for messages: the URL without its password.
    public var place: String { url.redacted }
    let connection: BlockingPostgresConnection
    /// A second connection to the same place, for a report's read only: a
    /// report reads its two periods side by side (`readsConcurrently`),
    /// one on each connection (`withReportConnection`). Closed after each
    /// read, so a library's desks hold one connection each to the server
    /// between reports (PostgreSQL allows 100 by default).
    let reportConnection: BlockingPostgresConnection
    private let connectionsInUse = NSLock()
    private var firstInUseByReport = false

    /// Opens the store at `url`. `schema`, when given, is used (and created
    /// if missing) instead of the user's default; the tests give each test
    /// its own, so they can run side by side on one database.
    public init(url: PostgresURL, schema: String? = nil) throws(StoreError) {
        self.url = url
        var setUp: [String] = []
        if let schema {
            let quoted = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            setUp = ["CREATE SCHEMA IF NOT EXISTS \(quoted)", "SET search_path TO \(quoted)"]
        }
        connection = BlockingPostgresConnection(url: url, setUp: setUp)
        reportConnection = BlockingPostgresConnection(url: url, setUp: setUp)
        let place = url.redacted
        try connection.withSession { session in try PostgresSchema.prepare(session, place: place) }
    }

    /// Opens the store named by a `postgresql://` URL (see `PostgresURL`).
    public convenience init(urlString: String, schema: String? = nil) throws(StoreError) {
        try self.init(url: PostgresURL(urlString), schema: schema)
    }

    /// Runs `body` in one transaction; on any error nothing of it is kept.
    /// The transaction ends by repacking the report's facts of the hours
    /// it changed (`PostgresReportFacts`), so they never lag a write.
    func write<T>(_ body: (BlockingPostgresConnection.Session) throws -> T) throws(StoreError) -> T {
        try connection.withSession { session in
            try session.transaction {
                let value = try body(session)
                try PostgresReportFacts.refresh(session)
                return value
            }
        }
    }

    /// Runs `body` outside a transaction (each statement sees committed rows).
    func read<T>(_ body: (BlockingPostgresConnection.Session) throws -> T) throws(StoreError) -> T {
        try connection.withSession(body)
    }

    /// Runs a report's read on the store's own connection, or on the
    /// second one while another of a report's reads holds the first.
    func withReportConnection<T>(_ body: (BlockingPostgresConnection) throws -> T) throws -> T {
        let first = connectionsInUse.withLock { () -> Bool in
            guard !firstInUseByReport else { return false }
            firstInUseByReport = true
            return true
        }
        defer {
            if first { connectionsInUse.withLock { firstInUseByReport = false } } else { reportConnection.disconnect() }
        }
        return try body(first ? connection : reportConnection)
    }

    static func fetchPatron(_ session: BlockingPostgresConnection.Session, id: Int64, forUpdate: Bool = false) throws -> Patron? {
        try session.query("""
            SELECT \(unescaped: PostgresRows.patronColumns) FROM patron WHERE id = \(id) \(unescaped: forUpdate ? "FOR UPDATE" : "")
            """).first.map(PostgresRows.patron)
    }
}
