import DeskmateCore
import Foundation

/// The desk's effects that go to the store (and the handover note's file),
/// each answered with the messages it produces. `DeskRuntime` runs every one
/// of them on its store worker (lookups on their own worker), never on the
/// input thread, so each may take as long as the network makes it.
///
/// When the shared store cannot be reached (`StoreError.isUnreachable`) the
/// desk keeps working: timer changes wait in an `OfflineLedger`, a closed
/// encounter goes to `hold` (the outbox), reads say they must wait, and
/// `reconnect` (see DeskStoreRequests+Reconnect.swift) sends it all when
/// the store is back.
public final class DeskStoreRequests: @unchecked Sendable {
    let store: any PatronStore
    let config: DeskConfig
    let writeFile: FileWriter?
    let hold: Hold?
    let sendHeld: SendHeld?
    /// Touched only on the store worker's thread, one job at a time.
    var ledger = OfflineLedger()
    private let reachability = NSLock()
    private var unreachableDetail: String?

    /// Writes `text` to `path` privately and whole (the command line's
    /// atomic writer); handed in so this module never touches files itself.
    public typealias FileWriter = @Sendable (_ text: String, _ path: String) throws -> Void
    /// Keeps a closed encounter that the store could not take, to be sent
    /// later (the outbox); throws when it cannot be kept either.
    public typealias Hold = @Sendable (EncounterDraft) throws -> Void
    /// Sends what `hold` kept; how many encounters went.
    public typealias SendHeld = @Sendable () -> Int

    /// - Parameters:
    ///   - hold: where a closed encounter goes while the store is
    ///     unreachable; without one it is kept in memory until the store is
    ///     back (and lost if the desk quits first).
    ///   - sendHeld: sends what `hold` kept, when the store is back.
    public init(store: any PatronStore, config: DeskConfig, writeFile: FileWriter? = nil, hold: Hold? = nil,
                sendHeld: SendHeld? = nil) {
        self.store = store
        self.config = config
        self.writeFile = writeFile
        self.hold = hold
        self.sendHeld = sendHeld
    }

    /// What the store said when it last could not be reached; nil while it can.
    public var unreachable: String? { reachability.withLock { unreachableDetail } }

    /// Says the store cannot be reached (nil: it can): calls are not tried
    /// until `reconnect` finds it back. For a desk opening on an unreachable store.
    public func markUnreachable(_ detail: String?) { reachability.withLock { unreachableDetail = detail } }

    /// Opening the desk: this desk's shift (opened when it has none), then
    /// its state as stored.
    public func start(now: Date) -> [DeskMessage] {
        answer({
            try openShiftIfNone(now: now)
            return [.loaded(try snapshot(now: now))]
        }, unreachable: { [] })
    }

    /// Opens this desk's shift when it has none open: from now, or from when
    /// the oldest patron still waiting in its line walked up.
    func openShiftIfNone(now: Date) throws {
        guard try store.openShift(desk: config.desk, branch: config.branch) == nil else { return }
        let oldest = try store.timers(desk: config.desk, branch: config.branch).map(\.arrived).min() ?? now
        _ = try store.startShift(desk: config.desk, branch: config.branch, staff: config.staff, at: min(oldest, now))
    }

    public func load(now: Date) -> [DeskMessage] {
        answer({ [.loaded(try snapshot(now: now))] }, unreachable: { [] })
    }

    /// Stores the timer the screen started as `localID`; while unreachable
    /// it runs on screen only and is stored when the store is back.
    public func startTimer(arrived: Date, mode: ContactMode, patronID: Int64?, served: Date?, localID: Int64) -> [DeskMessage] {
        let start = OfflineLedger.PendingStart(localID: localID, arrived: arrived, mode: mode, patronID: patronID, served: served)
        return answer({ [.timerStarted(try storeTimer(start), localID: localID)] }, unreachable: { [self] in
            guard let stored = ledger.stored(localID) else {
                ledger.startLater(start)
                return []
            }
            // Stored, but its patron or served time was not: sent later.
            let timer = WaitingPatron(id: stored, arrived: arrived, served: served, patronID: patronID, mode: mode)
            ledger.updateLater(timer)
            return [.timerStarted(timer, localID: localID)]
        }, refused: { [self] in
            guard let stored = ledger.stored(localID) else { return [.timerNotStarted(localID: localID)] }
            return [.timerStarted(WaitingPatron(id: stored, arrived: arrived, mode: mode), localID: localID)]
        })
    }

    func storeTimer(_ start: OfflineLedger.PendingStart) throws -> WaitingPatron {
        var timer = try store.startTimer(arrived: start.arrived, mode: start.mode, desk: config.desk, branch: config.branch)
        ledger.started(localID: start.localID, storedID: timer.id)
        if start.patronID != nil || start.served != nil {
            timer.patronID = start.patronID
            timer.served = start.served
            try store.updateTimer(timer)
        }
        return timer
    }

    public func updateTimer(_ timer: WaitingPatron) -> [DeskMessage] {
        guard let stored = ledger.stored(timer.id) else {
            ledger.updateLater(timer)
            return []
        }
        var copy = timer
        copy.id = stored
        return answer({ try store.updateTimer(copy); return [] }, unreachable: { [self] in ledger.updateLater(copy); return [] })
    }

    public func removeTimer(id: Int64) -> [DeskMessage] {
        guard let stored = ledger.stored(id) else {
            ledger.removeLater(id)
            return []
        }
        return answer({ try store.removeTimer(id: stored); return [] }, unreachable: { [self] in ledger.removeLater(stored); return [] })
    }

    public func lookup(query: String, generation: Int, now: Date) -> [DeskMessage] {
        answer({ [.lookupResults(generation: generation, try store.lookup(query, limit: 20, now: now))] },
               unreachable: { [.lookupResults(generation: generation, [])] })
    }

    public func loadCard(patronID: Int64) -> [DeskMessage] {
        answer({
            guard let patron = try store.patron(id: patronID) else { return [.cardLoaded(nil)] }
            return [.cardLoaded(PatronCard(patron: patron, recent: try store.history(patronID: patronID, limit: 3)))]
        }, unreachable: { [] })
    }

    /// Adds a patron: from the lookup's one key (the name alone) or from
    /// the patron form; a refusal leaves the form open.
    public func addPatron(_ draft: PatronDraft, timerID: Int64?, now: Date) -> [DeskMessage] {
        answer({ [.patronAdded(try store.addPatron(draft, now: now), timerID: timerID)] },
               unreachable: { [.failed(Self.waitsForStore), .patronFormRefused] }, refused: { [.patronFormRefused] })
    }

    /// Saves the encounter and, in the same transaction, closes its timer;
    /// while unreachable the encounter is held and the timer closed later.
    public func save(_ draft: EncounterDraft, timer: WaitingPatron?) -> [DeskMessage] {
        let closing = timer.flatMap { ledger.stored($0.id) }
        if let timer, closing == nil { ledger.removeLater(timer.id) } // never stored: nothing to close
        return answer({ [.saved(try store.logEncounter(draft, closingTimer: closing), timer: timer)] }, unreachable: { [self] in
            if let closing { ledger.removeLater(closing) }
            return keep(draft)
        })
    }

    /// Hands a closed encounter to the outbox, or keeps it in memory.
    func keep(_ draft: EncounterDraft) -> [DeskMessage] {
        guard let hold else {
            ledger.drafts.append(draft)
            return [.kept(inOutbox: false)]
        }
        do {
            try hold(draft)
            return [.kept(inOutbox: true)]
        } catch {
            ledger.drafts.append(draft)
            return [.kept(inOutbox: false), .failed("The outbox could not keep it (\(error)); do not quit until the store is back.")]
        }
    }

    public func undo(_ last: LastSave) -> [DeskMessage] {
        answer {
            try store.deleteEncounter(id: last.encounter.id)
            if let timer = last.timer {
                var restored = try store.startTimer(arrived: timer.arrived, mode: timer.mode, desk: config.desk, branch: config.branch)
                restored.served = timer.served
                restored.patronID = timer.patronID
                try store.updateTimer(restored)
            }
            return [.undone(last.encounter)]
        }
    }

    public func loadSummary(now: Date) -> [DeskMessage] {
        answer { [.summaryLoaded(try summary(now: now))] }
    }

    public func exportSummary(now: Date) -> [DeskMessage] {
        answer {
            guard let folder = config.handoverFolder, let writeFile else {
                return [.failed("This desk has nowhere to write a handover note.")]
            }
            let path = folder + "/" + HandoverNote.fileName(now: now, timeZone: config.timeZone)
            try writeFile(ReportWriter(report: try summary(now: now), timeZone: config.timeZone).markdown(), path)
            return [.exported(path: path)]
        }
    }

    /// Keeps a promise; the desk's state and the list of promises follow.
    public func keepFollowUp(id: Int64, now: Date) -> [DeskMessage] {
        answer {
            _ = try store.keepFollowUp(id: id, at: now)
            return [.loaded(try snapshot(now: now)), .promisesLoaded(try store.followUps(openOnly: false))]
        }
    }

    public func endShift(now: Date) -> [DeskMessage] {
        answer {
            if let shift = try store.openShift(desk: config.desk, branch: config.branch) { _ = try store.endShift(id: shift.id, at: now) }
            return []
        }
    }

    /// What a read says while the store cannot be reached.
    static let waitsForStore = "The shared store cannot be reached; that waits until it is back."

    /// Runs one request; a failure becomes a message staff can read. While
    /// the store is known to be unreachable it is not tried (`reconnect`
    /// tries), and `offline` says what the desk does instead; `refused`
    /// follows the message when the store refuses (busy, full, invalid).
    func answer(
        _ body: () throws -> [DeskMessage], unreachable offline: () -> [DeskMessage] = { [.failed(waitsForStore)] },
        refused: () -> [DeskMessage] = { [] }
    ) -> [DeskMessage] {
        if unreachable != nil { return offline() }
        do {
            return try body()
        } catch let error as StoreError where error.isUnreachable {
            markUnreachable(error.description)
            return [.storeUnreachable(error.description)] + offline()
        } catch let error as StoreError {
            return [.failed(error.description)] + refused()
        } catch let error as POSIXError {
            return [.failed("Could not write the file: \(error.code)")] + refused()
        } catch {
            return [.failed("\(error)")] + refused()
        }
    }

    /// The desk's state as stored: its timers, its shift and its encounters
    /// today (other desks on the store keep theirs); promises due are the
    /// library's, as patrons are.
    public func snapshot(now: Date) throws -> DeskSnapshot {
        let timers = try store.timers(desk: config.desk, branch: config.branch)
        var attached: [Int64: Patron] = [:]
        for id in Set(timers.compactMap(\.patronID)) { attached[id] = try store.patron(id: id) }
        let calendar = DeskCalendar(timeZone: config.timeZone)
        let day = calendar.day(containing: now)
        let today = try store.encounters(arrivedFrom: day.from, to: day.to).filter(DeskScope.desk(config.desk, branch: config.branch).includes)
        let todayString = calendar.dayString(now)
        let due = try store.followUps(openOnly: true).filter { ($0.followUp.due ?? "9999") <= todayString }
        return DeskSnapshot(timers: timers, attached: attached, today: today, followUpsDue: due, shift: try store.openShift(desk: config.desk, branch: config.branch))
    }

    /// The report for this desk's open shift (or its day, when none is open).
    public func summary(now: Date) throws -> ShiftReport {
        try ShiftReport.fromStore(store: store, shift: try store.openShift(desk: config.desk, branch: config.branch), from: nil, to: now,
                                  desk: .desk(config.desk, branch: config.branch), goals: config.goals, timeZone: config.timeZone, now: now)
    }
}
