import ArgumentParser
import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import NcursesBackend
import TerminalUI

extension SQLiteStore: TimerClosingStore {}

/// Runs the desk screen on a store until staff quit: the only loop that
/// reads keys, and the only place the clock is read for the screen.
///
/// It sleeps in the terminal's key wait: until the next whole second while a
/// timer runs, until the next minute otherwise, so an idle desk costs
/// nothing.
enum DeskLauncher {
    static func run(store: SQLiteStore, identity: DeskIdentity, goals: DeskGoals) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { terminal.close() }

        // Handover notes stay beside the store, in its private folder.
        let handovers = (store.path as NSString).deletingLastPathComponent + "/handovers"
        let config = DeskConfig(
            desk: identity.desk, staff: identity.staff, goals: goals, timeZone: .current, handoverFolder: handovers)
        if (try? store.openShift()) == nil {
            // A shift starts now, or when the oldest patron still waiting walked up.
            let oldest = ((try? store.timers()) ?? []).map(\.arrived).min() ?? Now.date()
            _ = try? store.startShift(desk: identity.desk, staff: identity.staff, at: min(oldest, Now.date()))
        }
        let effects = DeskEffects(store: store, config: config) { text, path in
            try PrivateFiles.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        }
        let worker = LookupWorker(effects: effects)
        let size = terminal.size()
        var state = DeskState(config: config, now: Now.date(), width: size.width, height: size.height)
        var inbox: [DeskMessage] = effects.perform(.load, now: state.now)
        var dirty = true

        while !state.quitting {
            while !inbox.isEmpty {
                let message = inbox.removeFirst()
                for effect in DeskUpdate.update(&state, message) {
                    switch effect {
                    case .lookup(let query, let generation):
                        worker.submit(query: query, generation: generation, now: state.now)
                    case .redrawAll:
                        terminal.redrawAll()
                    case .quit:
                        state.quitting = true
                    default:
                        inbox += effects.perform(effect, now: state.now)
                    }
                }
                dirty = true
            }
            if state.quitting { break }
            if dirty {
                let frame = DeskView.render(state)
                terminal.present(frame.buffer, cursor: frame.cursor)
                dirty = false
            }
            // Timers are already stored: ending here loses nothing.
            if Terminal.takePendingSignal() != nil || terminal.hungUp { break }

            let timeout = waitMilliseconds(state: state, lookupBusy: worker.isBusy)
            if let event = terminal.readEvent(timeoutMilliseconds: timeout) {
                inbox.append(.tick(Now.date()))
                inbox.append(message(for: event))
                // Take whatever else was typed ahead before redrawing.
                while inbox.count < 64, let more = terminal.readEvent(timeoutMilliseconds: 0) {
                    inbox.append(message(for: more))
                }
            }
            inbox += worker.drain()
            let now = Now.date()
            let secondChanged = Int(now.timeIntervalSince1970) != Int(state.now.timeIntervalSince1970)
            let minuteChanged = Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60)
            if inbox.isEmpty && ((state.needsTicks && secondChanged) || minuteChanged) {
                inbox.append(.tick(now))
            }
        }
    }

    static func message(for event: InputEvent) -> DeskMessage {
        switch event {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    /// How long to sleep in the key wait.
    static func waitMilliseconds(state: DeskState, lookupBusy: Bool) -> Int32 {
        if lookupBusy { return 10 }
        let now = Now.date().timeIntervalSince1970
        if state.needsTicks {
            return Int32((1 - now.truncatingRemainder(dividingBy: 1)) * 1000) + 2
        }
        return Int32((60 - now.truncatingRemainder(dividingBy: 60)) * 1000) + 2
    }
}
