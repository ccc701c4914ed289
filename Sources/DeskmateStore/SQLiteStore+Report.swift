import DeskmateCore
import Foundation
import GRDB

/// The period report's reads from the packed facts (`ReportFactsTable`):
/// a year of every desk is some seventeen thousand packed rows.
extension SQLiteStore {
    public func reportFacts(arrivedFrom from: Date, to: Date, at scope: DeskScope) throws -> (facts: [EncounterFacts], whole: [Encounter]) {
        let range = from.timeIntervalSince1970..<max(from.timeIntervalSince1970, to.timeIntervalSince1970)
        guard !range.isEmpty, range.lowerBound.isFinite, range.upperBound.isFinite else { return ([], []) }
        // A bucket either side more, against rounding: the exact range is applied to every encounter.
        let first = Int64(range.lowerBound / ReportFactsTable.bucketSeconds) - 1
        let last = Int64(range.upperBound / ReportFactsTable.bucketSeconds) + 1
        let scopeArgs: [DatabaseValueConvertible?] = [scope.name, scope.branchName]
        return try read { db in
            var byDesk: [ReportFactsTable.Bucket: EncounterFacts] = [:]
            func add(_ bucket: ReportFactsTable.Bucket) -> ReportFactsTable.Bucket {
                let desk = ReportFactsTable.Bucket(hour: 0, branch: bucket.branch, desk: bucket.desk)
                if byDesk[desk] == nil { byDesk[desk] = EncounterFacts(desk: bucket.desk, branch: bucket.branch) }
                return desk
            }
            var unreadable: [ReportFactsTable.Bucket] = []
            let packed = try Row.fetchCursor(db, sql: """
                SELECT f.hour, f.branch, f.desk, f.facts FROM report_facts f
                WHERE f.hour BETWEEN ?1 AND ?2 AND (?3 IS NULL OR f.desk = ?3) AND (?4 IS NULL OR f.branch = ?4)
                AND NOT EXISTS (SELECT 1 FROM report_facts_stale s WHERE s.hour = f.hour AND s.branch = f.branch AND s.desk = f.desk)
                """, arguments: StatementArguments([first, last] + scopeArgs))
            // Room for every desk's packed rows at once: a year's are a hundred
            // megabytes, and growing an array that size copies it over and
            // over. (The count is a column: `length` would read every blob.)
            let sizes = try Row.fetchAll(db, sql: """
                SELECT branch, desk, sum(encounters) FROM report_facts
                WHERE hour BETWEEN ?1 AND ?2 AND (?3 IS NULL OR desk = ?3) AND (?4 IS NULL OR branch = ?4) GROUP BY branch, desk
                """, arguments: StatementArguments([first, last] + scopeArgs))
            for row in sizes {
                let desk = add(ReportFactsTable.Bucket(hour: 0, branch: row[0], desk: row[1]))
                byDesk[desk]!.reserve(encounters: row[2])
            }
            while let row = try packed.next() {
                let bucket = ReportFactsTable.Bucket(hour: row[0], branch: row[1], desk: row[2])
                let desk = add(bucket)
                let inside = EncounterFacts.hour(bucket.hour, liesWhollyIn: range)
                let read = try row.withUnsafeData(atIndex: 3) { data in
                    (data ?? Data()).withUnsafeBytes { byDesk[desk]!.append(encoded: $0, arrivedIn: range, whollyInside: inside) }
                }
                if !read { unreadable.append(bucket) }
            }
            // Hours changed since they were packed (by a tool other than
            // Deskmate), or packed by another version: from their encounters.
            let stale = try Row.fetchAll(db, sql: """
                SELECT hour, branch, desk FROM report_facts_stale
                WHERE hour BETWEEN ?1 AND ?2 AND (?3 IS NULL OR desk = ?3) AND (?4 IS NULL OR branch = ?4)
                """, arguments: StatementArguments([first, last] + scopeArgs)).map {
                ReportFactsTable.Bucket(hour: $0[0], branch: $0[1], desk: $0[2])
            }
            for bucket in stale + unreadable {
                let read = try ReportFactsTable.facts(db, of: bucket, arrivedIn: range)
                guard read.count > 0 else { continue }
                let desk = add(bucket)
                byDesk[desk]!.append(contentsOf: read)
            }
            // Promises from the follow-ups (CROSS JOIN keeps them the outer
            // loop): a store holds far fewer than a year's encounters.
            let whole = try Self.encounters(db, sql: """
                SELECT * FROM encounter WHERE id IN (
                    SELECT id FROM encounter WHERE kind IN ('complaint', 'suggestion') AND arrived >= ?1 AND arrived < ?2
                    UNION ALL
                    SELECT e.id FROM follow_up f CROSS JOIN encounter e ON e.id = f.encounter_id WHERE e.arrived >= ?1 AND e.arrived < ?2)
                AND (?3 IS NULL OR desk = ?3) AND (?4 IS NULL OR branch = ?4) ORDER BY arrived, id
                """, arguments: StatementArguments([range.lowerBound, range.upperBound] + scopeArgs))
            let facts = byDesk.values.filter { $0.count > 0 }.sorted { ($0.branch, $0.desk) < ($1.branch, $1.desk) }
            return (facts, whole)
        }
    }

    /// A pool of connections: readers never wait on each other.
    public var readsConcurrently: Bool { true }

    public func patronsFirstSeen(from: Date, to: Date) throws -> PatronIDSet? {
        try read { db in
            var set = PatronIDSet()
            let ids = try Int64.fetchCursor(db, sql: "SELECT patron_id FROM patron_first WHERE first_arrived >= ? AND first_arrived < ?",
                                            arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            while let id = try ids.next() { set.insert(id) }
            return set
        }
    }
}
