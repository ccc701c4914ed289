import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// Past answers on screen (`a`): update, snapshots, and a walk through the
/// real loop against a store, where the note is found and its patron is not.
@Suite struct AnswersScreenTests {
    static func hits() -> [NoteHit] {
        [
            NoteHit(encounterID: 812, arrived: Fixture.now.addingTimeInterval(-3_600 * 26), desk: "Reference", branch: "Eastside",
                    mode: .phone, kind: .reference,
                    note: "ILL request for The Overstory: OCLC lists three lenders; Westfield usually ships in four days, "
                        + "so offer the county courier and say so when promising a date"),
            NoteHit(encounterID: 640, arrived: Fixture.now.addingTimeInterval(-86_400 * 12), desk: "Main desk", branch: "Main library",
                    mode: .inPerson, kind: .technology, note: "interlibrary loan form on the new catalogue: the Request button is under More"),
        ]
    }

    func typed(_ text: String, into s: inout DeskState) {
        for c in text { _ = DeskUpdate.update(&s, .key(.character(c))) }
    }

    @Test func enterSearchesTheWordsTypedAndOnlyTheLatestAnswerIsShown() {
        var s = Fixture.busy()
        _ = DeskUpdate.update(&s, .key(.character("a")))
        #expect(s.screen == .answers)
        typed("interlibrary loan", into: &s)
        #expect(s.answers.field.text == "interlibrary loan", "letters are typed, not taken as desk keys")
        #expect(DeskUpdate.update(&s, .key(.character("x"))).isEmpty) // still typing
        _ = DeskUpdate.update(&s, .key(.backspace))
        let effects = DeskUpdate.update(&s, .key(.enter))
        #expect(effects == [.searchNotes(words: "interlibrary loan", generation: 1)])
        #expect(s.answers.hits == nil && s.answers.searched == "interlibrary loan")
        // A second search before the first answer: the first answer is dropped.
        #expect(DeskUpdate.update(&s, .key(.enter)) == [.searchNotes(words: "interlibrary loan", generation: 2)])
        _ = DeskUpdate.update(&s, .noteHits(generation: 1, Array(Self.hits().prefix(1))))
        #expect(s.answers.hits == nil, "a superseded answer")
        _ = DeskUpdate.update(&s, .noteHits(generation: 2, Self.hits()))
        #expect(s.answers.hits?.count == 2 && s.answers.list.selected == 0)
        _ = DeskUpdate.update(&s, .key(.down))
        #expect(s.answers.list.selected == 1)
        _ = DeskUpdate.update(&s, .key(.escape))
        #expect(s.screen == .desk)
        _ = DeskUpdate.update(&s, .key(.character("a")))
        #expect(s.answers.hits?.count == 2, "the last search stays to come back to")
    }

    @Test func nothingIsSearchedWithoutWordsOrWhileTheStoreIsAway() {
        var s = Fixture.busy()
        _ = DeskUpdate.update(&s, .key(.character("a")))
        typed("   ", into: &s)
        #expect(DeskUpdate.update(&s, .key(.enter)).isEmpty)
        typed("tax forms", into: &s)
        s.storeUnreachable = "connection refused"
        #expect(DeskUpdate.update(&s, .key(.enter)).isEmpty)
    }

    @Test(arguments: SnapshotTests.sizes) func answers(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("a")))
        typed("interlibrary", into: &s)
        _ = DeskUpdate.update(&s, .key(.enter))
        _ = DeskUpdate.update(&s, .noteHits(generation: s.answers.generation, Self.hits()))
        if let problem = Snapshot.check(s, named: "answers-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
        let text = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        #expect(text.contains("…"), "the long note is cut in its row, with a mark")
        #expect(text.contains("so offer the county courier"), "and shown whole below the list")
    }

    @Test func aPastAnswerIsFoundThroughTheLoopAndItsPatronIsNotShown() throws {
        let desk = try WalkUpRuntimeTests.Desk()
        let zoe = try desk.store.addPatron(PatronDraft(name: "Zoë Ångström"), now: Fixture.now.addingTimeInterval(-86_400 * 3))
        let arrived = Fixture.now.addingTimeInterval(-86_400 * 2)
        _ = try desk.store.logEncounter(EncounterDraft(
            patronID: zoe.id, desk: "Reference", branch: "Eastside", staff: "MK", mode: .phone, kind: .reference,
            arrived: arrived, served: arrived, closed: arrived.addingTimeInterval(600), note: "Overstory by interlibrary loan from Westfield"))
        _ = try desk.store.logEncounter(EncounterDraft(
            patronID: nil, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .directional,
            arrived: arrived, served: arrived, closed: arrived.addingTimeInterval(60), note: "restrooms"))
        let t = desk.terminal
        t.send(.character("a"))
        t.type("interlibrary")
        t.send(.enter)
        t.pause(seconds: 1)
        t.send(.escape, .character("q"))
        desk.runtime.run()

        let found = try #require(desk.frames(containing: "Overstory by interlibrary loan from Westfield").last)
        #expect(found.contains("Reference, Eastside"))
        #expect(!found.contains("restrooms"), "only notes with the words")
        for frame in desk.frames(containing: "Past answers") {
            #expect(!frame.contains("Zoë") && !frame.contains("Ångström"), "never who asked")
        }
    }
}
