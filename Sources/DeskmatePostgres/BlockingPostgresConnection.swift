import DeskmateCore
import Foundation
import PostgresNIO

/// One connection to the server, used from ordinary (blocking) code.
///
/// Why blocking: `PatronStore` is synchronous today, and its callers — the
/// command line, the desk screen's store calls, the tests — run on threads
/// that may block. PostgresNIO's I/O runs on NIO's own event-loop threads
/// (`MultiThreadedEventLoopGroup.singleton`); this class starts a request
/// there and waits for its `EventLoopFuture` on the caller's thread. It never
/// waits through Swift concurrency (a semaphore around a `Task`): on a
/// two-core machine the cooperative pool has two threads, and blocked
/// callers on both would leave none to run the task — a deadlock. Waiting
/// on an event-loop thread would deadlock too, so nothing here is ever
/// called from one (the store is never used from NIO callbacks).
///
/// Every wait has a deadline, so an unreachable or silent server costs a few
/// seconds and a clear `StoreError`, never a hang. Calls are serialised (one
/// connection, one statement at a time); a connection that broke is replaced
/// on the next call. When `PatronStore` becomes asynchronous this class can
/// give way to `PostgresClient` and its pool.
package final class BlockingPostgresConnection: @unchecked Sendable {
    /// How long connecting (TCP, TLS, authentication) may take.
    static let connectTimeout: TimeInterval = 5
    /// How long one statement may take before the connection is given up.
    static let statementTimeout: TimeInterval = 20

    let url: PostgresURL
    /// Statements run on every new connection (the schema's `search_path`).
    private let setUp: [String]
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private let logger: Logger
    private var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }

    package init(url: PostgresURL, setUp: [String]) {
        self.url = url
        self.setUp = setUp
        var logger = Logger(label: "deskmate.postgres")
        // The library's logs go nowhere: they are not for staff, and a
        // query's text or values must never reach a terminal.
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        if let connection { Self.close(connection) }
    }

    /// Closes without waiting (the last release may happen on any thread),
    /// keeping the connection alive until it is closed, as PostgresNIO asks.
    static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Whether a connection is open now (for the tests).
    package var isConnected: Bool { lock.withLock { connection.map { !$0.isClosed } ?? false } }

    /// Closes the connection, if one is open; the next call connects again.
    package func disconnect() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { Self.close(connection) }
        connection = nil
    }

    /// Runs `body` with the connection to itself; other callers wait.
    package func withSession<T>(_ body: (Session) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            let connection = try connected()
            return try body(Session(connection: connection, owner: self))
        } catch {
            let storeError = PostgresErrors.storeError(error, url: url)
            // A broken connection is replaced on the next call. One that
            // timed out or saw the server go away may not say it is closed
            // yet (its close is still in flight, or the server's goodbye not
            // yet read): it is given up all the same, or the next call would
            // fail on it although the server is back.
            if let broken = connection, broken.isClosed || storeError.isUnreachable {
                if !broken.isClosed { Self.close(broken) }
                connection = nil
            }
            throw storeError
        }
    }

    private func connected() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password,
            database: url.database, tls: try Self.tls(url.sslMode))
        configuration.options.connectTimeout = .milliseconds(Int64(Self.connectTimeout * 1000))
        let future = PostgresConnection.connect(
            on: eventLoop, configuration: configuration, id: 1, logger: logger)
        let fresh: PostgresConnection
        do {
            fresh = try Self.wait(future, seconds: Self.connectTimeout + 1, what: .connect)
        } catch let timeout as Timeout {
            future.whenSuccess { BlockingPostgresConnection.close($0) }
            throw timeout
        } catch {
            throw ConnectFailure(underlying: error)
        }
        do {
            for statement in setUp {
                _ = try Self.wait(
                    fresh.query(PostgresQuery(unsafeSQL: statement), logger: logger),
                    seconds: Self.statementTimeout, what: .statement)
            }
        } catch {
            // Never drop an open connection: close it first (PostgresNIO asserts).
            Self.close(fresh)
            throw error
        }
        connection = fresh
        return fresh
    }

    private static func tls(_ mode: PostgresURL.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable:
            return .disable
        case .prefer, .require:
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none
            let context = try NIOSSLContext(configuration: tls)
            return mode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }

    /// Connecting failed: whatever the library calls it (even a "closed
    /// connection"), staff are told the server could not be reached.
    struct ConnectFailure: Error {
        var underlying: any Error
    }

    /// A wait that gave up.
    struct Timeout: Error {
        enum What { case connect, statement }
        var what: What
    }

    /// Waits for `future` from this (non-event-loop) thread, at most `seconds`.
    static func wait<T: Sendable>(_ future: EventLoopFuture<T>, seconds: TimeInterval, what: Timeout.What) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        let deadline = future.eventLoop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
            promise.fail(Timeout(what: what))
        }
        defer { deadline.cancel() }
        return try promise.futureResult.wait()
    }

    /// A statement's rows as they come. Written only on the connection's
    /// event loop, one row after another, and read by the waiting caller
    /// only once the statement's future has completed (which orders the two).
    private final class RowCollector: @unchecked Sendable {
        var rows: [PostgresRow] = []
    }

    /// The connection as one caller holds it.
    package struct Session {
        let connection: PostgresConnection
        let owner: BlockingPostgresConnection

        /// Runs one statement and returns all its rows. `seconds` is how long
        /// it may take; only housekeeping (`maintain`) asks for more than a
        /// desk's statement does.
        @discardableResult
        package func query(_ query: PostgresQuery, seconds: TimeInterval = BlockingPostgresConnection.statementTimeout) throws -> [PostgresRow] {
            do {
                // Rows handed over one by one into an array of our own: the
                // collecting `query` keeps its array inside an enum while it
                // appends, so each batch from the server copied every row so
                // far (a month's report: 3 s of copying 400,000 rows).
                let rows = RowCollector()
                _ = try BlockingPostgresConnection.wait(
                    connection.query(query, logger: owner.logger) { rows.rows.append($0) }, seconds: seconds, what: .statement)
                return rows.rows
            } catch let timeout as Timeout {
                // The server may still answer later: this connection's
                // replies would be out of step, so it is closed.
                BlockingPostgresConnection.close(connection)
                throw timeout
            }
        }

        /// Runs one statement and hands each row to `body` as it arrives,
        /// on the connection's event loop, while this thread waits: for a
        /// statement whose rows are large and read once (a report's packed
        /// facts), so they are never all held at once. `body` must touch
        /// only what this thread reads after the call returns.
        func forEachRow(_ query: PostgresQuery, _ body: @escaping @Sendable (PostgresRow) throws -> Void) throws {
            do {
                _ = try BlockingPostgresConnection.wait(
                    connection.query(query, logger: owner.logger, body), seconds: BlockingPostgresConnection.statementTimeout,
                    what: .statement)
            } catch let timeout as Timeout {
                BlockingPostgresConnection.close(connection)
                throw timeout
            }
        }

        package func execute(_ sql: String) throws {
            try query(PostgresQuery(unsafeSQL: sql))
        }

        /// Runs `body` in one transaction, retried (whole) when the server
        /// chose it as the loser of a deadlock or a serialisation conflict
        /// with another desk.
        func transaction<T>(_ body: () throws -> T) throws -> T {
            var attempt = 0
            while true {
                attempt += 1
                try execute("BEGIN")
                do {
                    let value = try body()
                    try execute("COMMIT")
                    return value
                } catch {
                    if !connection.isClosed { try? execute("ROLLBACK") }
                    if attempt < 5, PostgresErrors.isRetryable(error) { continue }
                    throw error
                }
            }
        }
    }
}
