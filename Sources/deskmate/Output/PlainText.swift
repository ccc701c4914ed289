import DeskmateCore
import Foundation

/// The human-readable forms the commands print.
enum PlainText {
    static func card(_ p: Patron, history: [Encounter]) -> String {
        var lines = ["#\(p.id)  \(p.name)"]
        if let preferred = p.preferredName { lines.append("  Goes by:    \(preferred)") }
        if let say = p.pronunciation { lines.append("  Say it:     \(say)") }
        if let notes = p.notes { lines.append("  Notes:      \(notes)") }
        lines.append("  Visits:     \(p.visitCount)" + (p.lastSeen.map { ", last \(InstantFormat.iso8601($0))" } ?? ""))
        for e in history { lines.append("  " + EncounterLine.text(e, timeZone: .current, now: Now.date())) }
        return lines.joined(separator: "\n")
    }

    static func matchLine(_ m: PatronMatch) -> String {
        var line = "#\(m.patron.id)  \(m.patron.name)"
        if let preferred = m.patron.preferredName { line += " (\(preferred))" }
        if let say = m.patron.pronunciation { line += " [\(say)]" }
        if let last = m.lastEncounter { line += "  — " + EncounterLine.text(last, timeZone: .current, now: Now.date()) }
        return line
    }

    static func followUpLine(_ item: OwedFollowUp) -> String {
        let who = item.patron.map { $0.greetingName } ?? "anonymous"
        let state = item.followUp.isKept ? "kept" : (item.followUp.due.map { "due \($0)" } ?? "open")
        return "#\(item.followUp.id)  \(state)  \(who): \(item.followUp.promise)"
    }

    static func prompt(_ p: Prompt) -> String {
        var text = "\(p.number). \(p.text)\n   — \(p.attribution)"
        if let closing = p.closing { text += "\n   \(closing)" }
        return text
    }
}
