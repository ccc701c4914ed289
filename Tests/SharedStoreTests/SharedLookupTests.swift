import DeskmateCore
import Foundation
import Testing
import TestSupport

/// The lookup's rules, written once and run on both stores, and a check
/// that both stores rank a larger store's matches exactly alike.
@Suite struct SharedLookupTests {
    @Test("on SQLite", arguments: LookupCase.allCases)
    func onSQLite(_ check: LookupCase) throws { try check.run(on: .sqlite) }

    // Skipped (visibly) when DESKMATE_TEST_POSTGRES_URL is unset, except in CI.
    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason), arguments: LookupCase.allCases)
    func onPostgres(_ check: LookupCase) throws { try check.run(on: .postgres) }

    /// The same patrons and visits on both stores: every query gives the
    /// same patrons, in the same order, for the same reasons.
    @Test(.enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func bothStoresRankAlike() throws {
        let sqlite = try StoreKind.sqlite.open(), postgres = try StoreKind.postgres.open()
        let given = [
            "Ann", "Anna", "Kathryn", "Catherine", "Kate", "Jon", "John", "Steven", "Stephen", "Bill", "William", "Søren",
            "Anne-Marie", "Niamh",
        ]
        let family = ["Smith", "Smyth", "Schmidt", "Okafor", "Nowak", "Ødegaard", "Byrne", "Lee", "O'Sullivan", "Mac Donald"]
        for opened in [sqlite, postgres] {
            var ids: [Int64] = []
            for i in 0..<160 {
                let preferred = i % 11 == 0 ? "Kit" : nil
                ids.append(try opened.store.addPatron(
                    PatronDraft(name: "\(given[i % given.count]) \(family[(i / given.count) % family.count])", preferredName: preferred),
                    now: t0).id)
            }
            // Visits that make the scores differ (and tie, for some).
            for (n, id) in ids.enumerated() where n % 3 != 0 {
                for v in 0..<(n % 7) {
                    _ = try opened.store.logEncounter(encounter(
                        patron: id, arrived: t0.addingTimeInterval(Double((n * 13 + v * 5) % 97) * -86_400)))
                }
            }
        }
        for query in ["smith", "smi", "s", "kate", "kathryn", "catherine smyth", "jon", "bill", "will", "schmit",
                      "okafro", "soren ode", "kit", "k s", "lee ann", "stephen", "nowk", "zz", "a",
                      "o sullivan", "osullivan", "annemarie", "anne marie", "mcdonald", "neeve", "neev smyth", "katrin shmit"] {
            for limit in [1, 5, 20] {
                let a = try sqlite.store.lookup(query, limit: limit, now: t0)
                let b = try postgres.store.lookup(query, limit: limit, now: t0)
                #expect(a.map(\.patron.id) == b.map(\.patron.id), "\(query) limit \(limit)")
                #expect(a.map(\.reason) == b.map(\.reason), "\(query) limit \(limit)")
                #expect(a.map(\.lastEncounter?.id) == b.map(\.lastEncounter?.id), "\(query) limit \(limit)")
            }
        }
    }
}

enum LookupCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case wordsMatchBeginningsInAnyOrder, accentsAreFolded, exactWordsComeBeforePrefixes, namesThatSoundAlikeMatch
    case nicknamesMatch, preferredNamesAreSearchedToo, typosAreForgivenWhenLittleElseMatches, weakerKindsOnlyFillUpTheList
    case recentAndFrequentVisitorsComeFirst, editingAndForgettingKeepTheIndexTrue
    case namesWrittenJoinedOrApartMatch, namesAsTheyAreSaidMatch, twoMisheardWordsStillFindThePatron

    var testDescription: String { rawValue }

    func run(on kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        @discardableResult
        func add(_ names: [(String, String?)]) throws -> [Int64] {
            try names.map { try store.addPatron(PatronDraft(name: $0.0, preferredName: $0.1), now: t0).id }
        }
        func found(_ query: String, limit: Int = 10) throws -> [(String, String, [String])] {
            try store.lookup(query, limit: limit, now: t0).map { ($0.patron.name, $0.reason.kind, $0.reason.words) }
        }
        switch self {
        case .wordsMatchBeginningsInAnyOrder:
            try add([("Catherine Okafor", nil), ("Jon Smith", nil), ("Kim Lee", "Kimmy")])
            #expect(try found("o cat").map(\.0) == ["Catherine Okafor"])
            #expect(try found("smith jo").map(\.2) == [["smith", "jon"]])
            #expect(try found("k").map(\.0) == ["Kim Lee"])
            #expect(try found("kimm").map(\.1) == ["prefix"])
            #expect(try found("zz").isEmpty)
            #expect(try found("  ").isEmpty)
            #expect(try store.lookup("smith", limit: 0, now: t0).isEmpty)

        case .accentsAreFolded:
            try add([("Søren Ødegaard", nil), ("Łukasz Strauß", nil), ("王伟", nil), ("Þóra Đorđević", nil)])
            #expect(try found("soren ode").map(\.0) == ["Søren Ødegaard"])
            #expect(try found("lukasz strauss").map(\.1) == ["exact"])
            #expect(try found("wang").map(\.0) == ["王伟"])
            #expect(try found("THORA dord").map(\.0) == ["Þóra Đorđević"])
            #expect(try found("Ødegård").isEmpty == false)

        case .exactWordsComeBeforePrefixes:
            try add([("Ann Smithers", nil), ("Ann Smith", nil)])
            #expect(try found("smith").map(\.1) == ["exact", "prefix"])
            #expect(try found("smith").map(\.0) == ["Ann Smith", "Ann Smithers"])

        case .namesThatSoundAlikeMatch:
            try add([
                ("Catherine Okafor", nil), ("John Byrne", nil), ("Geoffrey Hale", nil), ("Stephen Osei", nil),
                ("Ruth Smith", nil), ("Caitlin Walsh", nil),
            ])
            for (query, name) in [
                ("kathryn", "Catherine Okafor"), ("jon", "John Byrne"), ("jeffrey", "Geoffrey Hale"),
                ("steven", "Stephen Osei"), ("smyth", "Ruth Smith"), ("schmidt", "Ruth Smith"), ("kaitlyn", "Caitlin Walsh"),
            ] {
                let results = try found(query)
                let kind = results.first(where: { $0.0 == name })?.1
                // Jon is also John's nickname, which ranks above sounding alike.
                #expect(kind == "phonetic" || (query == "jon" && kind == "nickname"), "\(query): \(results)")
            }

        case .nicknamesMatch:
            try add([
                ("William Kowalski", nil), ("Catherine Okafor", nil), ("Margaret Nowak", nil), ("Alexander Ivanov", nil),
                ("Billy Jones", nil),
            ])
            for (query, name) in [
                ("bill", "William Kowalski"), ("kate", "Catherine Okafor"), ("peggy", "Margaret Nowak"),
                ("sasha", "Alexander Ivanov"), ("william", "Billy Jones"),
            ] {
                let results = try found(query)
                #expect(results.first(where: { $0.0 == name })?.1 == "nickname", "\(query): \(results)")
            }

        case .preferredNamesAreSearchedToo:
            try add([("Margaret Nowak", "Peggy"), ("Peggy Lee", nil)])
            #expect(try found("peg now").map(\.0) == ["Margaret Nowak"])
            #expect(try found("peggy").map(\.1) == ["exact", "exact"])

        case .typosAreForgivenWhenLittleElseMatches:
            try add([("Ruth Smith", nil), ("Catherine Okafor", nil), ("Alexandra Rodriguez", nil)])
            #expect(try found("snith").map(\.1) == ["typo"])
            #expect(try found("snith").map(\.2) == [["smith"]])
            #expect(try found("smiht").map(\.1) == ["phonetic"]) // Double Metaphone hears this one
            #expect(try found("okafro").map(\.0) == ["Catherine Okafor"])
            #expect(try found("rodirgeuz").map(\.0) == ["Alexandra Rodriguez"]) // two edits in a long word
            #expect(try found("okf").isEmpty) // short words get no edits

        case .weakerKindsOnlyFillUpTheList:
            try add([("Catherine Okafor", nil), ("Kathryn Byrne", nil), ("Kathy Brown", nil)])
            let results = try found("kathryn")
            #expect(results.map(\.1) == ["exact", "nickname", "phonetic"])
            #expect(results.map(\.0) == ["Kathryn Byrne", "Kathy Brown", "Catherine Okafor"])
            #expect(try found("kathryn", limit: 1).map(\.0) == ["Kathryn Byrne"])
            #expect(try found("kate").map(\.1) == ["nickname", "nickname", "nickname"])

        case .recentAndFrequentVisitorsComeFirst:
            let ids = try add([("Ann Smith", nil), ("Anna Smith", nil), ("Annie Smith", nil)])
            _ = try store.logEncounter(encounter(patron: ids[0], arrived: t0.addingTimeInterval(-730 * 86_400)))
            _ = try store.logEncounter(encounter(patron: ids[1], arrived: t0.addingTimeInterval(-86_400)))
            #expect(try found("smith").map(\.0) == ["Anna Smith", "Ann Smith", "Annie Smith"])
            // A patron seen just as recently but far more often goes ahead.
            for day in 1...12 {
                _ = try store.logEncounter(encounter(patron: ids[2], arrived: t0.addingTimeInterval(Double(-day) * 3 * 86_400)))
            }
            #expect(try found("smith").map(\.0) == ["Annie Smith", "Anna Smith", "Ann Smith"])
            // A visit today moves Ann up; undoing it moves her back.
            let last = try store.logEncounter(encounter(patron: ids[0], arrived: t0))
            #expect(try found("smi").map(\.0) == ["Annie Smith", "Ann Smith", "Anna Smith"])
            try store.deleteEncounter(id: last.id)
            #expect(try found("smi").map(\.0) == ["Annie Smith", "Anna Smith", "Ann Smith"])

        case .namesWrittenJoinedOrApartMatch:
            try add([
                ("Siobhán O'Sullivan", nil), ("Liam O Brien", nil), ("Anne-Marie Dupont", nil), ("Annemarie Byrne", nil),
                ("Pieter Van der Berg", nil), ("Joost Vandenberg", nil), ("Omar Al-Rashid", nil), ("Ruth MacDonald", nil),
                ("Ian Mc Donald", nil), ("Anne Smith", nil), ("Marie Curie", nil), ("Brian Sullivan", nil),
            ])
            func names(_ query: String) throws -> [String] { try found(query).map(\.0) }
            #expect(try found("o sullivan").first.map { [$0.0, $0.1] } == ["Siobhán O'Sullivan", "joined"])
            #expect(try found("o sullivan").first?.2 == ["osullivan"])
            #expect(try names("osullivan").first == "Siobhán O'Sullivan") // Sullivan follows, two slips away
            #expect(try names("obrien") == ["Liam O Brien"])
            #expect(try names("annemarie") == ["Annemarie Byrne", "Anne-Marie Dupont"])
            #expect(try names("anne marie").prefix(2).sorted() == ["Anne-Marie Dupont", "Annemarie Byrne"])
            #expect(try found("anne marie").first(where: { $0.0 == "Annemarie Byrne" })?.1 == "joined")
            #expect(Set(try names("van den berg")) == ["Pieter Van der Berg", "Joost Vandenberg"])
            #expect(Set(try names("vandenberg")) == ["Pieter Van der Berg", "Joost Vandenberg"])
            #expect(try names("alrashid") == ["Omar Al-Rashid"])
            #expect(try names("al rashid") == ["Omar Al-Rashid"])
            #expect(Set(try names("mcdonald")) == ["Ruth MacDonald", "Ian Mc Donald"])
            #expect(Set(try names("macdonald")) == ["Ruth MacDonald", "Ian Mc Donald"])
            #expect(try found("mcdonald").map(\.1) == ["joined", "joined"])
            // A word's own matches still come first: Sullivan before O'Sullivan.
            #expect(try names("sullivan").first == "Brian Sullivan")

        case .namesAsTheyAreSaidMatch:
            try add([
                ("Niamh Byrne", nil), ("Siobhán Kelly", nil), ("Caoimhe Walsh", nil), ("Rhys Evans", nil),
                ("Dafydd Jones", nil), ("Neve Campbell", nil), ("Eilidh MacLeod", nil), ("Tadhg Murphy", nil),
            ])
            for (query, name) in [
                ("neeve", "Niamh Byrne"), ("shivawn kelly", "Siobhán Kelly"), ("shivaun", "Siobhán Kelly"),
                ("keeva walsh", "Caoimhe Walsh"), ("reese", "Rhys Evans"), ("davith jones", "Dafydd Jones"),
                ("ailey", "Eilidh MacLeod"), ("tige", "Tadhg Murphy"), ("niamh", "Neve Campbell"),
            ] {
                let results = try found(query)
                #expect(results.first(where: { $0.0 == name })?.1 == "phonetic", "\(query): \(results)")
            }
            #expect(try found("neve").first?.0 == "Neve Campbell") // as written, first

        case .twoMisheardWordsStillFindThePatron:
            try add([
                ("Kathryn Schmidt", nil), ("Catherine Smith", nil), ("Siobhán O'Sullivan", nil), ("Stephen Nowak", nil),
                ("Geoffrey Byrne", nil), ("Niamh MacDonald", nil), ("Katrina Smart", nil),
            ])
            for (query, name) in [
                ("katrin shmit", "Kathryn Schmidt"), ("shivawn osulivan", "Siobhán O'Sullivan"),
                ("steven nowack", "Stephen Nowak"), ("jefry burn", "Geoffrey Byrne"), ("neeve mcdonnald", "Niamh MacDonald"),
                ("neev mc donald", "Niamh MacDonald"),
            ] {
                let results = try found(query, limit: 5)
                #expect(results.contains(where: { $0.0 == name }), "\(query): \(results)")
            }

        case .editingAndForgettingKeepTheIndexTrue:
            let ids = try add([("Ann Smith", nil)])
            _ = try store.editPatron(id: ids[0], PatronDraft(name: "Ann Jones", preferredName: "Nan"))
            #expect(try found("smith").isEmpty)
            #expect(try found("nan jo").map(\.0) == ["Ann Jones"])
            try store.forgetPatron(id: ids[0])
            #expect(try found("jones").isEmpty)
            #expect(try found("jnoes").isEmpty) // gone from the vocabulary too
        }
    }
}
