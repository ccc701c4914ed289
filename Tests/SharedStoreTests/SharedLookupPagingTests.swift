import DeskmateCore
import Foundation
import Testing
import TestSupport

/// Both stores find the same patrons when the best-scored rows of the words
/// typed do not match: the PostgreSQL store then reads the index a page at
/// a time (`PostgresBestFirst`), and its pages must neither skip nor repeat
/// a patron, also among patrons of equal score (ordered by id).
@Suite struct SharedLookupPagingTests {
    @Test(.enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func rareCombinationsBehindManyRowsAreFoundAlike() throws {
        let sqlite = try StoreKind.sqlite.open(), postgres = try StoreKind.postgres.open()
        var annJones: [[Int64]] = []
        for opened in [sqlite, postgres] {
            // The three Ann Joneses come first (the lowest ids), so they are
            // last of their words' rows; 450 Ann Smiths and 450 Bob Joneses
            // fill the pages before them. Some visits make scores differ;
            // most patrons tie (score 0) and are ordered by id.
            var ids = try (0..<3).map { _ in try opened.store.addPatron(PatronDraft(name: "Ann Jones"), now: t0).id }
            annJones.append(ids)
            for i in 0..<900 {
                ids.append(try opened.store.addPatron(PatronDraft(name: i % 2 == 0 ? "Ann Smith" : "Bob Jones"), now: t0).id)
            }
            for (n, id) in ids.enumerated() where n == 1 || n % 37 == 5 {
                _ = try opened.store.logEncounter(encounter(patron: id, arrived: t0.addingTimeInterval(Double(-n) * 3_600)))
            }
        }
        for query in ["ann jones", "jones ann", "ann jo", "an jon", "a j", "bob smith", "bob sm", "smith"] {
            for limit in [1, 5, 20] {
                let a = try sqlite.store.lookup(query, limit: limit, now: t0)
                let b = try postgres.store.lookup(query, limit: limit, now: t0)
                #expect(a.map(\.patron.id) == b.map(\.patron.id), "\(query) limit \(limit)")
                #expect(a.map(\.reason) == b.map(\.reason), "\(query) limit \(limit)")
            }
        }
        // Not alike by both finding nothing: the three are found, the one
        // with a visit first, then the newer of the others.
        for (opened, ids) in zip([sqlite, postgres], annJones) {
            #expect(try opened.store.lookup("ann jones", limit: 20, now: t0).map(\.patron.id) == [ids[1], ids[2], ids[0]])
            #expect(try opened.store.lookup("bob smith", limit: 20, now: t0).isEmpty)
        }
    }
}
