import DeskmateCore
import Foundation
import GRDB

/// Corrections of saved encounters, each with its line in the trail.
extension SQLiteStore {
    public func correctEncounter(id: Int64, _ correction: EncounterCorrection, at: Date) throws -> Encounter {
        let staff = try InputLimits.check(correction.staff, field: "staff initials", limit: InputLimits.staff)
        var removedText = false
        let corrected = try write { db in
            guard let old = try Self.encounters(db, sql: "SELECT * FROM encounter WHERE id = ?", arguments: [id]).first else {
                throw StoreError.notFound("Encounter \(id)")
            }
            var (new, fields) = try correction.applied(to: old)
            guard !fields.isEmpty else { return old }
            try db.execute(sql: "UPDATE encounter SET kind = ?, mode = ?, read = ?, note = ? WHERE id = ?",
                           arguments: [new.kind.rawValue, new.mode.rawValue, new.read?.rawValue, new.note, id])
            // The trigger took the old note out of the search; the new one goes in.
            if new.note != old.note {
                try NoteSearchTable.index(db, encounterID: id, note: new.note)
                // The old note's words leave the index's segments, not only its search.
                try NoteSearchTable.optimize(db)
            }
            switch (old.followUp, new.followUp) {
            case (let before?, nil):
                try db.execute(sql: "DELETE FROM follow_up WHERE id = ?", arguments: [before.id])
            case (_?, let after?):
                try db.execute(sql: "UPDATE follow_up SET promise = ?, due = ? WHERE id = ?",
                               arguments: [after.promise, after.due, after.id])
            case (nil, var after?):
                try db.execute(sql: "INSERT INTO follow_up (encounter_id, promise, due) VALUES (?, ?, ?)",
                               arguments: [id, after.promise, after.due])
                after.id = db.lastInsertedRowID
                new.followUp = after
            case (nil, nil):
                break
            }
            try db.execute(sql: "INSERT INTO encounter_change (encounter_id, at, staff, fields) VALUES (?, ?, ?, ?)",
                           arguments: [id, at.timeIntervalSince1970, staff, EncounterChange.encode(fields)])
            removedText = fields.contains { $0.name == "note" || $0.name == "followUp" }
            return new
        }
        // A note or promise staff corrected away lingers in neither file.
        if removedText { try wipeRemovedText(done: "The encounter is corrected") }
        return corrected
    }

    public func encounterChanges(id: Int64) throws -> [EncounterChange] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT at, staff, fields FROM encounter_change WHERE encounter_id = ? ORDER BY at, id",
                             arguments: [id]).map { row in
                EncounterChange(at: RowDecoding.date(row["at"]) ?? Date(timeIntervalSince1970: 0), staff: row["staff"],
                                fields: EncounterChange.decode(row["fields"]))
            }
        }
    }
}
