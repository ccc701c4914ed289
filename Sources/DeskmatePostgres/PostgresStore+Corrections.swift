import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

/// Corrections of saved encounters, each with its line in the trail.
extension PostgresStore {
    public func correctEncounter(id: Int64, _ correction: EncounterCorrection, at: Date) throws -> Encounter {
        let staff = try InputLimits.check(correction.staff, field: "staff initials", limit: InputLimits.staff)
        return try write { session in
            guard var old = try session.query("""
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE id = \(id) FOR UPDATE
                """).first.map(PostgresRows.encounter) else { throw StoreError.notFound("Encounter \(id)") }
            old.followUp = try session.query("""
                SELECT \(unescaped: PostgresRows.followUpColumns) FROM follow_up WHERE encounter_id = \(id) LIMIT 1
                """).first.map { try PostgresRows.followUp($0) }
            var (new, fields) = try correction.applied(to: old)
            guard !fields.isEmpty else { return old }
            try session.query("""
                UPDATE encounter SET kind = \(new.kind.rawValue), mode = \(new.mode.rawValue),
                    read = \(new.read.map { Int64($0.rawValue) }), note = \(new.note),
                    note_folded = \(NoteSearchWords.indexed(new.note)) WHERE id = \(id)
                """)
            switch (old.followUp, new.followUp) {
            case (let before?, nil):
                try session.query("DELETE FROM follow_up WHERE id = \(before.id)")
            case (_?, let after?):
                try session.query("UPDATE follow_up SET promise = \(after.promise), due = \(after.due) WHERE id = \(after.id)")
            case (nil, var after?):
                let rows = try session.query("""
                    INSERT INTO follow_up (encounter_id, promise, due) VALUES (\(id), \(after.promise), \(after.due)) RETURNING id
                    """)
                after.id = try rows.first?.decode(Int64.self) ?? 0
                new.followUp = after
            case (nil, nil):
                break
            }
            try session.query("""
                INSERT INTO encounter_change (encounter_id, at, staff, fields)
                VALUES (\(id), \(at.timeIntervalSince1970), \(staff), \(EncounterChange.encode(fields)))
                """)
            return new
        }
    }

    public func encounterChanges(id: Int64) throws -> [EncounterChange] {
        try read { session in
            try session.query("SELECT at, staff, fields FROM encounter_change WHERE encounter_id = \(id) ORDER BY at, id").map { row in
                let (at, staff, fields) = try row.decode((Double, String, String).self)
                return EncounterChange(at: PostgresRows.date(at) ?? Date(timeIntervalSince1970: 0), staff: staff,
                                       fields: EncounterChange.decode(fields))
            }
        }
    }
}
