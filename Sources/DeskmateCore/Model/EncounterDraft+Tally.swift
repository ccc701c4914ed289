import Foundation

extension EncounterDraft {
    /// An anonymous question counted rather than timed: arrived and closed
    /// at the one instant `at`, never *served*, so it has no wait and no
    /// service and adds to the counts, not to the timeliness figures (as a
    /// `deskmate log` without times does). A served instant would make it a
    /// wait of 0:00 and pull the median wait and "within goal" towards
    /// perfect for every question tallied. `deskmate tally`, the screen's
    /// `t` and its past-hour form all record this, so every summary counts
    /// them alike.
    public static func tally(
        kind: QuestionKind, mode: ContactMode, read: ReadLevel?, at: Date, desk: String, branch: String, staff: String
    ) -> EncounterDraft {
        EncounterDraft(desk: desk, branch: branch, staff: staff, mode: mode, kind: kind, read: read, arrived: at, served: nil, closed: at)
    }
}
