import DeskmateCore
import Foundation
import TerminalUI

/// Runs the desk screen on a terminal and a store until staff quit: the only
/// loop that reads keys, the only place the clock is read for the screen,
/// and the one place every effect `update` asks for is carried out.
///
/// The input thread never calls the store. Store effects go, in order, to
/// one serial worker (so a timer is stored before it is updated, an update
/// before the save that closes it); lookups go to a worker of their own, so
/// a slow save never holds one up (on the shared store they still take turns
/// on its one connection, but a save queued behind a lookup does not wait
/// for the typing to stop). Answers come back as messages the loop drains.
///
/// The terminal is any `TerminalBackend`: ncurses at the desk, an
/// `InMemoryTerminal` in tests. It sleeps in the terminal's key wait: 10 ms
/// while a request is out, else until the next whole second while a timer
/// runs and the next minute otherwise, so an idle desk costs nothing. While
/// the shared store cannot be reached it is tried again every
/// `retryInterval` of the clock it is handed.
public final class DeskRuntime {
    public private(set) var state: DeskState
    private let terminal: any TerminalBackend
    private let requests: DeskStoreRequests
    private let lookups: LookupWorker
    private let storeWorker = RequestWorker(label: "deskmate.store")
    private let clock: () -> Date
    private let retryInterval: TimeInterval
    private var nextRetry: Date?
    private var inbox: [DeskMessage] = []

    /// How often an unreachable shared store is tried again, in seconds.
    public static let retryInterval: TimeInterval = 12

    /// - Parameter clock: the time now; tests hand in a clock of their own.
    public init(terminal: any TerminalBackend, requests: DeskStoreRequests, retryInterval: TimeInterval = DeskRuntime.retryInterval,
                clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.requests = requests
        self.clock = clock
        self.retryInterval = retryInterval
        lookups = LookupWorker(requests: requests)
        let size = terminal.size()
        state = DeskState(config: requests.config, now: clock(), width: size.width, height: size.height)
        state.storeUnreachable = requests.unreachable
    }

    /// Whether a lookup is still running or its results are not yet taken.
    public var isLookingUp: Bool { lookups.isBusy }

    /// Whether a store request is queued or running, or its answer not yet taken.
    public var isStoreBusy: Bool { storeWorker.isBusy }

    /// Blocks until every store request queued so far has run; its answers
    /// are taken at the loop's next turn. For tests.
    public func waitUntilStoreIdle() { storeWorker.waitUntilIdle() }

    /// Runs until staff quit or the terminal goes away. Timers are stored as
    /// they start, so ending at any point loses nothing the store has taken;
    /// on the way out it waits for the requests already queued (a save, the
    /// end of the shift), each bounded by the store's own deadlines.
    public func run() {
        let now = state.now
        submit { $0.start(now: now) }
        var dirty = true
        while !state.quitting {
            while !inbox.isEmpty {
                let message = inbox.removeFirst()
                for effect in DeskUpdate.update(&state, message) { inbox += dispatch(effect) }
                dirty = true
            }
            if state.quitting { break }
            if dirty {
                let frame = DeskView.render(state)
                terminal.present(frame.buffer, cursor: frame.cursor)
                dirty = false
            }
            if terminal.hungUp { break }

            if let event = terminal.readEvent(timeoutMilliseconds: waitMilliseconds()) {
                inbox.append(.tick(clock()))
                inbox.append(Self.message(for: event))
                // Take whatever else was typed ahead before redrawing.
                while inbox.count < 64, let more = terminal.readEvent(timeoutMilliseconds: 0) {
                    inbox.append(Self.message(for: more))
                }
            }
            inbox += lookups.drain()
            inbox += storeWorker.drain()
            let now = clock()
            retryIfDue(now: now)
            let secondChanged = Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970)
            let minuteChanged = Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60)
            if inbox.isEmpty && ((state.needsTicks && secondChanged) || minuteChanged) {
                inbox.append(.tick(now))
            }
        }
        storeWorker.waitUntilIdle()
    }

    /// While the store cannot be reached, and nothing else is on its way to
    /// it, tries it again once `retryInterval` has passed since it failed.
    private func retryIfDue(now: Date) {
        guard state.storeUnreachable != nil else {
            nextRetry = nil
            return
        }
        guard let due = nextRetry else {
            nextRetry = now.addingTimeInterval(retryInterval)
            return
        }
        guard now >= due, !storeWorker.isBusy else { return }
        nextRetry = now.addingTimeInterval(retryInterval)
        submit { $0.reconnect(now: now) }
    }

    /// Hands one store request to the store worker.
    private func submit(_ job: @escaping @Sendable (DeskStoreRequests) -> [DeskMessage]) {
        let requests = requests
        storeWorker.submit { job(requests) }
    }

    /// Carries out one effect: store effects are queued, their answers come
    /// later; the rest happen at once. Returns any messages due now.
    func dispatch(_ effect: DeskEffect) -> [DeskMessage] {
        let now = state.now
        switch effect {
        case .load: submit { $0.load(now: now) }
        case .startTimer(let arrived, let mode, let patronID, let served, let localID):
            submit { $0.startTimer(arrived: arrived, mode: mode, patronID: patronID, served: served, localID: localID) }
        case .updateTimer(let timer): submit { $0.updateTimer(timer) }
        case .removeTimer(let id): submit { $0.removeTimer(id: id) }
        case .lookup(let query, let generation): lookups.submit(query: query, generation: generation, now: now)
        case .loadCard(let patronID): submit { $0.loadCard(patronID: patronID) }
        case .addPatron(let draft, let timerID): submit { $0.addPatron(draft, timerID: timerID, now: now) }
        case .editPatron(let id, let draft): submit { $0.editPatron(id: id, draft) }
        case .loadHistory(let patronID): submit { $0.loadHistory(patronID: patronID) }
        case .loadPromises: submit { $0.loadPromises() }
        case .searchNotes(let words, let generation): submit { $0.searchNotes(words, generation: generation) }
        case .loadShiftEncounters: submit { $0.loadShiftEncounters(now: now) }
        case .correctEncounter(let id, let correction): submit { $0.correctEncounter(id: id, correction, now: now) }
        case .save(let draft, let timer): submit { $0.save(draft, timer: timer) }
        case .undo(let last): submit { $0.undo(last) }
        case .loadSummary: submit { $0.loadSummary(now: now) }
        case .exportSummary: submit { $0.exportSummary(now: now) }
        case .loadPeriod(let from, let to, let allDesks, let generation):
            submit { $0.loadPeriod(from: from, to: to, allDesks: allDesks, generation: generation, now: now) }
        case .tally(let draft, let count): submit { $0.tally(draft, count: count) }
        case .keepFollowUp(let id): submit { $0.keepFollowUp(id: id, now: now) }
        case .reopenFollowUp(let id): submit { $0.reopenFollowUp(id: id, now: now) }
        case .endShift: submit { $0.endShift(now: now) }
        case .redrawAll: terminal.redrawAll()
        case .quit: state.quitting = true
        }
        return []
    }

    static func message(for event: InputEvent) -> DeskMessage {
        switch event {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    /// How long to sleep in the key wait: briefly while an answer is due,
    /// else until the next second (timers on screen) or minute, or the next
    /// retry of an unreachable store, whichever comes first.
    func waitMilliseconds() -> Int32 {
        if lookups.isBusy || storeWorker.isBusy { return 10 }
        let now = clock()
        let seconds = now.timeIntervalSince1970
        var wait = state.needsTicks ? 1 - seconds.truncatingRemainder(dividingBy: 1) : 60 - seconds.truncatingRemainder(dividingBy: 60)
        if let nextRetry { wait = min(wait, max(0, nextRetry.timeIntervalSince(now))) }
        return Int32(wait * 1000) + 2
    }
}
