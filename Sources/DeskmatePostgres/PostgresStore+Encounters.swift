import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    /// Records a closed encounter, updates the patron's last visit and visit
    /// score and, when the encounter began as a running timer, removes that
    /// timer — all in one transaction, as the SQLite store does.
    ///
    /// A draft whose `clientID` is already stored gets the stored encounter
    /// back and nothing is written (but the timer, if any, is removed). Two
    /// desks sending the same draft at once: the insert is `ON CONFLICT DO
    /// NOTHING`, which waits for the other transaction, so the loser finds
    /// the winner's row and returns that.
    public func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter {
        let checked = try CheckedEncounterDraft(draft)
        return try write { session in
            func stored() throws -> Encounter? {
                guard let clientID = draft.clientID else { return nil }
                guard let encounter = try Self.encounters(session, """
                    SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE client_id = \(clientID)
                    """).first else { return nil }
                if let timerID { try session.query("DELETE FROM timer WHERE id = \(timerID)") }
                return encounter
            }
            if let encounter = try stored() { return encounter }
            if let patronID = draft.patronID {
                guard try Self.fetchPatron(session, id: patronID, forUpdate: true) != nil else {
                    throw StoreError.notFound("Patron \(patronID)")
                }
            }
            let read = draft.read.map { Int64($0.rawValue) }
            let rows = try session.query("""
                INSERT INTO encounter (patron_id, desk, branch, staff, mode, kind, read, arrived, served, closed, note, client_id,
                                       note_folded)
                VALUES (\(draft.patronID), \(checked.desk), \(checked.branch), \(checked.staff), \(draft.mode.rawValue),
                        \(draft.kind.rawValue), \(read), \(draft.arrived.timeIntervalSince1970),
                        \(checked.served.timeIntervalSince1970), \(draft.closed.timeIntervalSince1970), \(checked.note),
                        \(draft.clientID), \(NoteSearchWords.indexed(checked.note)))
                ON CONFLICT (client_id) DO NOTHING
                RETURNING id
                """)
            guard let id = try rows.first?.decode(Int64.self) else {
                if let encounter = try stored() { return encounter }
                throw StoreError.failed("The server did not return the new encounter's number.")
            }
            var followUp: FollowUp?
            if let promise = checked.promise, !promise.isEmpty {
                let due = draft.followUp?.due
                let rows = try session.query("""
                    INSERT INTO follow_up (encounter_id, promise, due) VALUES (\(id), \(promise), \(due)) RETURNING id
                    """)
                followUp = FollowUp(id: try rows.first?.decode(Int64.self) ?? 0, encounterID: id, promise: promise, due: due)
            }
            if let patronID = draft.patronID {
                let rows = try session.query("""
                    UPDATE patron SET visit_count = visit_count + 1,
                        last_seen = greatest(coalesce(last_seen, 0), \(draft.arrived.timeIntervalSince1970))
                    WHERE id = \(patronID) RETURNING last_seen, visit_count
                    """)
                if let row = rows.first { try Self.rescore(session, patronID: patronID, row) }
            }
            if let timerID {
                try session.query("DELETE FROM timer WHERE id = \(timerID)")
            }
            return checked.encounter(id: id, followUp: followUp)
        }
    }

    /// Keeps the patron's visit score — in `patron.rank` and in their index
    /// rows — in step with a changed last visit or visit count (the SQLite
    /// store's trigger does this there; here Swift computes the same formula).
    static func rescore(_ session: BlockingPostgresConnection.Session, patronID: Int64, _ row: PostgresRow) throws {
        let (lastSeen, visits) = try row.decode((Double?, Int64).self)
        let score = VisitScore.score(lastSeen: lastSeen, visits: Int(visits))
        try session.query("UPDATE patron SET rank = \(score) WHERE id = \(patronID)")
        try session.query("UPDATE name_posting SET score = \(score) WHERE patron_id = \(patronID)")
    }

    public func deleteEncounter(id: Int64) throws {
        try write { session in
            let rows = try session.query("SELECT patron_id FROM encounter WHERE id = \(id)")
            guard let row = rows.first else { throw StoreError.notFound("Encounter \(id)") }
            let patronID = try row.decode(Int64?.self)
            if let patronID { _ = try Self.fetchPatron(session, id: patronID, forUpdate: true) }
            try session.query("DELETE FROM encounter WHERE id = \(id)")
            if let patronID {
                // The patron's last visit is whatever remains.
                let rows = try session.query("""
                    UPDATE patron SET visit_count = greatest(visit_count - 1, 0),
                        last_seen = (SELECT max(arrived) FROM encounter WHERE patron_id = \(patronID))
                    WHERE id = \(patronID) RETURNING last_seen, visit_count
                    """)
                if let row = rows.first { try Self.rescore(session, patronID: patronID, row) }
            }
        }
    }

    public func history(patronID: Int64, limit: Int) throws -> [Encounter] {
        try read { session in
            try Self.encounters(session, """
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE patron_id = \(patronID)
                ORDER BY arrived DESC, id DESC LIMIT \(Int64(max(limit, 0)))
                """)
        }
    }

    public func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter] {
        try encounters(arrivedFrom: arrivedFrom, to: to, at: .all)
    }

    public func encounters(arrivedFrom: Date, to: Date, at desk: DeskScope) throws -> [Encounter] {
        try read { session in
            try Self.encounters(session, """
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter
                WHERE arrived >= \(arrivedFrom.timeIntervalSince1970) AND arrived < \(to.timeIntervalSince1970)
                AND (\(desk.name)::text IS NULL OR desk = \(desk.name)) AND (\(desk.branchName)::text IS NULL OR branch = \(desk.branchName))
                ORDER BY arrived, id
                """)
        }
    }

    /// One statement, one probe of `encounter_patron (patron_id, arrived)`
    /// per patron that stops at the first earlier encounter — not a read of
    /// every encounter of every patron (a day's summary asks about thousands).
    public func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64> {
        guard !patronIDs.isEmpty else { return [] }
        return try read { session in
            let rows = try session.query("""
                SELECT p.id FROM unnest(\(Array(patronIDs))::bigint[]) AS p(id)
                WHERE EXISTS (SELECT 1 FROM encounter e WHERE e.patron_id = p.id AND e.arrived < \(date.timeIntervalSince1970))
                """)
            return Set(try rows.map { try $0.decode(Int64.self) })
        }
    }

    /// Encounters with their follow-ups attached.
    static func encounters(_ session: BlockingPostgresConnection.Session, _ query: PostgresQuery) throws -> [Encounter] {
        var encounters = try session.query(query).map(PostgresRows.encounter)
        guard !encounters.isEmpty else { return [] }
        let ids = encounters.map(\.id)
        encounters.attach(try session.query("""
            SELECT \(unescaped: PostgresRows.followUpColumns) FROM follow_up WHERE encounter_id = ANY(\(ids))
            """).map { try PostgresRows.followUp($0) })
        return encounters
    }

    public func followUps(openOnly: Bool) throws -> [OwedFollowUp] {
        try read { session in
            let rows = try session.query("""
                SELECT e.id, e.patron_id, e.desk, e.staff, e.mode, e.kind, e.read, e.arrived, e.served, e.closed, e.note, e.branch,
                       f.id, f.encounter_id, f.promise, f.due, f.kept_at
                FROM follow_up f JOIN encounter e ON e.id = f.encounter_id
                \(unescaped: openOnly ? "WHERE f.kept_at IS NULL" : "")
                ORDER BY f.kept_at IS NOT NULL, coalesce(f.due, '9999') COLLATE "C", e.arrived
                """)
            let owed = try rows.map { row in
                var encounter = try PostgresRows.encounter(row)
                let followUp = try PostgresRows.followUp(row, from: 12)
                encounter.followUp = followUp
                return (followUp, encounter)
            }
            // Their patrons in one statement, not one round trip each.
            let patrons = try Self.fetchPatrons(session, ids: Array(Set(owed.compactMap(\.1.patronID))))
            return owed.map { OwedFollowUp(followUp: $0.0, encounter: $0.1, patron: $0.1.patronID.flatMap { patrons[$0] }) }
        }
    }

    public func keepFollowUp(id: Int64, at: Date) throws -> FollowUp {
        try write { session in
            let rows = try session.query("""
                SELECT \(unescaped: PostgresRows.followUpColumns) FROM follow_up WHERE id = \(id) FOR UPDATE
                """)
            guard let row = rows.first else { throw StoreError.notFound("Follow-up \(id)") }
            var followUp = try PostgresRows.followUp(row)
            if followUp.keptAt == nil {
                try session.query("UPDATE follow_up SET kept_at = \(at.timeIntervalSince1970) WHERE id = \(id)")
                followUp.keptAt = at
            }
            return followUp
        }
    }

    public func reopenFollowUp(id: Int64) throws -> FollowUp {
        try write { session in
            let rows = try session.query("""
                UPDATE follow_up SET kept_at = NULL WHERE id = \(id) RETURNING \(unescaped: PostgresRows.followUpColumns)
                """)
            guard let row = rows.first else { throw StoreError.notFound("Follow-up \(id)") }
            return try PostgresRows.followUp(row)
        }
    }

    public func encounter(id: Int64) throws -> Encounter? {
        try read { session in
            guard var found = try session.query("""
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE id = \(id)
                """).first.map(PostgresRows.encounter) else { return nil }
            found.followUp = try session.query("""
                SELECT \(unescaped: PostgresRows.followUpColumns) FROM follow_up WHERE encounter_id = \(id) LIMIT 1
                """).first.map { try PostgresRows.followUp($0) }
            return found
        }
    }

    /// Encounters before `date` keep only their counts; the rows' old text is
    /// gone from every query at once, and from the table files at the next vacuum.
    public func purge(arrivedBefore date: Date) throws -> Int {
        try write { session in
            let cutoff = date.timeIntervalSince1970
            try session.query("""
                DELETE FROM follow_up WHERE encounter_id IN (SELECT id FROM encounter WHERE arrived < \(cutoff))
                """)
            let rows = try session.query("""
                WITH changed AS (
                    UPDATE encounter SET patron_id = NULL, note = '', note_folded = ''
                    WHERE arrived < \(cutoff) AND (patron_id IS NOT NULL OR note <> '')
                    RETURNING 1
                )
                SELECT count(*) FROM changed
                """)
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }
}
