import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    public func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron {
        let fields = try CheckedPatron(draft, requireName: true)
        return try write { session in
            let rows = try session.query("""
                INSERT INTO patron (name, preferred_name, pronunciation, notes, created, folded, rank)
                VALUES (\(fields.name ?? ""), \(fields.preferredName), \(fields.pronunciation), \(fields.notes),
                        \(now.timeIntervalSince1970), \(fields.folded), \(VisitScore.score(lastSeen: nil, visits: 0)))
                RETURNING id
                """)
            guard let id = try rows.first?.decode(Int64.self) else { throw StoreError.failed("The server did not return the new patron's number.") }
            try PostgresNameIndex.index(session, patronID: id, folded: fields.folded, score: VisitScore.score(lastSeen: nil, visits: 0))
            return Patron(id: id, name: fields.name ?? "", preferredName: fields.preferredName,
                          pronunciation: fields.pronunciation, notes: fields.notes, created: now)
        }
    }

    public func patron(id: Int64) throws -> Patron? {
        try read { session in try Self.fetchPatron(session, id: id) }
    }

    public func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron {
        let fields = try CheckedPatron(draft, requireName: false)
        return try write { session in
            guard var patron = try Self.fetchPatron(session, id: id, forUpdate: true) else { throw StoreError.notFound("Patron \(id)") }
            if let name = fields.name { patron.name = name }
            if draft.preferredName != nil { patron.preferredName = fields.preferredName }
            if draft.pronunciation != nil { patron.pronunciation = fields.pronunciation }
            if draft.notes != nil { patron.notes = fields.notes }
            let folded = CheckedPatron.fold(patron.name, patron.preferredName)
            let rows = try session.query("""
                UPDATE patron SET name = \(patron.name), preferred_name = \(patron.preferredName),
                    pronunciation = \(patron.pronunciation), notes = \(patron.notes), folded = \(folded)
                WHERE id = \(id) RETURNING rank
                """)
            let score = try rows.first?.decode(Double.self) ?? 0
            try PostgresNameIndex.remove(session, patronID: id)
            try PostgresNameIndex.index(session, patronID: id, folded: folded, score: score)
            return patron
        }
    }

    /// Deletes the patron's row and index rows at once; their encounters stay
    /// only as anonymous counts (no link, no note, no promise). PostgreSQL
    /// keeps the dead row versions in its files until a vacuum.
    public func forgetPatron(id: Int64) throws {
        try write { session in
            guard try Self.fetchPatron(session, id: id, forUpdate: true) != nil else { throw StoreError.notFound("Patron \(id)") }
            try session.query("""
                DELETE FROM follow_up WHERE encounter_id IN (SELECT id FROM encounter WHERE patron_id = \(id))
                """)
            try session.query("UPDATE encounter SET patron_id = NULL, note = '' WHERE patron_id = \(id)")
            try session.query("UPDATE timer SET patron_id = NULL WHERE patron_id = \(id)")
            try PostgresNameIndex.remove(session, patronID: id)
            try session.query("DELETE FROM patron WHERE id = \(id)")
        }
    }
}

/// A patron draft checked against the input limits and folded for
/// matching, exactly as the SQLite store checks it (same fields, same
/// limits, same messages).
struct CheckedPatron {
    var name: String?
    var preferredName: String?
    var pronunciation: String?
    var notes: String?
    var folded: String

    init(_ draft: PatronDraft, requireName: Bool) throws(StoreError) {
        if let name = draft.name {
            let checked = try InputLimits.check(name, field: "name", limit: InputLimits.name)
            guard !checked.isEmpty else { throw .invalidInput("The name is empty.") }
            self.name = checked
        } else if requireName {
            throw .invalidInput("The name is empty.")
        }
        preferredName = try Self.optional(draft.preferredName, field: "preferred name", limit: InputLimits.name)
        pronunciation = try Self.optional(draft.pronunciation, field: "pronunciation", limit: InputLimits.pronunciation)
        notes = try Self.optional(draft.notes, field: "notes", limit: InputLimits.patronNotes)
        folded = Self.fold(name ?? "", preferredName)
    }

    static func optional(_ text: String?, field: String, limit: Int) throws(StoreError) -> String? {
        guard let text else { return nil }
        let checked = try InputLimits.check(text, field: field, limit: limit)
        return checked.isEmpty ? nil : checked
    }

    static func fold(_ name: String, _ preferred: String?) -> String {
        NameFolding.fold(name + " " + (preferred ?? ""))
    }
}
