import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import TerminalUI
import Testing

/// The runtime against a store that is slow or gone, as a shared store
/// across a network can be: the desk must go on reading keys, drawing
/// frames and ticking timers while a call is out or failing.
@Suite struct SlowStoreRuntimeTests {
    /// Holds the store call that enters it until the test releases it.
    final class Gate: @unchecked Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var enteredFlag = false
        private var releasedFlag = false

        var entered: Bool { lock.withLock { enteredFlag } }
        var released: Bool { lock.withLock { releasedFlag } }

        func enter() {
            lock.withLock { enteredFlag = true }
            // A failed test must not hang the suite: the wait gives up at last.
            _ = semaphore.wait(timeout: .now() + 60)
        }

        func release() {
            lock.withLock { releasedFlag = true }
            semaphore.signal()
        }
    }

    /// The store is unreachable while the desk's clock is inside `window`.
    final class Outage: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Fixture.now
        private var attemptsWhileDown = 0
        let window: Range<Date>

        init(window: Range<Date>) { self.window = window }

        var now: Date {
            get { lock.withLock { time } }
            set { lock.withLock { time = newValue } }
        }

        var attempts: Int { lock.withLock { attemptsWhileDown } }

        func check() throws {
            guard window.contains(now) else { return }
            lock.withLock { attemptsWhileDown += 1 }
            throw StoreError.unreachable(place: "postgresql://desk@db/library", detail: "The connection to the test server was lost.")
        }
    }

    /// The outbox, faked: what was held, and what went when sent.
    final class FakeOutbox: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: [EncounterDraft] = []
        private(set) var everHeld = 0

        func hold(_ draft: EncounterDraft) {
            lock.withLock {
                waiting.append(draft)
                everHeld += 1
            }
        }

        func send(to store: any PatronStore) -> Int {
            let drafts = lock.withLock { defer { waiting = [] }; return waiting }
            for draft in drafts { _ = try? store.logEncounter(draft) }
            return drafts.count
        }
    }

    static func text(_ frame: CellBuffer) -> String { frame.textLines().joined(separator: "\n") }

    @Test func keysAndFramesGoOnWhileASaveIsOutAndItsAnswerLandsAfter() throws {
        let base = try SQLiteStore.inMemory()
        _ = try base.addPatron(PatronDraft(name: "Zoë Ångström"), now: Fixture.now)
        let gate = Gate()
        let store = DeferredStore(base) { method in
            if method.hasPrefix("logEncounter") { gate.enter() }
        }
        let terminal = InMemoryTerminal(width: 100, height: 30)
        let runtime = DeskRuntime(terminal: terminal, requests: DeskStoreRequests(store: store, config: Fixture.config)) {
            Fixture.now.addingTimeInterval(Double(terminal.elapsedMilliseconds) / 1000)
        }
        var framesBeforeRelease = 0
        var screenWhileOut = ""
        terminal.holdsInput = { [runtime] in
            if gate.released { return runtime.isLookingUp || runtime.isStoreBusy } // wait for the save's answer
            guard gate.entered else { return runtime.isLookingUp || runtime.isStoreBusy }
            // The save is out, held: typing goes on.
            if runtime.isLookingUp { return true }
            if terminal.screenText.contains("Zoë Ångström") {
                screenWhileOut = terminal.screenText
                framesBeforeRelease = terminal.frames.count
                gate.release()
                return true
            }
            return false
        }
        terminal.send(.character("n"))
        terminal.pause(seconds: 30)
        terminal.send(.character("c"))
        terminal.type("r3")
        terminal.send(.enter)                   // the save: held in the store
        terminal.pause(seconds: 2)
        terminal.send(.character("/"))
        terminal.type("zo")                     // typed while the save is out
        terminal.pause(seconds: 1)
        terminal.send(.escape)
        runtime.run()

        #expect(gate.released, "the lookup typed after the save was shown while the save was held")
        #expect(screenWhileOut.contains("zo"), "the keys were read")
        let before = terminal.frames.prefix(framesBeforeRelease).map(Self.text)
        let after = terminal.frames.dropFirst(framesBeforeRelease).map(Self.text)
        #expect(!before.contains { $0.contains("Saved ·") }, "no answer before the store gave one")
        #expect(after.contains { $0.contains("Saved ·") }, "the save's answer landed after the release")
        let stored = try base.encounters(arrivedFrom: Fixture.now.addingTimeInterval(-60), to: Fixture.now.addingTimeInterval(60))
        #expect(stored.count == 1)
        #expect(stored.first?.closed == Fixture.now.addingTimeInterval(30), "closed when Enter was pressed, not when the store answered")
        #expect(try base.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty, "the save closed the timer")
    }

    /// The store drops ten seconds into the shift and is back thirty
    /// seconds later: timers go on, a closed encounter goes to the outbox,
    /// a lookup says it must wait, and when the store is back the new timer
    /// is stored, the closed one's timer removed and the held encounter sent.
    @Test func theDeskKeepsWorkingThroughAnOutageAndCatchesUpAfter() throws {
        let base = try SQLiteStore.inMemory()
        _ = try base.addPatron(PatronDraft(name: "Zoë Ångström"), now: Fixture.now)
        let outage = Outage(window: Fixture.now.addingTimeInterval(10)..<Fixture.now.addingTimeInterval(40))
        let outbox = FakeOutbox()
        let store = DeferredStore(base) { _ in try outage.check() }
        let requests = DeskStoreRequests(store: store, config: Fixture.config, hold: { outbox.hold($0) },
                                         sendHeld: { outbox.send(to: base) })
        let terminal = InMemoryTerminal(width: 100, height: 30)
        let runtime = DeskRuntime(terminal: terminal, requests: requests, retryInterval: 12) {
            let now = Fixture.now.addingTimeInterval(Double(terminal.elapsedMilliseconds) / 1000)
            outage.now = now
            return now
        }
        terminal.holdsInput = { [runtime] in runtime.isLookingUp || runtime.isStoreBusy }
        terminal.send(.character("n"))          // A walks up: stored
        terminal.pause(seconds: 10)             // the store drops
        terminal.send(.character("n"))          // B walks up: on screen only
        terminal.send(.character("c"))          // A is closed
        terminal.type("r3")
        terminal.send(.enter)
        terminal.send(.character("/"))
        terminal.type("zo")
        terminal.send(.escape)
        terminal.pause(seconds: 5)
        terminal.pause(seconds: 10)             // a retry at 0:25 finds it still down
        terminal.pause(seconds: 20)             // the store is back; the retry at 0:45 finds it
        terminal.pause(seconds: 1)
        runtime.run()

        let frames = terminal.frames.map(Self.text)
        let down = frames.filter { $0.contains("Shared store unreachable") }
        #expect(!down.isEmpty, "the screen said so")
        #expect(down.contains { $0.contains("0:05") && $0.contains("waiting") }, "B's timer ticked during the outage")
        #expect(frames.contains { $0.contains("Kept here · sent when the shared store is back") })
        #expect(frames.contains { $0.contains("The shared store cannot be reached") }, "the lookup said so")
        #expect(frames.contains { $0.contains("The shared store is back · 1 kept encounter sent") })
        #expect(frames.last.map { !$0.contains("unreachable") } == true, "the line went away")
        #expect(outbox.everHeld == 1)
        #expect(outage.attempts >= 2, "a retry during the outage failed and changed nothing")

        let timers = try base.timers(desk: "Main desk", branch: DeskNames.defaultBranch)
        #expect(timers.map(\.arrived) == [Fixture.now.addingTimeInterval(10)], "B stored, A's timer removed")
        #expect(runtime.state.timers.map(\.id) == timers.map(\.id), "the screen took the store's id")
        let stored = try base.encounters(arrivedFrom: Fixture.now.addingTimeInterval(-60), to: Fixture.now.addingTimeInterval(60))
        #expect(stored.map(\.arrived) == [Fixture.now], "A's encounter arrived once, through the outbox")
        #expect(stored.first?.read == ReadLevel(rawValue: 3))
    }

    @Test func aDeskOpenedWhileTheStoreIsDownConnectsWhenItIsBack() throws {
        let base = try SQLiteStore.inMemory()
        let outage = Outage(window: Fixture.now..<Fixture.now.addingTimeInterval(20))
        let store = DeferredStore(base) { _ in try outage.check() }
        let requests = DeskStoreRequests(store: store, config: Fixture.config)
        requests.markUnreachable("Cannot open the shared store: no server.")
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runtime = DeskRuntime(terminal: terminal, requests: requests, retryInterval: 12) {
            let now = Fixture.now.addingTimeInterval(Double(terminal.elapsedMilliseconds) / 1000)
            outage.now = now
            return now
        }
        terminal.holdsInput = { [runtime] in runtime.isStoreBusy }
        terminal.pause(seconds: 5)
        terminal.send(.character("n"))
        terminal.pause(seconds: 20)
        terminal.pause(seconds: 1)
        runtime.run()

        #expect(terminal.frames.first.map(Self.text)?.contains("Shared store unreachable") == true)
        #expect(try base.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) != nil, "the shift opened once the store was back")
        #expect(try base.timers(desk: "Main desk", branch: DeskNames.defaultBranch).map(\.arrived) == [Fixture.now.addingTimeInterval(5)])
        #expect(runtime.state.storeUnreachable == nil)
    }
}
