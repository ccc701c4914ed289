import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

/// `store copy` on the shared store: read in pages from one snapshot
/// (REPEATABLE READ), written in one transaction with multi-row inserts, so
/// a desk's year of encounters arrives in seconds, not one round trip a row.
extension PostgresStore: StoreTransfer {
    public func counts() throws -> StoreCounts {
        try read { session in try Self.counts(session) }
    }

    static func counts(_ session: BlockingPostgresConnection.Session) throws -> StoreCounts {
        let row = try session.query("""
            SELECT (SELECT count(*) FROM patron), (SELECT count(*) FROM encounter), (SELECT count(*) FROM follow_up),
                   (SELECT count(*) FROM timer), (SELECT count(*) FROM shift), (SELECT count(*) FROM encounter_change)
            """).first
        guard let (p, e, f, t, s, c) = try row?.decode((Int64, Int64, Int64, Int64, Int64, Int64).self) else { return StoreCounts() }
        return StoreCounts(patrons: Int(p), encounters: Int(e), followUps: Int(f), timers: Int(t), shifts: Int(s), changes: Int(c))
    }

    public func readAll(pageSize: Int, _ page: (StorePage) throws -> Void) throws {
        try connection.withSession { session in
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? session.execute("ROLLBACK") }
            try Self.pages(session, columns: PostgresRows.patronColumns, from: "patron", size: pageSize) { rows in
                try page(.patrons(rows.map(PostgresRows.patron)))
            }
            try Self.pages(session, columns: PostgresRows.shiftColumns, from: "shift", size: pageSize) { rows in
                try page(.shifts(rows.map(PostgresRows.shift)))
            }
            try Self.pages(session, columns: PostgresRows.encounterColumns, from: "encounter", size: pageSize) { rows in
                var encounters = try rows.map(PostgresRows.encounter)
                guard let low = encounters.first?.id, let high = encounters.last?.id else { return }
                var followUps: [Int64: FollowUp] = [:]
                for row in try session.query("""
                    SELECT \(unescaped: PostgresRows.followUpColumns) FROM follow_up WHERE encounter_id BETWEEN \(low) AND \(high)
                    """) {
                    let f = try PostgresRows.followUp(row)
                    followUps[f.encounterID] = f
                }
                for i in encounters.indices { encounters[i].followUp = followUps[encounters[i].id] }
                try page(.encounters(encounters))
            }
            try Self.pages(session, columns: "id, encounter_id, at, staff, fields", from: "encounter_change", size: pageSize) { rows in
                try page(.changes(rows.map { row in
                    let (_, encounterID, at, staff, fields) = try row.decode((Int64, Int64, Double, String, String).self)
                    return ChangeRecord(encounterID: encounterID, change: EncounterChange(
                        at: PostgresRows.date(at) ?? Date(timeIntervalSince1970: 0), staff: staff, fields: EncounterChange.decode(fields)))
                }))
            }
            try Self.pages(session, columns: PostgresRows.timerColumns + ", desk, branch", from: "timer", size: pageSize) { rows in
                try page(.timers(rows.map { row in
                    let cells = row.makeRandomAccess()
                    return TimerRecord(timer: try PostgresRows.timer(row), desk: try cells[5].decode(String.self),
                                       branch: try cells[6].decode(String.self))
                }))
            }
        }
    }

    /// Rows of `from` in id order, `size` at a time; `columns` starts with `id`.
    private static func pages(
        _ session: BlockingPostgresConnection.Session, columns: String, from table: String, size: Int,
        _ body: ([PostgresRow]) throws -> Void
    ) throws {
        var after: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT \(unescaped: columns) FROM \(unescaped: table) WHERE id > \(after) ORDER BY id LIMIT \(Int64(size))
                """)
            guard let last = rows.last else { return }
            try body(rows)
            after = try last.makeRandomAccess()[0].decode(Int64.self)
        }
    }

    public func writeAll(expecting expected: StoreCounts, _ fill: ((StorePage) throws -> Void) throws -> Void) throws {
        try write { session in
            // One copy at a time into this schema, and none while it is not empty.
            try session.query("SELECT pg_advisory_xact_lock(hashtext('deskmate-copy:' || current_schema()))")
            guard try Self.counts(session).isEmpty else {
                throw StoreError.invalidInput("\(place) already holds data; copy only into a new, empty store. Nothing was copied.")
            }
            var postings = RowsInsert("name_posting", ["word", "score", "patron_id", "names"], suffix: "ON CONFLICT DO NOTHING")
            try fill { page in
                switch page {
                case .patrons(let patrons):
                    var insert = RowsInsert("patron", [
                        "id", "name", "preferred_name", "pronunciation", "notes", "created", "last_seen", "visit_count", "folded", "rank",
                    ])
                    for p in patrons {
                        let folded = NameFolding.foldPatron(name: p.name, preferredName: p.preferredName)
                        let score = VisitScore.score(lastSeen: p.lastSeen?.timeIntervalSince1970, visits: p.visitCount)
                        try insert.add(session) { b in
                            b.append(p.id); b.append(p.name); b.append(p.preferredName); b.append(p.pronunciation); b.append(p.notes)
                            b.append(p.created.timeIntervalSince1970); b.append(p.lastSeen?.timeIntervalSince1970)
                            b.append(Int64(p.visitCount)); b.append(folded); b.append(score)
                        }
                        for word in PostgresNameIndex.words(folded) {
                            try postings.add(session) { b in b.append(word); b.append(score); b.append(p.id); b.append(folded) }
                        }
                    }
                    try insert.flush(session)
                    try postings.flush(session)
                case .shifts(let shifts):
                    var insert = RowsInsert("shift", ["id", "desk", "branch", "staff", "started", "ended"])
                    for s in shifts {
                        try insert.add(session) { b in
                            b.append(s.id); b.append(s.desk); b.append(s.branch); b.append(s.staff)
                            b.append(s.started.timeIntervalSince1970); b.append(s.ended?.timeIntervalSince1970)
                        }
                    }
                    try insert.flush(session)
                case .encounters(let encounters):
                    var insert = RowsInsert("encounter", [
                        "id", "patron_id", "desk", "branch", "staff", "mode", "kind", "read", "arrived", "served", "closed", "note",
                        "note_folded",
                    ])
                    var followUps = RowsInsert("follow_up", ["id", "encounter_id", "promise", "due", "kept_at"])
                    for e in encounters {
                        try insert.add(session) { b in
                            b.append(e.id); b.append(e.patronID); b.append(e.desk); b.append(e.branch); b.append(e.staff)
                            b.append(e.mode.rawValue); b.append(e.kind.rawValue); b.append(e.read.map { Int64($0.rawValue) })
                            b.append(e.arrived.timeIntervalSince1970); b.append(e.served?.timeIntervalSince1970)
                            b.append(e.closed?.timeIntervalSince1970); b.append(e.note); b.append(NoteSearchWords.indexed(e.note))
                        }
                        if let f = e.followUp {
                            try followUps.add(session) { b in
                                b.append(f.id); b.append(e.id); b.append(f.promise); b.append(f.due); b.append(f.keptAt?.timeIntervalSince1970)
                            }
                        }
                    }
                    try insert.flush(session)
                    try followUps.flush(session)
                case .changes(let changes):
                    var insert = RowsInsert("encounter_change", ["encounter_id", "at", "staff", "fields"])
                    for c in changes {
                        try insert.add(session) { b in
                            b.append(c.encounterID); b.append(c.change.at.timeIntervalSince1970); b.append(c.change.staff)
                            b.append(EncounterChange.encode(c.change.fields))
                        }
                    }
                    try insert.flush(session)
                case .timers(let timers):
                    var insert = RowsInsert("timer", ["id", "arrived", "served", "patron_id", "mode", "desk", "branch"])
                    for t in timers {
                        try insert.add(session) { b in
                            b.append(t.timer.id); b.append(t.timer.arrived.timeIntervalSince1970)
                            b.append(t.timer.served?.timeIntervalSince1970); b.append(t.timer.patronID)
                            b.append(t.timer.mode.rawValue); b.append(t.desk); b.append(t.branch)
                        }
                    }
                    try insert.flush(session)
                }
            }
            try postings.flush(session)
            try PostgresNameIndex.rebuildVocabulary(session)
            // Rows kept their numbers; new ones continue after the highest.
            for table in ["patron", "shift", "encounter", "follow_up", "timer", "encounter_change"] {
                try session.execute("""
                    SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 0) + 1, false) FROM \(table)
                    """)
            }
            let found = try Self.counts(session)
            guard found == expected else { throw StoreCopy.mismatch(expected: expected, found: found) }
        }
    }
}

/// A multi-row `INSERT`, sent whenever it nears PostgreSQL's limit of
/// 65,535 parameters in one statement.
struct RowsInsert {
    let table: String
    let columns: [String]
    let suffix: String
    private var binds = PostgresBindings()
    private var rows = 0

    init(_ table: String, _ columns: [String], suffix: String = "") {
        self.table = table
        self.columns = columns
        self.suffix = suffix
    }

    /// Adds one row; `fill` appends exactly one value per column.
    mutating func add(_ session: BlockingPostgresConnection.Session, _ fill: (inout PostgresBindings) throws -> Void) throws {
        try fill(&binds)
        rows += 1
        if (rows + 1) * columns.count > 60_000 { try flush(session) }
    }

    mutating func flush(_ session: BlockingPostgresConnection.Session) throws {
        guard rows > 0 else { return }
        var values: [String] = []
        values.reserveCapacity(rows)
        var n = 0
        for _ in 0..<rows {
            values.append("(" + columns.map { _ in n += 1; return "$\(n)" }.joined(separator: ", ") + ")")
        }
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(values.joined(separator: ", ")) \(suffix)"
        try session.query(PostgresQuery(unsafeSQL: sql, binds: binds))
        binds = PostgresBindings()
        rows = 0
    }
}
