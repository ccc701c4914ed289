import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// The desk's runtime loop, driven through an in-memory terminal against a
/// real (in-memory) SQLite store: keys in, frames and stored rows out, with
/// no tmux and no clock but the terminal's own.
@Suite struct WalkUpRuntimeTests {
    /// A desk whose clock is the terminal's: it starts at `Fixture.now` and
    /// moves only when the script pauses.
    struct Desk {
        let store: SQLiteStore
        let terminal: InMemoryTerminal
        let runtime: DeskRuntime

        init(width: Int = 100, height: Int = 30, desk: String = "Main desk", store: SQLiteStore? = nil) throws {
            self.store = try store ?? SQLiteStore.inMemory()
            let terminal = InMemoryTerminal(width: width, height: height)
            let config = DeskConfig(desk: desk, staff: "JB", timeZone: Fixture.utc)
            runtime = DeskRuntime(terminal: terminal, requests: DeskStoreRequests(store: self.store, config: config)) {
                Fixture.now.addingTimeInterval(Double(terminal.elapsedMilliseconds) / 1000)
            }
            // A person waits to see the results (and the store's answers)
            // before pressing the next key.
            terminal.holdsInput = { [runtime] in runtime.isLookingUp || runtime.isStoreBusy }
            self.terminal = terminal
        }

        func frames(containing text: String) -> [String] {
            terminal.frames.map { $0.textLines().joined(separator: "\n") }.filter { $0.contains(text) }
        }
    }

    @Test func aWholeWalkUpIsStoredAndSummarised() throws {
        let desk = try Desk()
        let kate = try desk.store.addPatron(
            PatronDraft(name: "Catherine Okafor", preferredName: "Kate"), now: Fixture.now.addingTimeInterval(-86_400 * 30))
        let t = desk.terminal
        t.send(.character("n"))                 // she walks up
        t.pause(seconds: 40)
        t.send(.character("/"))                 // look her up as heard
        t.type("Catherine")
        t.send(.enter)                          // attach: serving starts
        t.pause(seconds: 120)
        t.send(.character("c"))                 // close: reference, READ 3, a note
        t.type("r3Renewed the ILL")
        t.send(.enter)                          // save
        t.pause(seconds: 2)
        t.send(.character("s"))                 // the shift summary
        t.pause(seconds: 1)
        t.send(.character("q"), .character("q"), .character("y"))
        desk.runtime.run()

        #expect(desk.runtime.state.quitting)
        #expect(!desk.frames(containing: "Catherine Okafor").isEmpty, "the lookup showed her")
        #expect(!desk.frames(containing: "Close encounter · Kate").isEmpty, "the form knew who it closed")
        let summary = try #require(desk.frames(containing: "Shift summary").last)
        #expect(summary.contains("1 encounters · 1 with a known patron · 0 anonymous"))

        let stored = try desk.store.encounters(arrivedFrom: Fixture.now.addingTimeInterval(-3600),
                                               to: Fixture.now.addingTimeInterval(3600))
        let encounter = try #require(stored.first)
        #expect(stored.count == 1)
        #expect(encounter.patronID == kate.id)
        #expect(encounter.kind == .reference)
        #expect(encounter.read == ReadLevel(rawValue: 3))
        #expect(encounter.note == "Renewed the ILL")
        #expect(encounter.arrived == Fixture.now)
        #expect(encounter.wait == 40)
        #expect(encounter.service == 120)
        #expect(try desk.store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty, "saving closed the timer")
        #expect(try desk.store.openShift(desk: "Main desk", branch: DeskNames.defaultBranch)?.started == Fixture.now, "the desk opened a shift")
    }

    @Test func ctrlLRepaintsAndTheEndOfTheScriptEndsTheLoop() throws {
        let desk = try Desk(width: 80, height: 24)
        desk.terminal.send(.control("l"))
        desk.runtime.run()
        #expect(desk.terminal.redraws == 1)
        #expect(!desk.runtime.state.quitting, "a hung-up terminal ends the loop without quitting")
        #expect(desk.terminal.screenText.contains("Nobody waiting"))
    }

    /// Two desks on one store, the measured bug of issue 11: Reference's
    /// waiting patron, shift and encounters stay Reference's when Children
    /// starts a moment later, and Children ending its shift leaves Reference's.
    @Test func twoDesksOnOneStoreKeepTheirOwnLineShiftAndToday() throws {
        let reference = try Desk(desk: "Reference")
        let t = reference.terminal
        t.send(.character("n"))                 // one patron walks up…
        t.pause(seconds: 5)
        t.send(.character("n"))                 // …and another
        t.pause(seconds: 30)
        t.send(.character("c"))                 // the first is served and closed
        t.type("r3")
        t.send(.enter)
        t.pause(seconds: 1)
        reference.runtime.run()
        #expect(reference.runtime.state.timers.count == 1, "Reference still has one waiting")
        #expect(reference.runtime.state.today.encounters == 1)
        let referenceShift = try #require(try reference.store.openShift(desk: "Reference", branch: DeskNames.defaultBranch))

        let children = try Desk(desk: "Children", store: reference.store)
        children.terminal.send(.control("l"))
        children.runtime.run()
        let state = children.runtime.state
        #expect(state.timers.isEmpty, "Reference's patron is not in Children's line")
        #expect(children.terminal.screenText.contains("Nobody waiting"))
        #expect(state.today.encounters == 0, "Reference's encounter is not in Children's Today")
        #expect(state.shift?.desk == "Children", "Children opened its own shift")
        #expect(state.shift?.id != referenceShift.id)

        let childrenQuits = try Desk(desk: "Children", store: reference.store)
        childrenQuits.terminal.send(.character("q"), .character("e"))
        childrenQuits.runtime.run()
        #expect(try reference.store.openShift(desk: "Children", branch: DeskNames.defaultBranch) == nil, "Children ended its shift")
        #expect(try reference.store.openShift(desk: "Reference", branch: DeskNames.defaultBranch) == referenceShift, "and left Reference's open")
        #expect(try reference.store.timers(desk: "Reference", branch: DeskNames.defaultBranch).count == 1)
    }
}
