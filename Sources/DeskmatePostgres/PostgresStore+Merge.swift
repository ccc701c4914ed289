import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    public func mergePatrons(keep: Int64, other: Int64) throws -> Patron {
        try write { session in
            // Lock both rows in id order, so two desks merging at once cannot deadlock.
            var locked: [Int64: Patron] = [:]
            for id in [keep, other].sorted() { locked[id] = try Self.fetchPatron(session, id: id, forUpdate: true) }
            guard let kept = locked[keep] else { throw StoreError.notFound("Patron \(keep)") }
            guard let gone = locked[other] else { throw StoreError.notFound("Patron \(other)") }
            let merged = try PatronMerge.merged(keep: kept, other: gone)
            try session.query("UPDATE encounter SET patron_id = \(keep) WHERE patron_id = \(other)")
            try session.query("UPDATE timer SET patron_id = \(keep) WHERE patron_id = \(other)")
            try PostgresNameIndex.remove(session, patronID: other)
            try session.query("DELETE FROM patron WHERE id = \(other)")
            let folded = NameFolding.foldPatron(name: merged.name, preferredName: merged.preferredName)
            let score = VisitScore.score(lastSeen: merged.lastSeen?.timeIntervalSince1970, visits: merged.visitCount)
            try session.query("""
                UPDATE patron SET preferred_name = \(merged.preferredName), pronunciation = \(merged.pronunciation),
                    notes = \(merged.notes), folded = \(folded), created = \(merged.created.timeIntervalSince1970),
                    visit_count = \(Int64(merged.visitCount)), last_seen = \(merged.lastSeen?.timeIntervalSince1970), rank = \(score)
                WHERE id = \(keep)
                """)
            try PostgresNameIndex.remove(session, patronID: keep)
            try PostgresNameIndex.index(session, patronID: keep, folded: folded, score: score)
            return merged
        }
    }
}
