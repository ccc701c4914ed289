import DeskmateCore
import Foundation
import GRDB
import NameMatching

/// `store copy` on a store file: read in pages from one read transaction,
/// written in one write transaction with the rows' own numbers.
extension SQLiteStore: StoreTransfer {
    public func counts() throws -> StoreCounts {
        try read { db in try Self.counts(db) }
    }

    static func counts(_ db: Database) throws -> StoreCounts {
        func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
        return StoreCounts(
            patrons: try count("patron"), encounters: try count("encounter"), followUps: try count("follow_up"),
            timers: try count("timer"), shifts: try count("shift"), changes: try count("encounter_change"))
    }

    public func readAll(pageSize: Int, _ page: (StorePage) throws -> Void) throws {
        try read { db in
            try Self.pages(db, "SELECT * FROM patron", size: pageSize) { rows in
                try page(.patrons(rows.map { try RowDecoding.patron($0) }))
            }
            try Self.pages(db, "SELECT * FROM shift", size: pageSize) { rows in
                try page(.shifts(rows.map(RowDecoding.shift)))
            }
            var after: Int64 = 0
            while true {
                // `encounters` attaches each page's follow-ups.
                let batch = try Self.encounters(db, sql: "SELECT * FROM encounter WHERE id > ? ORDER BY id LIMIT ?",
                                                arguments: [after, pageSize])
                guard let last = batch.last else { break }
                try page(.encounters(batch))
                after = last.id
            }
            try Self.pages(db, "SELECT * FROM encounter_change", size: pageSize) { rows in
                try page(.changes(rows.map { row in
                    ChangeRecord(encounterID: row["encounter_id"], change: EncounterChange(
                        at: RowDecoding.date(row["at"]) ?? Date(timeIntervalSince1970: 0), staff: row["staff"],
                        fields: EncounterChange.decode(row["fields"])))
                }))
            }
            try Self.pages(db, "SELECT * FROM timer", size: pageSize) { rows in
                try page(.timers(rows.map { row in
                    TimerRecord(timer: try RowDecoding.timer(row), desk: try row.decode(forColumn: "desk"),
                                branch: try row.decode(forColumn: "branch"))
                }))
            }
        }
    }

    /// Rows of `select` in id order, `size` at a time.
    private static func pages(_ db: Database, _ select: String, size: Int, _ body: ([Row]) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: select + " WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, size])
            guard let last = rows.last else { return }
            try body(rows)
            after = try last.decode(forColumn: "id")
        }
    }

    public func writeAll(expecting expected: StoreCounts, _ fill: ((StorePage) throws -> Void) throws -> Void) throws {
        try write { db in
            guard try Self.counts(db).isEmpty else {
                throw StoreError.invalidInput("\(path) already holds data; copy only into a new, empty store. Nothing was copied.")
            }
            let patron = try db.makeStatement(sql: """
                INSERT INTO patron (id, name, preferred_name, pronunciation, notes, created, last_seen, visit_count, folded, rank)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let shift = try db.makeStatement(sql: "INSERT INTO shift (id, desk, branch, staff, started, ended) VALUES (?, ?, ?, ?, ?, ?)")
            let encounter = try db.makeStatement(sql: """
                INSERT INTO encounter (id, patron_id, desk, branch, staff, mode, kind, read, arrived, served, closed, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let followUp = try db.makeStatement(sql: "INSERT INTO follow_up (id, encounter_id, promise, due, kept_at) VALUES (?, ?, ?, ?, ?)")
            let change = try db.makeStatement(sql: "INSERT INTO encounter_change (encounter_id, at, staff, fields) VALUES (?, ?, ?, ?)")
            let timer = try db.makeStatement(sql: """
                INSERT INTO timer (id, arrived, served, patron_id, mode, desk, branch) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            try fill { page in
                switch page {
                case .patrons(let patrons):
                    for p in patrons {
                        try patron.execute(arguments: [
                            p.id, p.name, p.preferredName, p.pronunciation, p.notes, p.created.timeIntervalSince1970,
                            p.lastSeen?.timeIntervalSince1970, p.visitCount,
                            NameFolding.foldPatron(name: p.name, preferredName: p.preferredName),
                            VisitScore.score(lastSeen: p.lastSeen?.timeIntervalSince1970, visits: p.visitCount),
                        ])
                    }
                case .shifts(let shifts):
                    for s in shifts {
                        try shift.execute(arguments: [
                            s.id, s.desk, s.branch, s.staff, s.started.timeIntervalSince1970, s.ended?.timeIntervalSince1970,
                        ])
                    }
                case .encounters(let encounters):
                    for e in encounters {
                        try encounter.execute(arguments: [
                            e.id, e.patronID, e.desk, e.branch, e.staff, e.mode.rawValue, e.kind.rawValue, e.read?.rawValue,
                            e.arrived.timeIntervalSince1970, e.served?.timeIntervalSince1970, e.closed?.timeIntervalSince1970, e.note,
                        ])
                        if let f = e.followUp {
                            try followUp.execute(arguments: [f.id, e.id, f.promise, f.due, f.keptAt?.timeIntervalSince1970])
                        }
                    }
                case .changes(let changes):
                    for c in changes {
                        try change.execute(arguments: [
                            c.encounterID, c.change.at.timeIntervalSince1970, c.change.staff, EncounterChange.encode(c.change.fields),
                        ])
                    }
                case .timers(let timers):
                    for t in timers {
                        try timer.execute(arguments: [
                            t.timer.id, t.timer.arrived.timeIntervalSince1970, t.timer.served?.timeIntervalSince1970,
                            t.timer.patronID, t.timer.mode.rawValue, t.desk, t.branch,
                        ])
                    }
                }
            }
            try NameIndexTables.indexPatrons(db, after: 0)
            try NoteSearchTable.indexEncounters(db, after: 0)
            let found = try Self.counts(db)
            guard found == expected else { throw StoreCopy.mismatch(expected: expected, found: found) }
        }
    }
}
