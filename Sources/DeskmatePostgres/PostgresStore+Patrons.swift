import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    public func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron {
        let fields = try CheckedPatronDraft(draft, requireName: true)
        return try write { session in
            let rows = try session.query("""
                INSERT INTO patron (name, preferred_name, pronunciation, notes, created, folded, rank)
                VALUES (\(fields.name ?? ""), \(fields.preferredName), \(fields.pronunciation), \(fields.notes),
                        \(now.timeIntervalSince1970), \(NameFolding.foldPatron(name: fields.name ?? "", preferredName: fields.preferredName)), \(VisitScore.score(lastSeen: nil, visits: 0)))
                RETURNING id
                """)
            guard let id = try rows.first?.decode(Int64.self) else { throw StoreError.failed("The server did not return the new patron's number.") }
            try PostgresNameIndex.index(session, patronID: id, folded: NameFolding.foldPatron(name: fields.name ?? "", preferredName: fields.preferredName), score: VisitScore.score(lastSeen: nil, visits: 0))
            return Patron(id: id, name: fields.name ?? "", preferredName: fields.preferredName,
                          pronunciation: fields.pronunciation, notes: fields.notes, created: now)
        }
    }

    public func patron(id: Int64) throws -> Patron? {
        try read { session in try Self.fetchPatron(session, id: id) }
    }

    public func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron {
        let fields = try CheckedPatronDraft(draft, requireName: false)
        return try write { session in
            guard var patron = try Self.fetchPatron(session, id: id, forUpdate: true) else { throw StoreError.notFound("Patron \(id)") }
            if let name = fields.name { patron.name = name }
            if draft.preferredName != nil { patron.preferredName = fields.preferredName }
            if draft.pronunciation != nil { patron.pronunciation = fields.pronunciation }
            if draft.notes != nil { patron.notes = fields.notes }
            let folded = NameFolding.foldPatron(name: patron.name, preferredName: patron.preferredName)
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
            try session.query("UPDATE encounter SET patron_id = NULL, note = '', note_folded = '' WHERE patron_id = \(id)")
            try session.query("UPDATE timer SET patron_id = NULL WHERE patron_id = \(id)")
            try PostgresNameIndex.remove(session, patronID: id)
            try session.query("DELETE FROM patron WHERE id = \(id)")
        }
    }
}
