import DeskmateCore
import Foundation
import GRDB

/// What makes a year's report fast on a file: each desk's encounters of
/// each hour, packed as `EncounterFacts` (`report_facts`), and each
/// patron's first encounter (`patron_first`), so the report reads a few
/// thousand packed rows instead of millions of encounters, and the
/// returning patrons with one range of an index.
///
/// What keeps them true, in the same transaction as every write:
/// triggers mark the hour of any encounter inserted, deleted or changed
/// as stale (`report_facts_stale`) and correct `patron_first` — whatever
/// code or tool made the change — and every write of the store ends by
/// repacking the stale hours (`refresh`). A report reads an hour still
/// marked stale (a change made with the `sqlite3` shell, say) from its
/// encounters, so a packed hour is never trusted past a change.
///
/// Only numbers are packed (times, codes, patron ids): no name and no
/// note. A forgotten patron's encounters are changed, so their hours are
/// repacked without the id in the same transaction.
enum ReportFactsTable {
    /// The length of a packed bucket: an hour of UTC.
    static let bucketSeconds = 3600.0
    /// Past this many stale hours, one pass over every encounter repacks
    /// them instead of a query per hour (a migration, a seeded store).
    static let bulkThreshold = 2_000

    static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-report-facts") { db in
            try db.execute(sql: """
                CREATE TABLE report_facts (
                    hour INTEGER NOT NULL, branch TEXT NOT NULL, desk TEXT NOT NULL, encounters INTEGER NOT NULL,
                    facts BLOB NOT NULL, PRIMARY KEY (hour, branch, desk));
                CREATE TABLE report_facts_stale (
                    hour INTEGER NOT NULL, branch TEXT NOT NULL, desk TEXT NOT NULL,
                    PRIMARY KEY (hour, branch, desk)) WITHOUT ROWID;
                CREATE TABLE patron_first (patron_id INTEGER PRIMARY KEY, first_arrived REAL NOT NULL);
                CREATE INDEX patron_first_arrived ON patron_first(first_arrived);
                CREATE INDEX encounter_shown_whole ON encounter(arrived) WHERE kind IN ('complaint', 'suggestion');
                CREATE TRIGGER report_facts_insert AFTER INSERT ON encounter BEGIN
                    INSERT OR IGNORE INTO report_facts_stale VALUES (CAST(new.arrived / 3600 AS INTEGER), new.branch, new.desk);
                    INSERT INTO patron_first (patron_id, first_arrived)
                        SELECT new.patron_id, new.arrived WHERE new.patron_id IS NOT NULL
                        ON CONFLICT (patron_id) DO UPDATE SET first_arrived = min(first_arrived, excluded.first_arrived);
                END;
                CREATE TRIGGER report_facts_delete AFTER DELETE ON encounter BEGIN
                    INSERT OR IGNORE INTO report_facts_stale VALUES (CAST(old.arrived / 3600 AS INTEGER), old.branch, old.desk);
                    DELETE FROM patron_first WHERE patron_id = old.patron_id;
                    INSERT INTO patron_first (patron_id, first_arrived)
                        SELECT patron_id, min(arrived) FROM encounter WHERE patron_id = old.patron_id GROUP BY patron_id;
                END;
                CREATE TRIGGER report_facts_update
                AFTER UPDATE OF patron_id, desk, branch, mode, kind, read, arrived, served, closed ON encounter BEGIN
                    INSERT OR IGNORE INTO report_facts_stale VALUES (CAST(old.arrived / 3600 AS INTEGER), old.branch, old.desk);
                    INSERT OR IGNORE INTO report_facts_stale VALUES (CAST(new.arrived / 3600 AS INTEGER), new.branch, new.desk);
                    DELETE FROM patron_first WHERE patron_id IN (old.patron_id, new.patron_id);
                    INSERT INTO patron_first (patron_id, first_arrived)
                        SELECT patron_id, min(arrived) FROM encounter
                        WHERE patron_id IN (old.patron_id, new.patron_id) GROUP BY patron_id;
                END;
                CREATE TRIGGER report_facts_patron_gone AFTER DELETE ON patron BEGIN
                    DELETE FROM patron_first WHERE patron_id = old.id;
                END;
                INSERT INTO patron_first (patron_id, first_arrived)
                    SELECT patron_id, min(arrived) FROM encounter WHERE patron_id IS NOT NULL GROUP BY patron_id;
                INSERT OR IGNORE INTO report_facts_stale
                    SELECT DISTINCT CAST(arrived / 3600 AS INTEGER), branch, desk FROM encounter;
                """)
            try refresh(db)
        }
    }

    struct Bucket: Hashable {
        var hour: Int64
        var branch: String
        var desk: String
    }

    /// Repacks every stale hour from its encounters and clears the marks.
    static func refresh(_ db: Database, bulkAbove threshold: Int = bulkThreshold) throws {
        let stale = try Row.fetchAll(db, sql: "SELECT hour, branch, desk FROM report_facts_stale").map {
            Bucket(hour: $0[0], branch: $0[1], desk: $0[2])
        }
        guard !stale.isEmpty else { return }
        if stale.count > threshold {
            try repackInOnePass(db, only: Set(stale))
        } else {
            for bucket in stale { try store(db, bucket, facts: facts(db, of: bucket, arrivedIn: -Double.infinity..<Double.infinity)) }
        }
        try db.execute(sql: "DELETE FROM report_facts_stale")
    }

    /// One desk's encounters of one hour, from the encounters themselves.
    static func facts(_ db: Database, of bucket: Bucket, arrivedIn range: Range<Double>) throws -> EncounterFacts {
        var facts = EncounterFacts(desk: bucket.desk, branch: bucket.branch)
        let start = Double(bucket.hour) * bucketSeconds
        // The hour as the triggers compute it; the range lets the index help.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT * FROM encounter WHERE arrived >= ?1 - 1 AND arrived < ?1 + 3601
            AND CAST(arrived / 3600 AS INTEGER) = ?2 AND branch = ?3 AND desk = ?4
            """), arguments: [start, bucket.hour, bucket.branch, bucket.desk])
        while let row = try rows.next() {
            let e = try RowDecoding.encounter(row)
            if range.contains(e.arrived.timeIntervalSince1970) { facts.append(e) }
        }
        return facts
    }

    static func store(_ db: Database, _ bucket: Bucket, facts: EncounterFacts) throws {
        let args: StatementArguments = [bucket.hour, bucket.branch, bucket.desk]
        if facts.count == 0 {
            try db.cachedStatement(sql: "DELETE FROM report_facts WHERE hour = ? AND branch = ? AND desk = ?").execute(arguments: args)
        } else {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO report_facts (hour, branch, desk, encounters, facts) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: args + [facts.count, Data(facts.encoded())])
        }
    }

    /// Every stale hour in one pass over the encounters of their span in
    /// time order: an hour is written once the next begins, so memory
    /// holds one hour.
    static func repackInOnePass(_ db: Database, only stale: Set<Bucket>) throws {
        var current: [Bucket: EncounterFacts] = [:], hour = Int64.min, written = Set<Bucket>()
        func flush() throws {
            for (bucket, facts) in current where stale.contains(bucket) {
                try store(db, bucket, facts: facts)
                written.insert(bucket)
            }
            current.removeAll(keepingCapacity: true)
        }
        // Only the span the stale hours cover (a purge of last year's
        // encounters reads last year), a second either side against rounding.
        let first = Double(stale.map(\.hour).min() ?? 0) * bucketSeconds - 1
        let last = Double((stale.map(\.hour).max() ?? 0) + 1) * bucketSeconds + 1
        let rows = try Row.fetchCursor(db, sql: """
            SELECT *, CAST(arrived / 3600 AS INTEGER) FROM encounter WHERE arrived >= ? AND arrived < ? ORDER BY arrived
            """, arguments: [first, last])
        while let row = try rows.next() {
            let h: Int64 = row[row.count - 1]
            if h != hour {
                try flush()
                hour = h
            }
            let e = try RowDecoding.encounter(row)
            let bucket = Bucket(hour: h, branch: e.branch, desk: e.desk)
            current[bucket, default: EncounterFacts(desk: e.desk, branch: e.branch)].append(e)
        }
        try flush()
        // Hours with no encounter left: their packed rows go.
        for bucket in stale.subtracting(written) {
            try store(db, bucket, facts: EncounterFacts(desk: bucket.desk, branch: bucket.branch))
        }
    }
}
