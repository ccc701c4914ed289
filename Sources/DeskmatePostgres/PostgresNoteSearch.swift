import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

/// The notes search on the shared store: PostgreSQL's full-text search
/// over `encounter.note_folded`, the note folded as names are (written in
/// the same statement as the note by every write; forget and purge empty
/// both), through the GIN index `encounter_note_search` on
/// `to_tsvector('simple', note_folded)`. The query is built by
/// `NoteSearchWords` from folded words alone and sent as a bound parameter,
/// so no typed text reaches `to_tsquery`'s syntax or the SQL.
///
/// A note taken out leaves dead row versions (and index entries) in the
/// table files until `deskmate maintain`'s `VACUUM FULL` rewrites them.
enum PostgresNoteSearch {
    static func search(_ session: BlockingPostgresConnection.Session, _ words: NoteSearchWords, limit: Int,
                       scope: DeskScope) throws -> [NoteHit] {
        guard !words.isEmpty, limit > 0 else { return [] }
        let rows = try session.query("""
            SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter
            WHERE to_tsvector('simple', note_folded) @@ to_tsquery('simple', \(words.tsQuery)) AND note <> ''
            AND (\(scope.name)::text IS NULL OR desk = \(scope.name)) AND (\(scope.branchName)::text IS NULL OR branch = \(scope.branchName))
            ORDER BY arrived DESC, id DESC LIMIT \(Int64(limit))
            """)
        return try rows.map { NoteHit(try PostgresRows.encounter($0)) }
    }

    /// Migration 6's second half: the notes stored before it, folded in
    /// pages by id (one statement per page, not per row).
    static func foldStoredNotes(_ session: BlockingPostgresConnection.Session) throws {
        var after: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT id, note FROM encounter WHERE id > \(after) AND note <> '' ORDER BY id LIMIT 5000
                """, seconds: 600)
            guard !rows.isEmpty else { return }
            var ids: [Int64] = [], folded: [String] = []
            for row in rows {
                let (id, note) = try row.decode((Int64, String).self)
                ids.append(id)
                folded.append(NoteSearchWords.indexed(note))
            }
            try session.query("""
                UPDATE encounter SET note_folded = v.folded FROM unnest(\(ids)::bigint[], \(folded)::text[]) AS v(id, folded)
                WHERE encounter.id = v.id
                """, seconds: 600)
            after = ids[ids.count - 1]
        }
    }
}

extension PostgresStore {
    public func searchNotes(_ words: String, limit: Int, scope: DeskScope) throws -> [NoteHit] {
        let words = NoteSearchWords(words)
        guard !words.isEmpty else { return [] }
        return try read { session in try PostgresNoteSearch.search(session, words, limit: limit, scope: scope) }
    }
}
