import DeskmateCore
import Foundation
import Testing
import TestSupport

/// The notes search (`searchNotes`), written once and run on both stores:
/// words as words, folded as names are, newest first, never a note that was
/// corrected away, forgotten or purged, and no query text that throws.
@Suite struct SharedNoteSearchTests {
    @Test("on SQLite", arguments: NoteSearchCase.allCases)
    func onSQLite(_ check: NoteSearchCase) throws { try check.run(on: .sqlite) }

    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason), arguments: NoteSearchCase.allCases)
    func onPostgres(_ check: NoteSearchCase) throws { try check.run(on: .postgres) }
}

enum NoteSearchCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case findsEveryWordNewestFirst, foldsCaseAndAccents, countsOnlyTheDesksAsked, aCorrectedNoteIsFoundByItsNewWords
    case forgottenPatronsNotesAreNeverFound, purgedAndDeletedEncountersAreNeverFound, mergedPatronsNotesStayFound
    case hostileQueriesNeitherThrowNorReachTheIndexSyntax

    var testDescription: String { rawValue }

    func run(on kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        func found(_ words: String, limit: Int = 20, scope: DeskScope = .all) throws -> [Int64] {
            try store.searchNotes(words, limit: limit, scope: scope).map(\.encounterID)
        }
        switch self {
        case .findsEveryWordNewestFirst:
            // Logged out of arrival order: newest means arrived last, not saved last.
            let late = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(7200), note: "Interlibrary loan: The Overstory"))
            let early = try store.logEncounter(encounter(arrived: t0, note: "interlibrary loan for a thesis"))
            let middle = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(3600), note: "loan renewed"))
            _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(60), note: "printing"))
            _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(90)))
            #expect(try found("loan") == [late.id, middle.id, early.id])
            #expect(try found("loan interlibrary") == [late.id, early.id], "every word, in any order")
            #expect(try found("interlib") == [late.id, early.id], "the last word may be a word's start")
            #expect(try found("interlib loan").isEmpty, "only the last word: the others are whole words")
            #expect(try found("loan", limit: 2) == [late.id, middle.id])
            #expect(try found("overstory thesis").isEmpty)
            let hit = try #require(try store.searchNotes("overstory", limit: 5, scope: .all).first)
            #expect(hit == NoteHit(encounterID: late.id, arrived: t0.addingTimeInterval(7200), desk: "Main desk",
                                   branch: DeskNames.defaultBranch, mode: .inPerson, kind: .reference,
                                   note: "Interlibrary loan: The Overstory"))

        case .foldsCaseAndAccents:
            let zoe = try store.logEncounter(encounter(note: "Zoë's Ångström units, Straße map, Łódź; O’Brien"))
            for words in ["zoe angstrom", "ZOË", "zoes", "strasse", "lodz", "obrien", "o brien", "angstr", "ÅNGSTRÖM"] {
                #expect(try found(words) == [zoe.id], "\(words)")
            }
            #expect(try found("zo").isEmpty == false, "a prefix of the last word")
            #expect(try found("zoey").isEmpty)

        case .countsOnlyTheDesksAsked:
            var east = encounter(note: "tax forms"), west = encounter(arrived: t0.addingTimeInterval(60), note: "tax forms")
            east.desk = "Reference"; east.branch = "Eastside"
            west.desk = "Reference"; west.branch = "Westside"
            let main = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(120), note: "tax forms"))
            let e = try store.logEncounter(east), w = try store.logEncounter(west)
            #expect(try found("tax") == [main.id, w.id, e.id])
            #expect(try found("tax", scope: .one("Reference")) == [w.id, e.id])
            #expect(try found("tax", scope: .desk("Reference", branch: "Eastside")) == [e.id])
            #expect(try found("tax", scope: .branch("Westside")) == [w.id])
            #expect(try found("tax", scope: .desk("Main desk", branch: "Westside")).isEmpty)

        case .aCorrectedNoteIsFoundByItsNewWords:
            let logged = try store.logEncounter(encounter(note: "wifi password"))
            let other = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(60), note: "wifi outage"))
            _ = try store.correctEncounter(id: logged.id, EncounterCorrection(note: "printer jam", staff: "AK"), at: t0)
            #expect(try found("wifi") == [other.id], "the old words no longer find it")
            #expect(try found("printer") == [logged.id])
            _ = try store.correctEncounter(id: logged.id, EncounterCorrection(kind: .technology, staff: "AK"), at: t0)
            #expect(try found("printer") == [logged.id], "a correction of another field keeps the note found")
            #expect(try store.searchNotes("printer", limit: 5, scope: .all).first?.kind == .technology)
            _ = try store.correctEncounter(id: logged.id, EncounterCorrection(note: "", staff: "AK"), at: t0)
            #expect(try found("printer").isEmpty, "a cleared note is found by nothing")

        case .forgottenPatronsNotesAreNeverFound:
            let p = try store.addPatron(PatronDraft(name: "Quentin Canary"), now: t0)
            _ = try store.logEncounter(encounter(patron: p.id, note: "genealogy of the Canary family"))
            _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(30), note: "genealogy census"))
            let anonymous = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(60), note: "genealogy databases"))
            #expect(try found("genealogy").count == 3)
            try store.forgetPatron(id: p.id)
            #expect(try found("genealogy") == [anonymous.id])
            #expect(try found("canary").isEmpty)
            #expect(try found("census").isEmpty)

        case .purgedAndDeletedEncountersAreNeverFound:
            let old = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(-86_400 * 400), note: "microfilm reader"))
            let recent = try store.logEncounter(encounter(note: "microfilm reader"))
            let undone = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(60), note: "microfilm copies"))
            #expect(try found("microfilm") == [undone.id, recent.id, old.id])
            #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(-86_400)) == 1)
            try store.deleteEncounter(id: undone.id)
            #expect(try found("microfilm") == [recent.id])
            #expect(try found("copies").isEmpty)

        case .mergedPatronsNotesStayFound:
            let keep = try store.addPatron(PatronDraft(name: "Catherine Okafor"), now: t0)
            let other = try store.addPatron(PatronDraft(name: "Kathryn Okafor"), now: t0)
            let moved = try store.logEncounter(encounter(patron: other.id, note: "large print atlas"))
            _ = try store.mergePatrons(keep: keep.id, other: other.id)
            #expect(try found("atlas") == [moved.id], "the encounters move with their notes")

        case .hostileQueriesNeitherThrowNorReachTheIndexSyntax:
            let near = try store.logEncounter(encounter(note: "Wi-Fi printing: NEAR the \"desk\" (or not) * - AND OR"))
            let hostile = [
                "\"", "'", "*", "-", "(", ")", "NEAR", "NEAR(a b)", "a OR b", "a AND NOT b", "-wifi", "wifi*", "\"wifi",
                "^wifi", "folded:wifi", "{folded}: wifi", "'':*", "a & b | !c", "a:*B", "\\", "%", "_", "'; DROP TABLE encounter; --",
                "\u{0}", "\u{202E}wifi", "😀", "ﷺ", String(repeating: "a ", count: 5_000), String(repeating: "(", count: 1_000),
            ] + (SharedData.isPresent("corpora/blns") ? try blns() : [])
            for query in hostile {
                #expect(throws: Never.self, "\(query.prefix(40))") { _ = try store.searchNotes(query, limit: 5, scope: .all) }
            }
            // The words of the syntax are only words: quoted, they find the note that holds them.
            for words in ["near desk", "NEAR", "not AND or", "(or) \"desk\"", "wi-fi*", "-printing"] {
                #expect(try found(words) == [near.id], "\(words)")
            }
            #expect(try found("***").isEmpty, "no word at all finds nothing")
            #expect(try store.encounter(id: near.id) != nil, "and the store is whole")
        }
    }

    /// The Big List of Naughty Strings, when `../shared` holds it.
    func blns() throws -> [String] {
        let text = String(decoding: try SharedData.data("corpora/blns/blns.txt"), as: UTF8.self)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }
}
