import DeskmateCore
import Foundation
import NameMatching
import Testing
import TestSupport
@testable import DeskmateStore

/// The notes search's two plans (sort the matches, or walk the encounters by
/// arrival through the set of matches) must give the same hits in the same
/// order, whatever the scope and limit: which one runs depends only on how
/// many notes match, which a person never sees.
@Suite struct NoteSearchPlanTests {
    @Test func bothPlansFindTheSameNewestFirst() throws {
        let store = try SQLiteStore.inMemory()
        let seed = TestSeed.seed()
        var rng = SampleRandom(seed: seed)
        let words = ["printing", "wifi", "ill", "request", "loan", "tax", "forms", "map"]
        let desks = [("Main desk", "Main library"), ("Reference", "Eastside"), ("Reference", "Westside")]
        for _ in 0..<300 {
            // Arrivals out of the order they are saved in, some at the same instant.
            var draft = encounter(arrived: t0.addingTimeInterval(Double(rng.int(0...199)) * 60))
            draft.note = (0..<rng.int(1...3)).map { _ in rng.pick(words) }.joined(separator: " ")
            (draft.desk, draft.branch) = rng.pick(desks)
            _ = try store.logEncounter(draft)
        }
        var compared = 0
        for query in ["printing", "wifi ill", "lo", "tax forms map", "request"] {
            for scope in [DeskScope.all, .one("Reference"), .desk("Reference", branch: "Eastside"), .branch("Main library")] {
                for limit in [1, 7, 500] {
                    let (sorted, walked) = try store.writer.read { db in
                        (try NoteSearchTable.search(db, NoteSearchWords(query), limit: limit, scope: scope, walkAbove: .max),
                         try NoteSearchTable.search(db, NoteSearchWords(query), limit: limit, scope: scope, walkAbove: 0))
                    }
                    #expect(sorted == walked, "\(query) \(scope) \(limit), seed \(seed)")
                    if !sorted.isEmpty { compared += 1 }
                    #expect(sorted.map(\.arrived) == sorted.map(\.arrived).sorted(by: >), "newest first (seed \(seed))")
                }
            }
        }
        #expect(compared >= 40, "most of the 60 checks compare hits, not two empty lists (seed \(seed))")
    }
}
