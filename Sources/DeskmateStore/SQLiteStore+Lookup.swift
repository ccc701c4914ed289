import DeskmateCore
import Foundation
import GRDB
import NameMatching

extension SQLiteStore {
    /// Patrons whose names start with every word typed, in any order: exact
    /// words before prefixes, then the most recently seen first.
    public func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] {
        let words = NameFolding.words(query)
        guard let anchor = words.max(by: { $0.count < $1.count }), limit > 0 else { return [] }
        return try read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT patron_id FROM name_word WHERE word >= ? AND word < ? LIMIT 20000",
                arguments: [anchor, anchor + "\u{7F}"])
            var scored: [(patron: Patron, exact: Bool, words: [String])] = []
            for id in Set(ids) {
                guard let patron = try Self.fetchPatron(db, id: id) else { continue }
                let nameWords = NameFolding.words(patron.name + " " + (patron.preferredName ?? ""))
                var matched: [String] = []
                var exact = true
                for word in words {
                    guard let hit = nameWords.first(where: { $0 == word }) ?? nameWords.first(where: { $0.hasPrefix(word) })
                    else { matched = []; break }
                    if hit != word { exact = false }
                    matched.append(hit)
                }
                if matched.count == words.count { scored.append((patron, exact, matched)) }
            }
            scored.sort { a, b in
                if a.exact != b.exact { return a.exact }
                let la = a.patron.lastSeen ?? .distantPast, lb = b.patron.lastSeen ?? .distantPast
                if la != lb { return la > lb }
                return a.patron.id < b.patron.id
            }
            return try scored.prefix(limit).map { item in
                PatronMatch(
                    patron: item.patron,
                    lastEncounter: try Self.lastEncounter(db, patronID: item.patron.id),
                    reason: MatchReason(kind: item.exact ? "exact" : "prefix", words: item.words))
            }
        }
    }
}
