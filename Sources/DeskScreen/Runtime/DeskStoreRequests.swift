import DeskmateCore
import Foundation

/// The desk's effects that go to the store (and the handover note's file),
/// each answered with the messages it produces. `DeskRuntime.dispatch`
/// decides which effect comes here; every call is one small read or write,
/// except lookups, which `LookupWorker` runs off the input thread.
public final class DeskStoreRequests: @unchecked Sendable {
    let store: any PatronStore
    let config: DeskConfig
    let writeFile: FileWriter?

    /// Writes `text` to `path` privately and whole (the command line's
    /// atomic writer); handed in so this module never touches files itself.
    public typealias FileWriter = @Sendable (_ text: String, _ path: String) throws -> Void

    public init(store: any PatronStore, config: DeskConfig, writeFile: FileWriter? = nil) {
        self.store = store
        self.config = config
        self.writeFile = writeFile
    }

    /// Opens this desk's shift when it has none open: from now, or from when
    /// the oldest patron still waiting in its line walked up.
    public func openShiftIfNone(now: Date) {
        guard (try? store.openShift(desk: config.desk, branch: config.branch)) == nil else { return }
        let oldest = ((try? store.timers(desk: config.desk, branch: config.branch)) ?? []).map(\.arrived).min() ?? now
        _ = try? store.startShift(desk: config.desk, branch: config.branch, staff: config.staff, at: min(oldest, now))
    }

    public func load(now: Date) -> [DeskMessage] {
        answer { [.loaded(try snapshot(now: now))] }
    }

    public func startTimer(arrived: Date, mode: ContactMode, patronID: Int64?, served: Date?) -> [DeskMessage] {
        answer {
            var timer = try store.startTimer(arrived: arrived, mode: mode, desk: config.desk, branch: config.branch)
            if patronID != nil || served != nil {
                timer.patronID = patronID
                timer.served = served
                try store.updateTimer(timer)
            }
            return [.timerStarted(timer)]
        }
    }

    public func updateTimer(_ timer: WaitingPatron) -> [DeskMessage] {
        answer { try store.updateTimer(timer); return [] }
    }

    public func removeTimer(id: Int64) -> [DeskMessage] {
        answer { try store.removeTimer(id: id); return [] }
    }

    public func lookup(query: String, generation: Int, now: Date) -> [DeskMessage] {
        answer { [.lookupResults(generation: generation, try store.lookup(query, limit: 20, now: now))] }
    }

    public func loadCard(patronID: Int64) -> [DeskMessage] {
        answer {
            guard let patron = try store.patron(id: patronID) else { return [.cardLoaded(nil)] }
            return [.cardLoaded(PatronCard(patron: patron, recent: try store.history(patronID: patronID, limit: 3)))]
        }
    }

    public func addPatron(name: String, timerID: Int64?, now: Date) -> [DeskMessage] {
        answer { [.patronAdded(try store.addPatron(PatronDraft(name: name), now: now), timerID: timerID)] }
    }

    /// Saves the encounter and, in the same transaction, closes its timer.
    public func save(_ draft: EncounterDraft, timer: WaitingPatron?) -> [DeskMessage] {
        answer { [.saved(try store.logEncounter(draft, closingTimer: timer?.id), timer: timer)] }
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

    public func keepFollowUp(id: Int64, now: Date) -> [DeskMessage] {
        answer {
            _ = try store.keepFollowUp(id: id, at: now)
            return [.loaded(try snapshot(now: now))]
        }
    }

    public func endShift(now: Date) -> [DeskMessage] {
        answer {
            if let shift = try store.openShift(desk: config.desk, branch: config.branch) { _ = try store.endShift(id: shift.id, at: now) }
            return []
        }
    }

    /// Runs one request; a failure becomes a message staff can read.
    private func answer(_ body: () throws -> [DeskMessage]) -> [DeskMessage] {
        do {
            return try body()
        } catch let error as StoreError {
            return [.failed(error.description)]
        } catch let error as POSIXError {
            return [.failed("Could not write the file: \(error.code)")]
        } catch {
            return [.failed("\(error)")]
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
