import DeskmateCore
import Foundation
import GRDB

extension SQLiteStore: StoreMaintenance {
    /// The notes search's index is merged first (the words of notes taken
    /// out leave its segments), then `VACUUM` rebuilds the file from its
    /// live rows (freed pages are gone, not only zeroed), then the
    /// write-ahead log is emptied.
    public func maintain() throws -> String {
        do {
            try withWriterLock {
                try writer.write { db in try NoteSearchTable.optimize(db) }
                try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        try wipeRemovedText(done: "The store was rewritten")
        return "Rewrote \(path) from its live rows (VACUUM) and emptied its write-ahead log."
    }
}
