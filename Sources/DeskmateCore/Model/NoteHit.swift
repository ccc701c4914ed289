import Foundation

/// One past answer the notes search found: when and where an encounter was
/// and what its note says. It has no patron field at all, so no screen,
/// command or JSON built from it can show who asked (the search is for
/// what was answered, "so that someone else does not have to research the
/// same topic again").
public struct NoteHit: Equatable, Sendable {
    public var encounterID: Int64
    public var arrived: Date
    public var desk: String
    public var branch: String
    public var mode: ContactMode
    public var kind: QuestionKind
    public var note: String

    public init(encounterID: Int64, arrived: Date, desk: String, branch: String, mode: ContactMode,
                kind: QuestionKind, note: String) {
        self.encounterID = encounterID; self.arrived = arrived; self.desk = desk; self.branch = branch
        self.mode = mode; self.kind = kind; self.note = note
    }

    /// The hit of `encounter`, its patron left behind.
    public init(_ encounter: Encounter) {
        self.init(encounterID: encounter.id, arrived: encounter.arrived, desk: encounter.desk, branch: encounter.branch,
                  mode: encounter.mode, kind: encounter.kind, note: encounter.note)
    }

    /// "#812  3 Nov 14:05 · reference · phone · Reference, Eastside — ILL request for The Overstory":
    /// the day and time in the desk's time zone, as the history's lines give the day.
    public func line(timeZone: TimeZone, now: Date) -> String {
        let calendar = DeskCalendar(timeZone: timeZone)
        let when = calendar.shortDay(arrived, now: now) + " " + calendar.hourMinute(arrived)
        return "#\(encounterID)  \(when) · \(kind.label) · \(mode.label) · \(desk), \(branch) — \(note)"
    }
}
