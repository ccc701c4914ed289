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

    /// Every promise, kept or not: the list orders them.
    public func loadPromises() -> [DeskMessage] {
        answer { [.promisesLoaded(try store.followUps(openOnly: false))] }
    }
}
