import DeskmateCore
import Foundation
import TerminalUI

/// Runs the desk screen on a terminal and a store until staff quit: the only
/// loop that reads keys, the only place the clock is read for the screen,
/// and the one place every effect `update` asks for is carried out.
///
/// The terminal is any `TerminalBackend`: ncurses at the desk, an
/// `InMemoryTerminal` in tests. It sleeps in the terminal's key wait: until
/// the next whole second while a timer runs, until the next minute
/// otherwise, so an idle desk costs nothing.
public final class DeskRuntime {
    public private(set) var state: DeskState
    private let terminal: any TerminalBackend
    private let requests: DeskStoreRequests
    private let worker: LookupWorker
    private let clock: () -> Date
    private var inbox: [DeskMessage] = []

    /// - Parameter clock: the time now; tests hand in a clock of their own.
    public init(terminal: any TerminalBackend, requests: DeskStoreRequests, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.requests = requests
        self.clock = clock
        worker = LookupWorker(requests: requests)
        let size = terminal.size()
        state = DeskState(config: requests.config, now: clock(), width: size.width, height: size.height)
    }

    /// Whether a lookup is still running or its results are not yet taken.
    public var isLookingUp: Bool { worker.isBusy }

    /// Runs until staff quit or the terminal goes away. Timers are stored as
    /// they start, so ending at any point loses nothing.
    public func run() {
        requests.openShiftIfNone(now: state.now)
        inbox = requests.load(now: state.now)
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

            let timeout = waitMilliseconds(lookupBusy: worker.isBusy)
            if let event = terminal.readEvent(timeoutMilliseconds: timeout) {
                inbox.append(.tick(clock()))
                inbox.append(Self.message(for: event))
                // Take whatever else was typed ahead before redrawing.
                while inbox.count < 64, let more = terminal.readEvent(timeoutMilliseconds: 0) {
                    inbox.append(Self.message(for: more))
                }
            }
            inbox += worker.drain()
            let now = clock()
            let secondChanged = Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970)
            let minuteChanged = Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60)
            if inbox.isEmpty && ((state.needsTicks && secondChanged) || minuteChanged) {
                inbox.append(.tick(now))
            }
        }
    }

    /// Carries out one effect; the messages that answer it, in order.
    func dispatch(_ effect: DeskEffect) -> [DeskMessage] {
        let now = state.now
        switch effect {
        case .load: return requests.load(now: now)
        case .startTimer(let arrived, let mode, let patronID, let served):
            return requests.startTimer(arrived: arrived, mode: mode, patronID: patronID, served: served)
        case .updateTimer(let timer): return requests.updateTimer(timer)
        case .removeTimer(let id): return requests.removeTimer(id: id)
        case .lookup(let query, let generation):
            worker.submit(query: query, generation: generation, now: now)
            return []
        case .loadCard(let patronID): return requests.loadCard(patronID: patronID)
        case .addPatron(let name, let timerID): return requests.addPatron(name: name, timerID: timerID, now: now)
        case .save(let draft, let timer): return requests.save(draft, timer: timer)
        case .undo(let last): return requests.undo(last)
        case .loadSummary: return requests.loadSummary(now: now)
        case .exportSummary: return requests.exportSummary(now: now)
        case .keepFollowUp(let id): return requests.keepFollowUp(id: id, now: now)
        case .endShift: return requests.endShift(now: now)
        case .redrawAll:
            terminal.redrawAll()
            return []
        case .quit:
            state.quitting = true
            return []
        }
    }

    static func message(for event: InputEvent) -> DeskMessage {
        switch event {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    /// How long to sleep in the key wait.
    func waitMilliseconds(lookupBusy: Bool) -> Int32 {
        if lookupBusy { return 10 }
        let now = clock().timeIntervalSince1970
        if state.needsTicks {
            return Int32((1 - now.truncatingRemainder(dividingBy: 1)) * 1000) + 2
        }
        return Int32((60 - now.truncatingRemainder(dividingBy: 60)) * 1000) + 2
    }
}
