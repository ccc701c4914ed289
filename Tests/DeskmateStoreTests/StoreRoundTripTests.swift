import DeskmateCore
import DeskmateStore
import Foundation
import Testing

@Suite struct StoreRoundTripTests {
    @Test func patronsRoundTrip() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let added = try store.addPatron(
            PatronDraft(name: "  Zoë Ångström ", preferredName: "Zo", pronunciation: "ZOH-ee", notes: "large print"), now: t0)
        #expect(added.name == "Zoë Ångström")
        let fetched = try #require(try store.patron(id: added.id))
        #expect(fetched == added)
        let edited = try store.editPatron(id: added.id, PatronDraft(preferredName: "", notes: "prefers email"))
        #expect(edited.preferredName == nil)
        #expect(edited.notes == "prefers email")
        #expect(edited.pronunciation == "ZOH-ee")
        #expect(throws: StoreError.invalidInput("The name is empty.")) { try store.addPatron(PatronDraft(name: "  "), now: t0) }
        #expect(throws: StoreError.notFound("Patron 99")) { try store.editPatron(id: 99, PatronDraft(name: "X")) }
    }

    @Test func longTextIsRefusedWithAClearMessage() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let long = String(repeating: "x", count: 100_000)
        #expect(throws: StoreError.invalidInput("The name is too long: 100000 characters, at most 200.")) {
            try store.addPatron(PatronDraft(name: long), now: t0)
        }
        #expect(throws: StoreError.self) { try store.logEncounter(encounter(note: long)) }
    }

    @Test func encountersUpdateThePatronAndCarryFollowUps() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let p = try store.addPatron(PatronDraft(name: "Catherine Okafor"), now: t0)
        let first = try store.logEncounter(encounter(patron: p.id, arrived: t0, note: "hours"))
        let second = try store.logEncounter(encounter(
            patron: p.id, arrived: t0.addingTimeInterval(3600), note: "ILL request",
            followUp: FollowUpDraft(promise: "a call", due: "2026-11-25")))
        #expect(first.wait == 30 && first.service == 120)
        let patron = try #require(try store.patron(id: p.id))
        #expect(patron.visitCount == 2)
        #expect(patron.lastSeen == t0.addingTimeInterval(3600))
        let history = try store.history(patronID: p.id, limit: 10)
        #expect(history.map(\.id) == [second.id, first.id])
        #expect(history[0].followUp?.promise == "a call")
        let match = try #require(try store.lookup("okafor", limit: 5, now: t0).first)
        #expect(match.lastEncounter?.id == second.id)
        #expect(match.lastEncounter?.followUp?.due == "2026-11-25")

        let owed = try store.followUps(openOnly: true)
        #expect(owed.count == 1)
        let followUpID = try #require(second.followUp?.id)
        let kept = try store.keepFollowUp(id: followUpID, at: t0.addingTimeInterval(7200))
        #expect(kept.isKept)
        #expect(try store.followUps(openOnly: true).isEmpty)
        #expect(try store.followUps(openOnly: false).count == 1)
    }

    @Test func undoRestoresThePatron() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        let p = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0))
        let second = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(60)))
        try store.deleteEncounter(id: second.id)
        let patron = try #require(try store.patron(id: p.id))
        #expect(patron.visitCount == 1)
        #expect(patron.lastSeen == t0)
    }

    @Test func timesMustFollowEachOther() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        var draft = encounter()
        draft.closed = draft.arrived.addingTimeInterval(-5)
        #expect(throws: StoreError.self) { try store.logEncounter(draft) }
    }

    @Test func timersSurviveReopening() throws {
        let dir = TempFolder()
        let path = dir.file("s.sqlite")
        var timer: WaitingPatron
        do {
            let store = try SQLiteStore(path: path)
            timer = try store.startTimer(arrived: t0, mode: .phone, desk: "Main desk", branch: DeskNames.defaultBranch)
            timer.served = t0.addingTimeInterval(20)
            try store.updateTimer(timer)
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.timers(desk: "Main desk", branch: DeskNames.defaultBranch) == [timer])
        _ = try reopened.logEncounter(encounter(arrived: t0), closingTimer: timer.id)
        #expect(try reopened.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty)
    }

    @Test func shifts() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == nil)
        let shift = try store.startShift(desk: "Main desk", branch: DeskNames.defaultBranch, staff: "JB", at: t0)
        #expect(try store.startShift(desk: "Main desk", branch: DeskNames.defaultBranch, staff: "XX", at: t0) == shift, "one open shift per desk")
        let ended = try store.endShift(id: shift.id, at: t0.addingTimeInterval(3600))
        #expect(ended.ended == t0.addingTimeInterval(3600))
        #expect(try store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == nil)
        #expect(try store.lastEndedShift(desk: "Main desk", branch: DeskNames.defaultBranch) == ended)
    }

    @Test func importIsAllOrNothing() throws {
        let dir = TempFolder()
        let store = try SQLiteStore(path: dir.file("s.sqlite"))
        #expect(try store.importPatrons([PatronDraft(name: "A B"), PatronDraft(name: "C D")], now: t0) == 2)
        #expect(throws: StoreError.self) {
            try store.importPatrons([PatronDraft(name: "E F"), PatronDraft(name: "")], now: t0)
        }
        var names: [String] = []
        try store.allPatrons { names.append($0.name) }
        #expect(names == ["A B", "C D"])
    }
}
