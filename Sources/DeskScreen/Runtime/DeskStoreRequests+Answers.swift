import DeskmateCore
import Foundation

/// The request behind the past answers screen, run on the store worker.
extension DeskStoreRequests {
    /// Every desk's past notes with `words`, newest first (never a patron:
    /// the hits have none).
    public func searchNotes(_ words: String, generation: Int) -> [DeskMessage] {
        answer { [.noteHits(generation: generation, try store.searchNotes(words, limit: AnswersState.limit, scope: .all))] }
    }
}
