import DeskmateCore
import Foundation

/// The requests behind the patron form, the history screen and the list
/// of promises; run on the store worker like the rest.
extension DeskStoreRequests {
    /// Changes a patron's details; a refusal (or an unreachable store)
    /// leaves the form open with what was typed.
    public func editPatron(id: Int64, _ draft: PatronDraft) -> [DeskMessage] {
        answer({ [.patronEdited(try store.editPatron(id: id, draft))] },
               unreachable: { [.failed(Self.waitsForStore), .patronFormRefused] }, refused: { [.patronFormRefused] })
    }

    public func loadHistory(patronID: Int64) -> [DeskMessage] {
        answer { [.historyLoaded(patronID: patronID, try store.history(patronID: patronID, limit: HistoryState.limit))] }
    }

    /// Owes a promise again; the desk's state and the list follow, as after a keep.
    public func reopenFollowUp(id: Int64, now: Date) -> [DeskMessage] {
        answer {
            _ = try store.reopenFollowUp(id: id)
            return [.loaded(try snapshot(now: now)), .promisesLoaded(try store.followUps(openOnly: false))]
        }
    }

    /// This desk's encounters since its shift began (or today), newest first.
    public func loadShiftEncounters(now: Date) -> [DeskMessage] {
        answer {
            let from = try store.openShift(desk: config.desk, branch: config.branch)?.started
                ?? DeskCalendar(timeZone: config.timeZone).day(containing: now).from
            let mine = try store.encounters(arrivedFrom: from, to: now.addingTimeInterval(1))
                .filter(DeskScope.desk(config.desk, branch: config.branch).includes)
            var patrons: [Int64: Patron] = [:]
            for id in Set(mine.compactMap(\.patronID)) { patrons[id] = try store.patron(id: id) }
            return [.shiftEncountersLoaded(mine.reversed(), patrons: patrons)]
        }
    }

    /// Corrects a saved encounter (with its trail); the desk's counts follow.
    public func correctEncounter(id: Int64, _ correction: EncounterCorrection, now: Date) -> [DeskMessage] {
        answer { [.encounterCorrected(try store.correctEncounter(id: id, correction, at: now)), .loaded(try snapshot(now: now))] }
    }

    /// Every promise, kept or not: the list orders them.
    public func loadPromises() -> [DeskMessage] {
        answer { [.promisesLoaded(try store.followUps(openOnly: false))] }
    }
}
