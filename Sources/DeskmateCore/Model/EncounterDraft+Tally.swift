import Foundation

extension EncounterDraft {
    /// An anonymous question counted rather than timed: arrived, served and
    /// closed at the one instant `at`, so it adds to the counts and not to
    /// the waits. `deskmate tally`, the screen's `t` and its past-hour form
    /// all record this, so every summary counts them alike.
    public static func tally(
        kind: QuestionKind, mode: ContactMode, read: ReadLevel?, at: Date, desk: String, branch: String, staff: String
    ) -> EncounterDraft {
        EncounterDraft(desk: desk, branch: branch, staff: staff, mode: mode, kind: kind, read: read, arrived: at, served: at, closed: at)
    }
}
