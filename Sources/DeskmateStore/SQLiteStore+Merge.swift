import DeskmateCore
import Foundation
import GRDB
import NameMatching

extension SQLiteStore {
    public func mergePatrons(keep: Int64, other: Int64) throws -> Patron {
        let merged = try write { db in
            guard let kept = try Self.fetchPatron(db, id: keep) else { throw StoreError.notFound("Patron \(keep)") }
            guard let gone = try Self.fetchPatron(db, id: other) else { throw StoreError.notFound("Patron \(other)") }
            let merged = try PatronMerge.merged(keep: kept, other: gone)
            try db.execute(sql: "UPDATE encounter SET patron_id = ? WHERE patron_id = ?", arguments: [keep, other])
            try db.execute(sql: "UPDATE timer SET patron_id = ? WHERE patron_id = ?", arguments: [keep, other])
            try NameIndexTables.remove(db, patronID: other)
            try db.execute(sql: "DELETE FROM patron WHERE id = ?", arguments: [other])
            // The visit score follows last_seen and visit_count (a trigger).
            try db.execute(
                sql: """
                    UPDATE patron SET preferred_name = ?, pronunciation = ?, notes = ?, folded = ?, created = ?,
                        visit_count = ?, last_seen = ? WHERE id = ?
                    """,
                arguments: [merged.preferredName, merged.pronunciation, merged.notes,
                            NameFolding.foldPatron(name: merged.name, preferredName: merged.preferredName),
                            merged.created.timeIntervalSince1970, merged.visitCount, merged.lastSeen?.timeIntervalSince1970, keep])
            try NameIndexTables.index(db, patronID: keep, name: merged.name, preferredName: merged.preferredName)
            return merged
        }
        try wipeRemovedText(done: "Patron \(other) is merged into \(keep)")
        return merged
    }
}
