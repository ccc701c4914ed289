import DeskmateCore
import Foundation
import GRDB

/// The outbox file's one table and how a held draft is written to and read
/// from it. Columns mirror `EncounterDraft`, so a held entry can be read
/// (and checked) with the sqlite3 shell; nothing but the draft is kept.
enum OutboxTable: SQLiteFileFormat {
    /// "DSKO".
    static let applicationID: Int32 = 0x4453_4B4F

    static func migrate(_ migrator: inout DatabaseMigrator) {
        // `seq` is the order staff closed them in: they are sent oldest first.
        migrator.registerMigration("v1-held-encounters", sql: """
            CREATE TABLE held_encounter (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                client_id TEXT NOT NULL UNIQUE,
                patron_id INTEGER,
                desk TEXT NOT NULL,
                branch TEXT NOT NULL,
                staff TEXT NOT NULL,
                mode TEXT NOT NULL,
                kind TEXT NOT NULL,
                read INTEGER,
                arrived REAL NOT NULL,
                served REAL,
                closed REAL NOT NULL,
                note TEXT NOT NULL,
                promise TEXT,
                due TEXT
            );
            CREATE INDEX held_encounter_patron ON held_encounter(patron_id);
            """)
    }

    /// Inserts `draft` (which has its client id) unless that id is held already.
    static func insert(_ db: Database, _ draft: EncounterDraft, clientID: UUID) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO held_encounter
                    (client_id, patron_id, desk, branch, staff, mode, kind, read, arrived, served, closed, note, promise, due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                clientID.uuidString.lowercased(), draft.patronID, draft.desk, draft.branch, draft.staff, draft.mode.rawValue,
                draft.kind.rawValue, draft.read?.rawValue, draft.arrived.timeIntervalSince1970,
                draft.served?.timeIntervalSince1970, draft.closed.timeIntervalSince1970, draft.note,
                draft.followUp?.promise, draft.followUp?.due,
            ])
    }

    /// Every held draft, oldest first. A row that cannot be read back (an id
    /// that is not a UUID, a value of the wrong type: only another program
    /// could write one) is reported as damage rather than skipped, so nothing
    /// is dropped silently, and never traps.
    static func all(_ db: Database, path: String) throws -> [Outbox.Held] {
        try Row.fetchAll(db, sql: "SELECT * FROM held_encounter ORDER BY seq").map { row in
            guard let clientID = UUID(uuidString: try row.decode(String.self, forColumn: "client_id")) else {
                throw StoreError.corrupt(path: path, detail: "an entry's id is not a UUID")
            }
            func date(_ column: String) throws -> Date? { RowDecoding.date(try row.decode(forColumn: column)) }
            let promise: String? = try row.decode(forColumn: "promise")
            let read: Int? = try row.decode(forColumn: "read")
            let draft = EncounterDraft(
                patronID: try row.decode(forColumn: "patron_id"),
                desk: try row.decode(forColumn: "desk"), branch: try row.decode(forColumn: "branch"),
                staff: try row.decode(forColumn: "staff"),
                mode: ContactMode(rawValue: try row.decode(forColumn: "mode")) ?? .inPerson,
                kind: QuestionKind(rawValue: try row.decode(forColumn: "kind")) ?? .other,
                read: read.flatMap(ReadLevel.init(rawValue:)),
                arrived: try date("arrived") ?? Date(timeIntervalSince1970: 0), served: try date("served"),
                closed: try date("closed") ?? Date(timeIntervalSince1970: 0), note: try row.decode(forColumn: "note"),
                followUp: try promise.map { FollowUpDraft(promise: $0, due: try row.decode(forColumn: "due")) },
                clientID: clientID)
            return Outbox.Held(clientID: clientID, draft: draft)
        }
    }
}
