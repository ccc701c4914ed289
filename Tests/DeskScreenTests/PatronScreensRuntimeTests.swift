import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// The patron form, the history and the list of promises through the real
/// loop: keys into an in-memory terminal, rows out of an in-memory store.
@Suite struct PatronScreensRuntimeTests {
    @Test func aLibrarianEditsKateReadsHerHistoryKeepsAPromiseAndReopensIt() throws {
        let desk = try WalkUpRuntimeTests.Desk()
        let kate = try desk.store.addPatron(PatronDraft(name: "Catherine Okafor", preferredName: "Kate"),
                                            now: Fixture.now.addingTimeInterval(-86_400 * 30))
        for days in [20.0, 10.0] {
            let arrived = Fixture.now.addingTimeInterval(-86_400 * days)
            _ = try desk.store.logEncounter(EncounterDraft(
                patronID: kate.id, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference, read: ReadLevel(rawValue: 2),
                arrived: arrived, served: arrived, closed: arrived.addingTimeInterval(300), note: "visit \(Int(days)) days ago",
                followUp: days == 10 ? FollowUpDraft(promise: "call about the ILL", due: "2026-11-12") : nil))
        }
        let t = desk.terminal
        t.send(.character("/"))
        t.type("Catherine")
        t.send(.enter)                          // attach: her card shows
        t.pause(seconds: 1)
        t.send(.character("e"), .control("u"))  // edit: preferred name
        t.type("Katie")
        t.send(.tab)
        t.type("oh-KAH-for")                    // how to say it
        t.send(.enter)
        t.pause(seconds: 1)
        t.send(.character("h"))                 // her whole history
        t.pause(seconds: 1)
        t.send(.escape, .character("f"))        // what is owed
        t.pause(seconds: 1)
        t.send(.enter)                          // keep the one chosen
        t.pause(seconds: 1)
        t.send(.character("r"))                 // kept by mistake: owed again
        t.pause(seconds: 1)
        t.send(.escape, .character("q"), .character("y"))
        desk.runtime.run()

        let stored = try #require(try desk.store.patron(id: kate.id))
        #expect(stored.preferredName == "Katie")
        #expect(stored.pronunciation == "oh-KAH-for")
        let history = try #require(desk.frames(containing: "History · Katie (Catherine Okafor) · 2 encounters").last)
        #expect(history.contains("visit 10 days ago"))
        #expect(history.contains("visit 20 days ago"))
        #expect(!desk.frames(containing: "Katie: call about the ILL").isEmpty, "the list named her as she likes")
        #expect(desk.frames(containing: "kept ").contains { $0.contains("call about the ILL") }, "the list showed it kept")
        let promise = try #require(try desk.store.followUps(openOnly: false).first)
        #expect(!promise.followUp.isKept, "reopened, it is owed again")
        #expect(desk.terminal.frames.last.map { $0.textLines().joined() }?.contains("Katie: call about the ILL") == true)
    }

    @Test func aKindChosenByMistakeIsCorrectedWithATrail() throws {
        let desk = try WalkUpRuntimeTests.Desk()
        let t = desk.terminal
        t.send(.character("t"), .character("d"))   // a tally: directions, by mistake
        t.pause(seconds: 30)
        t.send(.character("r"))                   // this shift's encounters
        t.pause(seconds: 1)
        t.send(.enter)                            // the tally, in the close form
        t.send(.character("p"), .enter)           // it was a policy question
        t.pause(seconds: 1)
        t.send(.escape, .character("q"))
        desk.runtime.run()

        let stored = try desk.store.encounters(arrivedFrom: Fixture.now.addingTimeInterval(-60), to: Fixture.now.addingTimeInterval(60))
        let encounter = try #require(stored.first)
        #expect(stored.count == 1, "corrected, not saved again")
        #expect(encounter.kind == .policy)
        let changes = try desk.store.encounterChanges(id: encounter.id)
        #expect(changes.count == 1)
        #expect(changes.first?.staff == "JB")
        #expect(changes.first?.fields.map(\.name) == ["kind"])
        #expect(!desk.frames(containing: "Correct encounter of 10:30 · anonymous").isEmpty)
    }
}
