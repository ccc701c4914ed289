import DeskmateCore
import Foundation
import PostgresNIO

/// The period report's reads from the packed facts (`PostgresReportFacts`):
/// a year of every desk is some seventeen thousand packed rows, read in
/// one snapshot so a write committing meanwhile is seen whole or not at all.
/// A report's two periods are read at once, on the store's two connections.
extension PostgresStore {
    public func reportFacts(arrivedFrom from: Date, to: Date, at scope: DeskScope) throws -> (facts: [EncounterFacts], whole: [Encounter]) {
        let range = from.timeIntervalSince1970..<max(from.timeIntervalSince1970, to.timeIntervalSince1970)
        guard !range.isEmpty, range.lowerBound.isFinite, range.upperBound.isFinite else { return ([], []) }
        // A bucket either side more, against rounding: the exact range is applied to every encounter.
        let first = Int64((range.lowerBound / 3600).rounded(.down)) - 1
        let last = Int64((range.upperBound / 3600).rounded(.down)) + 1
        let low = range.lowerBound, high = range.upperBound
        return try withReportConnection { connection in try connection.withSession { session in
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { try? session.execute("ROLLBACK") }
            // Room for each desk's records at once: a year's are a hundred
            // megabytes, and growing an array that size copies it over and over.
            let reading = PackedHours(range: range)
            for row in try session.query("""
                SELECT f.branch, f.desk, sum(f.encounters)::bigint FROM report_facts f WHERE f.hour BETWEEN \(first) AND \(last)
                AND (\(scope.name)::text IS NULL OR f.desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR f.branch = \(scope.branchName))
                GROUP BY f.branch, f.desk
                """) {
                let (branch, desk, size) = try row.decode((String, String, Int64).self)
                var facts = EncounterFacts(desk: desk, branch: branch)
                facts.reserve(encounters: Int(size))
                reading.byDesk[DeskKey(branch: branch, desk: desk)] = facts
            }
            // Each packed hour is appended as it arrives, so a year's are
            // never all held twice (as rows, then as facts).
            try session.forEachRow("""
                SELECT f.hour, f.branch, f.desk, f.facts FROM report_facts f WHERE f.hour BETWEEN \(first) AND \(last)
                AND (\(scope.name)::text IS NULL OR f.desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR f.branch = \(scope.branchName))
                AND NOT EXISTS (SELECT 1 FROM report_facts_stale s WHERE s.hour = f.hour AND s.branch = f.branch AND s.desk = f.desk)
                """) { row in try reading.append(row) }
            // Taken, not shared, so appending below copies no desk's records.
            var byDesk = reading.byDesk
            reading.byDesk = [:]
            let unreadable = reading.unreadable
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
            // Complaints and suggestions, read whole for their notes, then the
            // encounters with a promise: a store holds far fewer than a
            // year's encounters. Each read straight from its rows (not
            // through their ids, which read every row twice), and sorted in
            // memory (a year's are 50,000 rows: more than the default 4 MB).
            try session.execute("SET LOCAL work_mem = '64MB'")
            let whole = try Self.encounters(session, """
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter
                WHERE kind IN ('complaint', 'suggestion') AND arrived >= \(low) AND arrived < \(high)
                AND (\(scope.name)::text IS NULL OR desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR branch = \(scope.branchName))
                UNION ALL
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter
                WHERE id IN (SELECT encounter_id FROM follow_up) AND kind NOT IN ('complaint', 'suggestion')
                AND arrived >= \(low) AND arrived < \(high)
                AND (\(scope.name)::text IS NULL OR desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR branch = \(scope.branchName))
                ORDER BY arrived, id
                """)
            let facts = byDesk.values.filter { $0.count > 0 }.sorted { ($0.branch, $0.desk) < ($1.branch, $1.desk) }
            return (facts, whole)
        } }
    }

    private struct DeskKey: Hashable {
        var branch: String
        var desk: String
    }

    /// A period's packed hours as they arrive: written only on the
    /// connection's event loop, one row after another, and read by the
    /// waiting caller only once the statement has completed.
    private final class PackedHours: @unchecked Sendable {
        let range: Range<Double>
        var byDesk: [DeskKey: EncounterFacts] = [:]
        var unreadable: [PostgresReportFacts.Bucket] = []

        init(range: Range<Double>) { self.range = range }

        func append(_ row: PostgresRow) throws {
            let cells = row.makeRandomAccess()
            let bucket = PostgresReportFacts.Bucket(
                hour: try cells[0].decode(Int64.self), branch: try cells[1].decode(String.self), desk: try cells[2].decode(String.self))
            let key = DeskKey(branch: bucket.branch, desk: bucket.desk)
            let inside = EncounterFacts.hour(bucket.hour, liesWhollyIn: range)
            let bytes = cells[3].bytes ?? ByteBuffer()
            let read = bytes.withUnsafeReadableBytes {
                byDesk[key, default: EncounterFacts(desk: bucket.desk, branch: bucket.branch)]
                    .append(encoded: $0, arrivedIn: range, whollyInside: inside)
            }
            if !read { unreadable.append(bucket) }
        }
    }

    /// Two connections: the two periods are read side by side, each on its own.
    public var readsConcurrently: Bool { true }

    public func patronsFirstSeen(from: Date, to: Date) throws -> PatronIDSet? {
        try withReportConnection { connection in try connection.withSession { session in
            var set = PatronIDSet()
            for row in try session.query("""
                SELECT patron_id FROM patron_first WHERE first_arrived >= \(from.timeIntervalSince1970) AND first_arrived < \(to.timeIntervalSince1970)
                """) {
                set.insert(try row.decode(Int64.self))
            }
            return set
        } }
    }
}
