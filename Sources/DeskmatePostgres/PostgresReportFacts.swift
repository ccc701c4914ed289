import DeskmateCore
import Foundation
import PostgresNIO

/// What makes a year's report fast on the shared store, as on a file
/// (`ReportFactsTable` in DeskmateStore): each desk's encounters of each
/// hour packed as `EncounterFacts` (`report_facts`), and each patron's
/// first encounter (`patron_first`), so a report reads a few thousand
/// packed rows instead of millions of encounters.
///
/// What keeps them true, in the same transaction as every write:
/// statement-level triggers (one pass over a statement's rows, so a copy's
/// multi-row inserts stay fast) mark the hour of any encounter inserted,
/// deleted or changed as stale and correct `patron_first` — whatever client
/// made the change — and every write of `PostgresStore` ends by repacking
/// the stale hours (`refresh`). A report reads an hour still marked stale
/// (a change made with psql, say) from its encounters.
///
/// The hour of an encounter is `deskmate_report_hour(arrived)`: the floor
/// of arrived / 3600, or 0 for an instant the store reads as 1970
/// (`PostgresRows.date`), so an hour holds exactly the encounters whose
/// decoded `arrived` lies in it. The stale mark of an hour is also what
/// orders two desks repacking it: the second waits on the first's mark.
///
/// Only numbers are packed (times, codes, patron ids): no name, no note.
/// A forgotten patron's encounters are changed, so their hours are
/// repacked without the id in the same transaction.
enum PostgresReportFacts {
    /// Past this many stale hours, one pass over every encounter repacks
    /// them instead of a query per hour (a migration, a copied store).
    static let bulkThreshold = 2_000
    /// Rows fetched at a time by the one pass.
    static let passPage = 20_000

    static let migration = """
        CREATE FUNCTION deskmate_report_hour(arrived double precision) RETURNS bigint
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN CASE WHEN abs(arrived) < 253402300800 THEN floor(arrived / 3600)::bigint ELSE 0 END;
        CREATE TABLE report_facts (
            hour bigint NOT NULL, branch text NOT NULL, desk text NOT NULL, encounters bigint NOT NULL,
            facts bytea NOT NULL, PRIMARY KEY (hour, branch, desk));
        -- Out of line and not compressed: packed doubles do not compress, and a report reads them all.
        ALTER TABLE report_facts ALTER COLUMN facts SET STORAGE EXTERNAL;
        CREATE TABLE report_facts_stale (
            hour bigint NOT NULL, branch text NOT NULL, desk text NOT NULL, PRIMARY KEY (hour, branch, desk));
        CREATE TABLE patron_first (patron_id bigint PRIMARY KEY, first_arrived double precision NOT NULL);
        CREATE INDEX patron_first_arrived ON patron_first(first_arrived);
        CREATE INDEX encounter_shown_whole ON encounter(arrived) WHERE kind IN ('complaint', 'suggestion');
        CREATE FUNCTION deskmate_patron_first_again(ids bigint[]) RETURNS void
            LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        BEGIN
            DELETE FROM patron_first WHERE patron_id = ANY(ids);
            INSERT INTO patron_first (patron_id, first_arrived)
                SELECT patron_id, min(arrived) FROM encounter WHERE patron_id = ANY(ids) GROUP BY patron_id;
        END $$;
        \(triggerFunction("deskmate_report_inserted", """
            \(markingStale(from: "inserted"))
                INSERT INTO patron_first (patron_id, first_arrived)
                    SELECT patron_id, min(arrived) FROM inserted WHERE patron_id IS NOT NULL GROUP BY patron_id
                    ON CONFLICT (patron_id) DO UPDATE SET first_arrived = least(patron_first.first_arrived, excluded.first_arrived);
            """))
        \(triggerFunction("deskmate_report_deleted", """
            \(markingStale(from: "deleted"))
                PERFORM deskmate_patron_first_again(ARRAY(SELECT DISTINCT patron_id FROM deleted WHERE patron_id IS NOT NULL));
            """))
        \(triggerFunction("deskmate_report_updated", declaring: "ids bigint[]", """
                -- Only rows whose counted columns changed (not a note's edit).
                WITH changed AS MATERIALIZED (
                    (SELECT \(countedColumns) FROM old_rows EXCEPT ALL SELECT \(countedColumns) FROM new_rows)
                    UNION ALL
                    (SELECT \(countedColumns) FROM new_rows EXCEPT ALL SELECT \(countedColumns) FROM old_rows)),
                marked AS (
                    INSERT INTO report_facts_stale SELECT DISTINCT deskmate_report_hour(arrived), branch, desk FROM changed
                    ON CONFLICT DO NOTHING)
                SELECT ARRAY(SELECT DISTINCT patron_id FROM changed WHERE patron_id IS NOT NULL) INTO ids;
                PERFORM deskmate_patron_first_again(ids);
            """))
        \(triggerFunction("deskmate_report_patron_gone", """
                DELETE FROM patron_first WHERE patron_id IN (SELECT id FROM gone);
            """))
        \(triggerFunction("deskmate_report_truncated", """
                DELETE FROM report_facts;
                DELETE FROM report_facts_stale;
                DELETE FROM patron_first;
            """))
        CREATE TRIGGER report_facts_insert AFTER INSERT ON encounter REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION deskmate_report_inserted();
        CREATE TRIGGER report_facts_delete AFTER DELETE ON encounter REFERENCING OLD TABLE AS deleted
            FOR EACH STATEMENT EXECUTE FUNCTION deskmate_report_deleted();
        CREATE TRIGGER report_facts_update AFTER UPDATE ON encounter REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION deskmate_report_updated();
        CREATE TRIGGER report_facts_truncate AFTER TRUNCATE ON encounter
            FOR EACH STATEMENT EXECUTE FUNCTION deskmate_report_truncated();
        CREATE TRIGGER report_facts_patron_gone AFTER DELETE ON patron REFERENCING OLD TABLE AS gone
            FOR EACH STATEMENT EXECUTE FUNCTION deskmate_report_patron_gone();
        INSERT INTO patron_first (patron_id, first_arrived)
            SELECT patron_id, min(arrived) FROM encounter WHERE patron_id IS NOT NULL GROUP BY patron_id;
        INSERT INTO report_facts_stale SELECT DISTINCT deskmate_report_hour(arrived), branch, desk FROM encounter
        """

    /// A statement-level trigger function of the migration: its body, then
    /// `RETURN NULL` (an AFTER trigger's result is ignored).
    private static func triggerFunction(_ name: String, declaring variables: String? = nil, _ body: String) -> String {
        """
        CREATE FUNCTION \(name)() RETURNS trigger
            LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        \(variables.map { "DECLARE \($0);\n" } ?? "")BEGIN
        \(body)
            RETURN NULL;
        END $$;
        """
    }

    /// Marks the hours of the encounters in a trigger's transition table stale.
    private static func markingStale(from rows: String) -> String {
        "    INSERT INTO report_facts_stale SELECT DISTINCT deskmate_report_hour(arrived), branch, desk FROM \(rows)\n"
            + "        ON CONFLICT DO NOTHING;"
    }

    /// The columns a report counts: a change to any other (a note) leaves the packed hour true.
    private static let countedColumns = "id, patron_id, desk, branch, mode, kind, read, arrived, served, closed"

    struct Bucket: Hashable {
        var hour: Int64
        var branch: String
        var desk: String
    }

    /// Repacks every stale hour from its encounters and clears its mark.
    /// Only the marks this transaction deletes are repacked: a mark another
    /// desk commits meanwhile stays for the next write.
    /// (`bulkThreshold` is a parameter for the tests of the one pass.)
    static func refresh(_ session: BlockingPostgresConnection.Session, bulkThreshold: Int = bulkThreshold) throws {
        let stale = try session.query("DELETE FROM report_facts_stale RETURNING hour, branch, desk").map { row in
            let (hour, branch, desk) = try row.decode((Int64, String, String).self)
            return Bucket(hour: hour, branch: branch, desk: desk)
        }
        guard !stale.isEmpty else { return }
        if stale.count > bulkThreshold {
            try repackInOnePass(session, only: Set(stale))
        } else {
            try store(session, facts(session, of: stale, arrivedIn: -Double.infinity..<Double.infinity), buckets: stale)
        }
    }

    /// The encounters' facts of each bucket (empty buckets left out), in
    /// the order of arrival, then id.
    static func facts(
        _ session: BlockingPostgresConnection.Session, of buckets: [Bucket], arrivedIn range: Range<Double>
    ) throws -> [Bucket: EncounterFacts] {
        guard !buckets.isEmpty else { return [:] }
        // Hour 0 also holds the instants the store reads as 1970: found by
        // the hour alone (no index helps; such rows are mistakes).
        let ranged = buckets.filter { $0.hour != 0 }, zero = buckets.filter { $0.hour == 0 }
        var out: [Bucket: EncounterFacts] = [:]
        func collect(_ rows: [PostgresRow]) throws {
            for row in rows {
                let e = try PostgresRows.encounter(row)
                guard range.contains(e.arrived.timeIntervalSince1970) else { continue }
                let hour = try row.makeRandomAccess()[12].decode(Int64.self)
                out[Bucket(hour: hour, branch: e.branch, desk: e.desk), default: EncounterFacts(desk: e.desk, branch: e.branch)].append(e)
            }
        }
        if !ranged.isEmpty {
            try collect(session.query("""
                SELECT \(unescaped: factColumns("e")), s.h FROM unnest(\(ranged.map(\.hour))::bigint[], \(ranged.map(\.branch))::text[],
                    \(ranged.map(\.desk))::text[]) AS s(h, b, d)
                CROSS JOIN LATERAL (SELECT * FROM encounter e WHERE e.arrived >= (s.h * 3600 - 1)::float8 AND e.arrived < (s.h * 3600 + 3601)::float8
                    AND deskmate_report_hour(e.arrived) = s.h AND e.branch = s.b AND e.desk = s.d) e
                ORDER BY s.h, s.b, s.d, e.arrived, e.id
                """))
        }
        if !zero.isEmpty {
            try collect(session.query("""
                SELECT \(unescaped: factColumns("encounter")), 0::bigint FROM encounter
                WHERE deskmate_report_hour(arrived) = 0 AND (branch, desk) IN (SELECT * FROM unnest(\(zero.map(\.branch))::text[], \(zero.map(\.desk))::text[]))
                ORDER BY arrived, id
                """))
        }
        return out
    }

    /// `PostgresRows.encounterColumns` with the staff and the note left
    /// empty: facts count neither, and the note is most of a row's bytes.
    static func factColumns(_ table: String) -> String {
        "\(table).id, \(table).patron_id, \(table).desk, ''::text, \(table).mode, \(table).kind, \(table).read, "
            + "\(table).arrived, \(table).served, \(table).closed, ''::text, \(table).branch"
    }

    /// Writes the packed facts of `buckets` (a bucket with none is deleted),
    /// many rows a statement.
    static func store(_ session: BlockingPostgresConnection.Session, _ facts: [Bucket: EncounterFacts], buckets: [Bucket]) throws {
        var insert = RowsInsert("report_facts", ["hour", "branch", "desk", "encounters", "facts"],
                                suffix: "ON CONFLICT (hour, branch, desk) DO UPDATE SET encounters = excluded.encounters, facts = excluded.facts")
        var empty: [Bucket] = []
        for bucket in buckets {
            guard let f = facts[bucket], f.count > 0 else { empty.append(bucket); continue }
            try insert.add(session) { b in
                b.append(bucket.hour); b.append(bucket.branch); b.append(bucket.desk); b.append(Int64(f.count))
                b.append(ByteBuffer(bytes: f.encoded()))
            }
        }
        try insert.flush(session)
        guard !empty.isEmpty else { return }
        try session.query("""
            DELETE FROM report_facts WHERE (hour, branch, desk) IN (
                SELECT * FROM unnest(\(empty.map(\.hour))::bigint[], \(empty.map(\.branch))::text[], \(empty.map(\.desk))::text[]))
            """)
    }

    /// Every stale hour repacked in one pass over the encounters in the
    /// order of their hour, through a cursor: an hour is written once the
    /// next begins, so memory holds a page of rows and one hour's facts.
    static func repackInOnePass(_ session: BlockingPostgresConnection.Session, only stale: Set<Bucket>) throws {
        // Only the span the stale hours cover (a purge of last year reads last
        // year), a second either side; hour 0 (instants read as 1970) can be
        // anywhere, so it asks for every encounter.
        let hours = stale.map(\.hour)
        let span = hours.contains(0) ? "" : """
            WHERE arrived >= \((hours.min() ?? 0) * 3600 - 1) AND arrived < \(((hours.max() ?? 0) + 1) * 3600 + 1)
            """
        try session.execute("""
            DECLARE deskmate_pass NO SCROLL CURSOR FOR SELECT \(factColumns("encounter")), deskmate_report_hour(arrived) AS h
            FROM encounter \(span) ORDER BY h, arrived, id
            """)
        var current: [Bucket: EncounterFacts] = [:], hour = Int64.min, written = Set<Bucket>()
        func flush() throws {
            try store(session, current, buckets: Array(current.keys))
            written.formUnion(current.keys)
            current.removeAll(keepingCapacity: true)
        }
        while true {
            let rows = try session.query("FETCH \(unescaped: String(passPage)) FROM deskmate_pass", seconds: 600)
            if rows.isEmpty { break }
            for row in rows {
                let e = try PostgresRows.encounter(row)
                let h = try row.makeRandomAccess()[12].decode(Int64.self)
                let bucket = Bucket(hour: h, branch: e.branch, desk: e.desk)
                guard stale.contains(bucket) else { continue }
                if h != hour {
                    try flush()
                    hour = h
                }
                current[bucket, default: EncounterFacts(desk: e.desk, branch: e.branch)].append(e)
            }
        }
        try flush()
        try session.execute("CLOSE deskmate_pass")
        // Hours with no encounter left: their packed rows go.
        try store(session, [:], buckets: Array(stale.subtracting(written)))
    }
}
