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

        init(width: Int = 100, height: Int = 30) throws {
            store = try SQLiteStore.inMemory()
            let terminal = InMemoryTerminal(width: width, height: height)
            let config = DeskConfig(desk: "Main desk", staff: "JB", timeZone: Fixture.utc)
            runtime = DeskRuntime(terminal: terminal, requests: DeskStoreRequests(store: store, config: config)) {
                Fixture.now.addingTimeInterval(Double(terminal.elapsedMilliseconds) / 1000)
            }
            // A person waits to see the results before pressing Enter.
            terminal.holdsInput = { [runtime] in runtime.isLookingUp }
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
        #expect(try desk.store.timers().isEmpty, "saving closed the timer")
        #expect(try desk.store.openShift()?.started == Fixture.now, "the desk opened a shift")
    }

    @Test func ctrlLRepaintsAndTheEndOfTheScriptEndsTheLoop() throws {
        let desk = try Desk(width: 80, height: 24)
        desk.terminal.send(.control("l"))
        desk.runtime.run()
        #expect(desk.terminal.redraws == 1)
        #expect(!desk.runtime.state.quitting, "a hung-up terminal ends the loop without quitting")
        #expect(desk.terminal.screenText.contains("Nobody waiting"))
    }
}
