import Foundation

/// The one line that reminds staff of a patron's last visit:
/// "3 Nov — reference: ILL request for The Overstory · promised a call · kept".
/// Shared by the desk screen and the command line so both say the same thing.
public enum EncounterLine {
    public static func text(_ encounter: Encounter, timeZone: TimeZone, now: Date) -> String {
        var parts = ["\(day(encounter.arrived, timeZone: timeZone, now: now)) — \(encounter.kind.label)"]
        if !encounter.note.isEmpty { parts[0] += ": \(encounter.note)" }
        if let followUp = encounter.followUp {
            parts.append("promised \(followUp.promise)")
            parts.append(followUp.isKept ? "kept" : (followUp.due.map { "due \($0)" } ?? "open"))
        }
        return parts.joined(separator: " · ")
    }

    /// "3 Nov" this year, "3 Nov 2024" otherwise.
    public static func day(_ date: Date, timeZone: TimeZone, now: Date) -> String {
        DeskCalendar(timeZone: timeZone).shortDay(date, now: now)
    }
}
