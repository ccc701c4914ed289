import DeskmateCore
import Foundation
import GRDB
import NameMatching
import Testing
@testable import DeskmateStore

@Suite struct LookupTests {
    /// A store and the folder that holds it (removed when this goes).
    final class Fixture {
        let dir = TempFolder()
        let store: SQLiteStore
        var ids: [Int64] = []
        init() throws { store = try SQLiteStore(path: dir.file("s.sqlite")) }
    }

    /// A store holding `names` (name, preferred name), ids in that order.
    func store(_ names: [(String, String?)]) throws -> Fixture {
        let fixture = try Fixture()
        fixture.ids = try names.map { try fixture.store.addPatron(PatronDraft(name: $0.0, preferredName: $0.1), now: t0).id }
        return fixture
    }

    func found(_ fixture: Fixture, _ query: String, limit: Int = 10) throws -> [(String, String, [String])] {
        try found(fixture.store, query, limit: limit)
    }

    func found(_ store: SQLiteStore, _ query: String, limit: Int = 10) throws -> [(String, String, [String])] {
        try store.lookup(query, limit: limit, now: t0).map { ($0.patron.name, $0.reason.kind, $0.reason.words) }
    }

    @Test func wordsMatchBeginningsInAnyOrderFromTheFirstLetter() throws {
        let store = try store([("Catherine Okafor", nil), ("Jon Smith", nil), ("Kim Lee", "Kimmy")])
        #expect(try found(store, "o cat").map(\.0) == ["Catherine Okafor"])
        #expect(try found(store, "smith jo").map(\.2) == [["smith", "jon"]])
        #expect(try found(store, "k").map(\.0) == ["Kim Lee"])
        #expect(try found(store, "kimm").map(\.1) == ["prefix"])
        #expect(try found(store, "zz").isEmpty)
        #expect(try found(store, "  ").isEmpty)
    }

    @Test func accentsAndLettersThatDoNotDecomposeAreFolded() throws {
        let store = try store([("Søren Ødegaard", nil), ("Łukasz Strauß", nil), ("王伟", nil), ("Þóra Đorđević", nil)])
        #expect(try found(store, "soren ode").map(\.0) == ["Søren Ødegaard"])
        #expect(try found(store, "lukasz strauss").map(\.1) == ["exact"])
        #expect(try found(store, "wang").map(\.0) == ["王伟"])
        #expect(try found(store, "THORA dord").map(\.0) == ["Þóra Đorđević"])
        #expect(try found(store, "Ødegård").isEmpty == false)
    }

    @Test func exactWordsComeBeforePrefixes() throws {
        let store = try store([("Ann Smithers", nil), ("Ann Smith", nil)])
        #expect(try found(store, "smith").map(\.1) == ["exact", "prefix"])
        #expect(try found(store, "smith").map(\.0) == ["Ann Smith", "Ann Smithers"])
    }

    @Test(arguments: [
        ("kathryn", "Catherine Okafor"), ("jon", "John Byrne"), ("jeffrey", "Geoffrey Hale"),
        ("steven", "Stephen Osei"), ("smyth", "Ruth Smith"), ("schmidt", "Ruth Smith"), ("kaitlyn", "Caitlin Walsh"),
    ])
    func namesThatSoundAlikeMatch(query: String, name: String) throws {
        let store = try store([
            ("Catherine Okafor", nil), ("John Byrne", nil), ("Geoffrey Hale", nil), ("Stephen Osei", nil),
            ("Ruth Smith", nil), ("Caitlin Walsh", nil),
        ])
        let results = try found(store, query)
        #expect(results.map(\.0).contains(name), "\(query): \(results)")
        // Jon is also John's nickname, which ranks above sounding alike.
        let kind = results.first(where: { $0.0 == name })?.1
        #expect(kind == "phonetic" || (query == "jon" && kind == "nickname"), "\(query): \(results)")
    }

    @Test(arguments: [
        ("bill", "William Kowalski"), ("kate", "Catherine Okafor"), ("peggy", "Margaret Nowak"),
        ("sasha", "Alexander Ivanov"), ("william", "Billy Jones"),
    ])
    func nicknamesMatch(query: String, name: String) throws {
        let store = try store([
            ("William Kowalski", nil), ("Catherine Okafor", nil), ("Margaret Nowak", nil), ("Alexander Ivanov", nil),
            ("Billy Jones", nil),
        ])
        let results = try found(store, query)
        #expect(results.first(where: { $0.0 == name })?.1 == "nickname", "\(query): \(results)")
    }

    @Test func preferredNamesAreSearchedToo() throws {
        let store = try store([("Margaret Nowak", "Peggy"), ("Peggy Lee", nil)])
        #expect(try found(store, "peg now").map(\.0) == ["Margaret Nowak"])
        #expect(try found(store, "peggy").map(\.1) == ["exact", "exact"])
    }

    @Test func typosAreForgivenWhenLittleElseMatches() throws {
        let store = try store([("Ruth Smith", nil), ("Catherine Okafor", nil), ("Alexandra Rodriguez", nil)])
        #expect(try found(store, "snith").map(\.1) == ["typo"])
        #expect(try found(store, "snith").map(\.2) == [["smith"]])
        #expect(try found(store, "smiht").map(\.1) == ["phonetic"]) // Double Metaphone hears this one
        #expect(try found(store, "okafro").map(\.0) == ["Catherine Okafor"])
        #expect(try found(store, "rodirgeuz").map(\.0) == ["Alexandra Rodriguez"]) // two edits in a long word
        #expect(try found(store, "okf").isEmpty) // short words get no edits
    }

    @Test func weakerKindsOnlyFillUpTheList() throws {
        let store = try store([("Catherine Okafor", nil), ("Kathryn Byrne", nil), ("Kathy Brown", nil)])
        let results = try found(store, "kathryn")
        #expect(results.map(\.1) == ["exact", "nickname", "phonetic"])
        #expect(results.map(\.0) == ["Kathryn Byrne", "Kathy Brown", "Catherine Okafor"])
        #expect(try found(store, "kathryn", limit: 1).map(\.0) == ["Kathryn Byrne"])
        #expect(try found(store, "kate").map(\.1) == ["nickname", "nickname", "nickname"])
    }

    @Test func recentAndFrequentVisitorsComeFirstWithinAKind() throws {
        let fixture = try store([("Ann Smith", nil), ("Anna Smith", nil), ("Annie Smith", nil)])
        _ = try fixture.store.logEncounter(encounter(patron: fixture.ids[0], arrived: t0.addingTimeInterval(-730 * 86_400)))
        _ = try fixture.store.logEncounter(encounter(patron: fixture.ids[1], arrived: t0.addingTimeInterval(-86_400)))
        #expect(try found(fixture, "smith").map(\.0) == ["Anna Smith", "Ann Smith", "Annie Smith"])
        // A patron seen just as recently but far more often goes ahead.
        for day in 1...12 {
            _ = try fixture.store.logEncounter(encounter(patron: fixture.ids[2], arrived: t0.addingTimeInterval(Double(-day) * 3 * 86_400)))
        }
        #expect(try found(fixture, "smith").map(\.0) == ["Annie Smith", "Anna Smith", "Ann Smith"])
        // A visit today moves Ann up; undoing it moves her back.
        let last = try fixture.store.logEncounter(encounter(patron: fixture.ids[0], arrived: t0))
        #expect(try found(fixture, "smi").map(\.0) == ["Annie Smith", "Ann Smith", "Anna Smith"])
        try fixture.store.deleteEncounter(id: last.id)
        #expect(try found(fixture, "smi").map(\.0) == ["Annie Smith", "Anna Smith", "Ann Smith"])
    }

    @Test func editingAndForgettingKeepTheIndexTrue() throws {
        let fixture = try store([("Ann Smith", nil)])
        _ = try fixture.store.editPatron(id: fixture.ids[0], PatronDraft(name: "Ann Jones", preferredName: "Nan"))
        #expect(try found(fixture, "smith").isEmpty)
        #expect(try found(fixture, "nan jo").map(\.0) == ["Ann Jones"])
        try fixture.store.forgetPatron(id: fixture.ids[0])
        #expect(try found(fixture, "jones").isEmpty)
        #expect(try found(fixture, "jnoes").isEmpty) // gone from the vocabulary too
    }

    /// A one-letter query over thousands of patrons reads from the best
    /// score down and still returns exactly the best-ranked matches.
    @Test func shortQueriesOverManyPatronsReturnTheBestRanked() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let given = ["Ada", "Ben", "Cleo", "Dan", "Ava", "Abel", "Bo", "Al"]
        let family = ["Adams", "Brown", "Clark", "Diaz", "Evans"]
        var drafts: [PatronDraft] = []
        for i in 0..<9_000 { drafts.append(PatronDraft(name: "\(given[i % 8]) \(family[(i / 8) % 5])")) }
        #expect(try store.importPatrons(drafts, now: t0) == 9_000)
        for id in stride(from: Int64(1), through: 9_000, by: 97) {
            _ = try store.logEncounter(encounter(patron: id, arrived: t0.addingTimeInterval(Double(id) * 60)))
        }
        for query in ["a", "b", "ad", "a b", "e a"] {
            let results = try store.lookup(query, limit: 10, now: t0)
            #expect(results.count == 10)
            // Brute force: every patron that matches, best visit first.
            var expected: [(Int64, Date)] = []
            for id in Int64(1)...9_000 {
                let p = try #require(try store.patron(id: id))
                let words = p.name.lowercased().split(separator: " ")
                let ok = query.split(separator: " ").allSatisfy { q in words.contains { $0.hasPrefix(q) } }
                if ok { expected.append((id, p.lastSeen ?? .distantPast)) }
            }
            let exactFirst = results.map(\.reason.kind)
            #expect(exactFirst.allSatisfy { $0 == "prefix" || $0 == "exact" })
            let seen = results.filter { $0.reason.kind == "prefix" }.compactMap(\.patron.lastSeen)
            #expect(seen == seen.sorted(by: >), "\(query)")
            let best = expected.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 > $1.0 }.prefix(10).map(\.0)
            if results.allSatisfy({ $0.reason.kind == "prefix" }) {
                #expect(results.map(\.patron.id) == Array(best), "\(query)")
            }
        }
    }

    /// The store's trigger computes the visit score in SQL; it must agree
    /// with the Swift formula the seed and the bulk index use.
    @Test func visitScoreAgreesInSwiftAndSQL() throws {
        let queue = try DatabaseQueue()
        for (seen, visits) in [(nil, 0), (1_795_000_000.0, 1), (1_700_000_123.5, 2), (1_795_000_000.0, 12), (86_400.0, 5_000)] {
            let sql = try queue.read { db in
                try Double.fetchOne(
                    db, sql: "SELECT \(VisitScore.sql()) FROM (SELECT ? AS last_seen, ? AS visit_count)",
                    arguments: [seen, visits])
            }
            #expect(sql == VisitScore.score(lastSeen: seen, visits: visits), "\(String(describing: seen)) \(visits)")
        }
    }

    /// A store written before the name keys existed gets them on opening.
    @Test func migrationBackfillsKeysForExistingPatrons() throws {
        let dir = TempFolder()
        let path = dir.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
        try Schema.migrator.migrate(queue, upTo: "v2-name-words")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO patron (name, created, folded, last_seen, visit_count) VALUES
                    ('Kathryn Smyth', 0, 'kathryn smyth', 100000, 3), ('Bill Ødegaard', 0, 'bill odegaard', NULL, 0);
                INSERT INTO name_word VALUES ('kathryn', 1), ('smyth', 1), ('bill', 2), ('odegaard', 2);
                """)
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        #expect(try found(store, "catherine smith").map(\.1) == ["phonetic"])
        #expect(try found(store, "william").map(\.0) == ["Bill Ødegaard"])
        #expect(try found(store, "odeg").map(\.1) == ["prefix"])
    }
}
