import DeskmateCore
import Foundation
import GRDB

/// A desk's outbox: the encounters staff closed while the shared store could
/// not be reached, kept on this machine until it can.
///
/// It is a private SQLite file (0600, in a 0700 folder), by default
/// `$XDG_DATA_HOME/deskmate/outbox.sqlite` beside the desk's own store, and
/// holds nothing but encounter drafts staff chose to log; it empties itself
/// as it sends. Every draft carries a client id (a UUID) from the moment it
/// is held, and the stores keep that id unique (`EncounterDraft.clientID`),
/// so an entry arrives exactly once however often a send is retried,
/// raced by another desk process, or killed midway: an entry leaves the
/// outbox only after the store has it, and sending it again returns the
/// stored encounter instead of writing a second one.
///
/// Use from the desk screen and the command line alike:
/// - give the draft its `clientID` (`UUID()`) *before* the first save, so a
///   save whose answer was lost with the connection is not stored twice
///   when the held copy is sent;
/// - `hold(_:)` when that save failed because the store is unreachable
///   (`StoreError.isUnreachable`);
/// - `send(to:)` when the store answers again (before the next save, or on
///   `deskmate sync`); it never throws, it reports.
///
/// Calls block: briefly on the file (another process may be writing it),
/// and `send` for as long as the store takes, so the desk screen calls it
/// where it makes its other store calls, off its input loop. Safe to use
/// from several threads and processes at once.
public final class Outbox: @unchecked Sendable {
    /// One held draft; `draft.clientID` is `clientID`.
    public struct Held: Sendable, Equatable {
        public var clientID: UUID
        public var draft: EncounterDraft
    }

    /// What one `send(to:)` did.
    public struct SendResult: Sendable, Equatable {
        /// Entries the store now has (and the outbox no longer holds).
        public var sent = 0
        /// Of those, sent as anonymous counts because their patron is no
        /// longer in the store (forgotten at another desk): without patron,
        /// note or promise, as `forget` leaves a patron's encounters.
        public var withoutPatron = 0
        /// Entries still waiting in the outbox after the send.
        public var held = 0
        /// The first thing that went wrong, or nil when every entry went.
        /// An unreachable store stops the send (the rest wait); any other
        /// refusal keeps that entry and goes on with the next.
        public var firstError: StoreError?

        public init(sent: Int = 0, withoutPatron: Int = 0, held: Int = 0, firstError: StoreError? = nil) {
            self.sent = sent
            self.withoutPatron = withoutPatron
            self.held = held
            self.firstError = firstError
        }
    }

    public let path: String
    private let queue: DatabaseQueue

    /// `$XDG_DATA_HOME/deskmate/outbox.sqlite` (`~/.local/share/deskmate/`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        StoreLocation.defaultFolder(environment: environment) + "/outbox.sqlite"
    }

    /// Opens the outbox at `path`, creating it (and its private folder) if needed.
    /// A file that is not an outbox, or one from a newer Deskmate, is left
    /// untouched and refused.
    public init(path: String) throws(StoreError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        try PrivateFiles.makeFolder(folder.isEmpty ? "." : folder)
        try PrivateFiles.touch(path)
        var config = Configuration()
        config.busyMode = .timeout(SQLiteStore.busyTimeout)
        config.label = "deskmate-outbox"
        config.prepareDatabase { db in
            // Sent and forgotten drafts are overwritten, not left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            // A rollback journal (SQLite's default), not WAL: writes are rare
            // and tiny, and no write-ahead log keeps old drafts after a delete.
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.writeWithoutTransaction { db in
                try SQLiteStore.claim(db, as: OutboxTable.self, path: path)
            }
            try OutboxTable.migrator.migrate(queue)
        } catch {
            throw SQLiteStore.storeError(error, path: path)
        }
        PrivateFiles.tighten([path + "-journal"])
    }

    /// Keeps `draft` until `send(to:)` delivers it, and returns its client
    /// id: the draft's own, or a fresh one when it has none. Holding a draft
    /// whose id is already held keeps one entry. The draft is checked first
    /// (same limits as the stores), so the outbox never keeps what no store
    /// would take.
    @discardableResult
    public func hold(_ draft: EncounterDraft) throws(StoreError) -> UUID {
        _ = try CheckedEncounterDraft(draft)
        let clientID = draft.clientID ?? UUID()
        var held = draft
        held.clientID = clientID
        try write { db in try OutboxTable.insert(db, held, clientID: clientID) }
        return clientID
    }

    /// Every held draft, oldest first, each with its client id.
    public func pending() throws(StoreError) -> [Held] {
        try read { db in try OutboxTable.all(db, path: path) }
    }

    /// How many drafts wait.
    public func pendingCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM held_encounter") ?? 0 }
    }

    /// Sends the held drafts to `store`, oldest first, removing each only
    /// after the store has it. Never throws: the result says how many went,
    /// how many wait and what stopped it.
    ///
    /// - Parameter stored: called with the count so far after the store has
    ///   an entry and before the outbox lets it go — the moment a killed
    ///   send leaves an entry in both; the tests stop there on purpose.
    public func send(to store: any PatronStore, stored: (Int) -> Void = { _ in }) -> SendResult {
        var result = SendResult()
        let entries: [Held]
        do {
            entries = try pending()
        } catch {
            return SendResult(held: (try? pendingCount()) ?? 0, firstError: error)
        }
        for entry in entries {
            do throws(StoreError) {
                let anonymous = try deliver(entry.draft, to: store)
                stored(result.sent + 1)
                try write { db in
                    try db.execute(sql: "DELETE FROM held_encounter WHERE client_id = ?",
                                   arguments: [entry.clientID.uuidString.lowercased()])
                }
                result.sent += 1
                if anonymous { result.withoutPatron += 1 }
            } catch {
                if result.firstError == nil { result.firstError = error }
                if error.isUnreachable { break }
            }
        }
        result.held = (try? pendingCount()) ?? (entries.count - result.sent)
        return result
    }

    /// Forgets `patronID` in the outbox, as `forgetPatron` does in a store:
    /// their held drafts lose the patron, the note and the promise (overwritten
    /// in the file) and go on waiting as anonymous counts, so nothing of the
    /// patron is kept here or sent later. Returns how many drafts were theirs.
    @discardableResult
    public func forget(patronID: Int64) throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: """
                UPDATE held_encounter SET patron_id = NULL, note = '', promise = NULL, due = NULL WHERE patron_id = ?
                """, arguments: [patronID])
            return db.changesCount
        }
    }

    /// Logs `draft`; when its patron is not in the store (forgotten at
    /// another desk while this one held the draft) it goes as an anonymous
    /// count instead, as forgetting leaves a patron's encounters. Returns
    /// whether it went without its patron.
    private func deliver(_ draft: EncounterDraft, to store: any PatronStore) throws(StoreError) -> Bool {
        do {
            _ = try store.logEncounter(draft)
            return false
        } catch let error as StoreError {
            guard let patronID = draft.patronID, case .notFound = error, (try? store.patron(id: patronID)) == .some(nil) else {
                throw error
            }
            var anonymous = draft
            anonymous.patronID = nil
            anonymous.note = ""
            anonymous.followUp = nil
            do { _ = try store.logEncounter(anonymous) } catch { throw Self.storeError(error) }
            return true
        } catch {
            throw Self.storeError(error)
        }
    }

    private static func storeError(_ error: any Error) -> StoreError {
        error as? StoreError ?? .failed("The store refused a held encounter (\(type(of: error))).")
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch {
            throw SQLiteStore.storeError(error, path: path)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw SQLiteStore.storeError(error, path: path)
        }
    }
}
