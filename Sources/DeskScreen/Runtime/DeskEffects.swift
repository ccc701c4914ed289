import DeskmateCore
import Foundation

/// Performs the desk's effects against a store and answers with messages.
/// Everything except lookups runs at once (each is a single small read or
/// write); lookups go to `LookupWorker` so typing never waits on them.
public final class DeskEffects: @unchecked Sendable {
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

    /// Runs one effect; the messages it produces, in order.
    public func perform(_ effect: DeskEffect, now: Date) -> [DeskMessage] {
        do {
            switch effect {
            case .load:
                return [.loaded(try snapshot(now: now))]
            case .startTimer(let arrived, let mode, let patronID, let served):
                var timer = try store.startTimer(arrived: arrived, mode: mode)
                if patronID != nil || served != nil {
                    timer.patronID = patronID
                    timer.served = served
                    try store.updateTimer(timer)
                }
                return [.timerStarted(timer)]
            case .updateTimer(let timer):
                try store.updateTimer(timer)
                return []
            case .removeTimer(let id):
                try store.removeTimer(id: id)
                return []
            case .lookup(let query, let generation):
                return [.lookupResults(generation: generation, try store.lookup(query, limit: 20, now: now))]
            case .loadCard(let patronID):
                guard let patron = try store.patron(id: patronID) else { return [.cardLoaded(nil)] }
                return [.cardLoaded(PatronCard(patron: patron, recent: try store.history(patronID: patronID, limit: 3)))]
            case .addPatron(let name, let timerID):
                let patron = try store.addPatron(PatronDraft(name: name), now: now)
                return [.patronAdded(patron, timerID: timerID)]
            case .save(let draft, let timer):
                let encounter: Encounter
                if let timer, let sqlite = store as? any TimerClosingStore {
                    encounter = try sqlite.logEncounter(draft, closingTimer: timer.id)
                } else {
                    encounter = try store.logEncounter(draft)
                    if let timer { try store.removeTimer(id: timer.id) }
                }
                return [.saved(encounter, timer: timer)]
            case .undo(let last):
                try store.deleteEncounter(id: last.encounter.id)
                if let timer = last.timer {
                    var restored = try store.startTimer(arrived: timer.arrived, mode: timer.mode)
                    restored.served = timer.served
                    restored.patronID = timer.patronID
                    try store.updateTimer(restored)
                }
                return [.undone(last.encounter)]
            case .loadSummary:
                return [.summaryLoaded(try summary(now: now))]
            case .exportSummary:
                guard let folder = config.handoverFolder, let writeFile else {
                    return [.failed("This desk has nowhere to write a handover note.")]
                }
                let path = folder + "/" + HandoverNote.fileName(now: now, timeZone: config.timeZone)
                try writeFile(ReportWriter(report: try summary(now: now), timeZone: config.timeZone).markdown(), path)
                return [.exported(path: path)]
            case .keepFollowUp(let id):
                _ = try store.keepFollowUp(id: id, at: now)
                return [.loaded(try snapshot(now: now))]
            case .endShift:
                if let shift = try store.openShift() { _ = try store.endShift(id: shift.id, at: now) }
                return []
            case .redrawAll, .quit:
                return []
            }
        } catch let error as StoreError {
            return [.failed(error.description)]
        } catch let error as POSIXError {
            return [.failed("Could not write the file: \(error.code)")]
        } catch {
            return [.failed("\(error)")]
        }
    }

    /// The desk's state as stored: timers, today's encounters, promises due.
    public func snapshot(now: Date) throws -> DeskSnapshot {
        let timers = try store.timers()
        var attached: [Int64: Patron] = [:]
        for id in Set(timers.compactMap(\.patronID)) { attached[id] = try store.patron(id: id) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        let startOfDay = calendar.startOfDay(for: now)
        let today = try store.encounters(arrivedFrom: startOfDay, to: startOfDay.addingTimeInterval(86_400))
        let todayString = DayFormat.string(now, timeZone: config.timeZone)
        let due = try store.followUps(openOnly: true).filter { ($0.followUp.due ?? "9999") <= todayString }
        return DeskSnapshot(timers: timers, attached: attached, today: today, followUpsDue: due, shift: try store.openShift())
    }

    /// The report for the open shift (or today, when none is open).
    public func summary(now: Date) throws -> ShiftReport {
        try ShiftReports.make(store: store, shift: try store.openShift(), from: nil, to: now, goals: config.goals,
                              timeZone: config.timeZone, now: now)
    }
}

/// A store that can save an encounter and remove its timer in one
/// transaction (the SQLite store can).
public protocol TimerClosingStore {
    func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter
}

/// Names of handover notes: one file per export, sortable by time.
public enum HandoverNote {
    public static func fileName(now: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        return String(format: "summary-%04d-%02d-%02d-%02d%02d%02d.md", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
