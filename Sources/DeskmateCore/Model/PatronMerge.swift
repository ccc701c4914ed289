import Foundation

/// What two records of one person become: the kept record, its empty fields
/// filled from the other's, their visits added up and the later last visit.
/// One rule for both stores.
public enum PatronMerge {
    public static func merged(keep: Patron, other: Patron) throws(StoreError) -> Patron {
        guard keep.id != other.id else { throw .invalidInput("A patron cannot be merged with themselves.") }
        var out = keep
        out.preferredName = keep.preferredName ?? other.preferredName
        out.pronunciation = keep.pronunciation ?? other.pronunciation
        out.notes = keep.notes ?? other.notes
        out.visitCount = keep.visitCount + other.visitCount
        out.lastSeen = [keep.lastSeen, other.lastSeen].compactMap { $0 }.max()
        out.created = min(keep.created, other.created)
        return out
    }
}
