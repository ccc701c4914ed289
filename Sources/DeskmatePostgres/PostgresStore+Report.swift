import DeskmateCore
import Foundation
import PostgresNIO

/// The period report's reads from the packed facts (`PostgresReportFacts`):
/// a year of every desk is some seventeen thousand packed rows, read in
/// one snapshot so a write committing meanwhile is seen whole or not at all.
extension PostgresStore {
    public func reportFacts(arrivedFrom from: Date, to: Date, at scope: DeskScope) throws -> (facts: [EncounterFacts], whole: [Encounter]) {
        let range = from.timeIntervalSince1970..<max(from.timeIntervalSince1970, to.timeIntervalSince1970)
        guard !range.isEmpty, range.lowerBound.isFinite, range.upperBound.isFinite else { return ([], []) }
        // A bucket either side more, against rounding: the exact range is applied to every encounter.
        let first = Int64((range.lowerBound / 3600).rounded(.down)) - 1
        let last = Int64((range.upperBound / 3600).rounded(.down)) + 1
        let low = range.lowerBound, high = range.upperBound
        return try connection.withSession { session in
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? session.execute("ROLLBACK") }
            let packed = try session.query("""
                SELECT f.hour, f.branch, f.desk, f.encounters, f.facts FROM report_facts f
                WHERE f.hour BETWEEN \(first) AND \(last)
                AND (\(scope.name)::text IS NULL OR f.desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR f.branch = \(scope.branchName))
                AND NOT EXISTS (SELECT 1 FROM report_facts_stale s WHERE s.hour = f.hour AND s.branch = f.branch AND s.desk = f.desk)
                """)
            var byDesk: [DeskKey: EncounterFacts] = [:]
            var rows: [(bucket: PostgresReportFacts.Bucket, bytes: ByteBuffer)] = []
            rows.reserveCapacity(packed.count)
            // Room for each desk's records at once: a year's are a hundred
            // megabytes, and growing an array that size copies it over and over.
            var sizes: [DeskKey: Int] = [:]
            for row in packed {
                let cells = row.makeRandomAccess()
                let bucket = PostgresReportFacts.Bucket(
                    hour: try cells[0].decode(Int64.self), branch: try cells[1].decode(String.self), desk: try cells[2].decode(String.self))
                sizes[DeskKey(branch: bucket.branch, desk: bucket.desk), default: 0] += Int(try cells[3].decode(Int64.self))
                rows.append((bucket, cells[4].bytes ?? ByteBuffer()))
            }
            for (key, size) in sizes {
                var facts = EncounterFacts(desk: key.desk, branch: key.branch)
                facts.reserve(encounters: size)
                byDesk[key] = facts
            }
            var unreadable: [PostgresReportFacts.Bucket] = []
            for (bucket, bytes) in rows {
                let key = DeskKey(branch: bucket.branch, desk: bucket.desk)
                // An hour wholly inside the period (a second's margin against
                // rounding) is copied whole; the first and last are filtered.
                let start = Double(bucket.hour) * 3600
                let inside = start - 1 >= low && start + 3601 <= high
                let read = bytes.withUnsafeReadableBytes { byDesk[key]!.append(encoded: $0, arrivedIn: range, whollyInside: inside) }
                if !read { unreadable.append(bucket) }
            }
            // Hours changed since they were packed (by a client other than
            // Deskmate), or packed by another version: from their encounters.
            let stale = try session.query("""
                SELECT hour, branch, desk FROM report_facts_stale WHERE hour BETWEEN \(first) AND \(last)
                AND (\(scope.name)::text IS NULL OR desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR branch = \(scope.branchName))
                """).map { row in
                let (hour, branch, desk) = try row.decode((Int64, String, String).self)
                return PostgresReportFacts.Bucket(hour: hour, branch: branch, desk: desk)
            }
            for (bucket, read) in try PostgresReportFacts.facts(session, of: stale + unreadable, arrivedIn: range) {
                let key = DeskKey(branch: bucket.branch, desk: bucket.desk)
                byDesk[key, default: EncounterFacts(desk: bucket.desk, branch: bucket.branch)].append(contentsOf: read)
            }
            // Promises from the follow-ups: a store holds far fewer than a year's encounters.
            let whole = try Self.encounters(session, """
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE id IN (
                    SELECT id FROM encounter WHERE kind IN ('complaint', 'suggestion') AND arrived >= \(low) AND arrived < \(high)
                    UNION ALL
                    SELECT e.id FROM follow_up f JOIN encounter e ON e.id = f.encounter_id WHERE e.arrived >= \(low) AND e.arrived < \(high))
                AND (\(scope.name)::text IS NULL OR desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR branch = \(scope.branchName))
                ORDER BY arrived, id
                """)
            let facts = byDesk.values.filter { $0.count > 0 }.sorted { ($0.branch, $0.desk) < ($1.branch, $1.desk) }
            return (facts, whole)
        }
    }

    private struct DeskKey: Hashable {
        var branch: String
        var desk: String
    }

    /// One connection: the two periods are read one after the other.
    public var readsConcurrently: Bool { false }

    public func patronsFirstSeen(from: Date, to: Date) throws -> PatronIDSet? {
        try read { session in
            var set = PatronIDSet()
            for row in try session.query("""
                SELECT patron_id FROM patron_first WHERE first_arrived >= \(from.timeIntervalSince1970) AND first_arrived < \(to.timeIntervalSince1970)
                """) {
                set.insert(try row.decode(Int64.self))
            }
            return set
        }
    }
}
