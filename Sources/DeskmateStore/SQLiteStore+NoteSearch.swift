import DeskmateCore
import GRDB
import NameMatching

extension SQLiteStore {
    public func searchNotes(_ words: String, limit: Int, scope: DeskScope) throws -> [NoteHit] {
        let words = NoteSearchWords(words)
        guard !words.isEmpty else { return [] }
        return try read { db in try NoteSearchTable.search(db, words, limit: limit, scope: scope) }
    }
}
