import DeskmateCore
import Foundation

/// The period view's report and the past-hour tally: store calls like the
/// others, run on the store worker, answered as messages.
extension DeskStoreRequests {
    /// The core's period report (the one `deskmate report` writes) for this
    /// desk, or every desk on the store.
    public func loadPeriod(from: Date, to: Date, allDesks: Bool, generation: Int, now: Date) -> [DeskMessage] {
        answer {
            let scope: DeskScope = allDesks ? .all : .desk(config.desk, branch: config.branch)
            let report = try PeriodReport.fromStore(store: store, from: from, to: to, scope: scope, goals: config.goals,
                                                    timeZone: config.timeZone, now: now)
            return [.periodLoaded(generation: generation, report)]
        }
    }

    /// Records `count` tallied questions one encounter each, as `deskmate
    /// tally` does; when the store stops part way, the answer says how many
    /// it took, so the form sends only the rest and none is counted twice.
    public func tally(_ draft: EncounterDraft, count: Int) -> [DeskMessage] {
        var recorded = 0
        return answer({
            for _ in 0..<count {
                _ = try store.logEncounter(draft)
                recorded += 1
            }
            return [.tallied(count: recorded, kind: draft.kind, at: draft.arrived)]
        }, unreachable: { [.failed(Self.waitsForStore), .tallyStopped(recorded: recorded)] },
           refused: { [.tallyStopped(recorded: recorded)] })
    }
}
