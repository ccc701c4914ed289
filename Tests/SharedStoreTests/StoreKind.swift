import DeskmateCore
import DeskmateStore
import Foundation
import Testing
import TestSupport
@testable import DeskmatePostgres

/// The two stores every shared test runs on. A PostgreSQL store gets a
/// fresh schema of the test database per test, so tests run side by side.
enum StoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A fresh, empty store of this kind.
    func open() throws -> TestStore {
        switch self {
        case .sqlite:
            let folder = TempFolder()
            let path = folder.file("s.sqlite")
            return TestStore(kind: self, store: try SQLiteStore(path: path), folder: folder) { try SQLiteStore(path: path) }
        case .postgres:
            let url = try PostgresURL(try PostgresTestServer.requireURL())
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            return TestStore(kind: self, store: try PostgresStore(url: url, schema: schema), folder: nil) {
                try PostgresStore(url: url, schema: schema)
            }
        }
    }
}

/// One test's store, and a way to open it again as a second desk would.
final class TestStore {
    let kind: StoreKind
    let store: any PatronStore
    private let folder: TempFolder?
    let reopen: () throws -> any PatronStore

    init(kind: StoreKind, store: any PatronStore, folder: TempFolder?, reopen: @escaping () throws -> any PatronStore) {
        self.kind = kind
        self.store = store
        self.folder = folder
        self.reopen = reopen
    }

    /// Logs an encounter that began as a running timer (both stores have it;
    /// the protocol does not yet).
    static func logEncounter(_ store: any PatronStore, _ draft: EncounterDraft, closingTimer id: Int64) throws -> Encounter {
        switch store {
        case let sqlite as SQLiteStore: try sqlite.logEncounter(draft, closingTimer: id)
        case let postgres as PostgresStore: try postgres.logEncounter(draft, closingTimer: id)
        default: throw StoreError.failed("unknown store")
        }
    }
}

/// A fresh folder for one test's store, removed when the test ends.
final class TempFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "deskmate-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

let t0 = Date(timeIntervalSince1970: 1_795_000_000)

func encounter(
    patron: Int64? = nil, kind: QuestionKind = .reference, arrived: Date = t0, wait: Double = 30, service: Double = 120,
    note: String = "", followUp: FollowUpDraft? = nil
) -> EncounterDraft {
    EncounterDraft(
        patronID: patron, desk: "Main desk", staff: "JB", mode: .inPerson, kind: kind, read: ReadLevel(rawValue: 2),
        arrived: arrived, served: arrived.addingTimeInterval(wait), closed: arrived.addingTimeInterval(wait + service),
        note: note, followUp: followUp)
}

/// Why PostgreSQL tests may be skipped, shown by `swift test` beside each one.
let postgresSkipReason: Comment = "no PostgreSQL server: set DESKMATE_TEST_POSTGRES_URL (eval \"$(Tests/Support/postgres-cluster.sh start)\"); in CI (CI=true) these tests fail instead"
