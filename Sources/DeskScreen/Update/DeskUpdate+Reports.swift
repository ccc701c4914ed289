import DeskmateCore
import Foundation
import TerminalUI

/// The store's answers for the period view and the past-hour tally form,
/// checked against the screen as it is when they land.
extension DeskUpdate {
    static func reportAnswer(_ message: DeskMessage, state: inout DeskState) -> [DeskEffect] {
        switch message {
        case .periodLoaded(let generation, let report):
            // Another period (or the other desks) was chosen meanwhile.
            guard generation == state.period.generation else { return [] }
            state.period.report = report
            return []
        case .tallied(let count, let kind, let at):
            state.tallyForm = nil
            if state.screen == .tallyForm { state.screen = .desk }
            // `u` takes back one save; a sheet's hour is corrected with `r` or the command line.
            state.lastSave = nil
            let calendar = DeskCalendar(timeZone: state.config.timeZone)
            let day = calendar.dayString(at) == calendar.dayString(state.now) ? "" : " on \(calendar.shortDay(at, now: state.now))"
            state.flash = Flash(text: "Tallied \(count) \(kind.label) question\(count == 1 ? "" : "s") at \(calendar.hourMinute(at))\(day)",
                                isError: false, until: state.now.addingTimeInterval(6))
            return [.load]
        case .tallyStopped(let recorded):
            guard var form = state.tallyForm, let sent = form.sending else { return recorded > 0 ? [.load] : [] }
            form.sending = nil
            if recorded > 0 {
                // Those recorded stay recorded: Enter sends only the rest.
                let rest = sent - recorded
                form.count.setText("\(rest)")
                form.error = "\(recorded) of \(sent) recorded before the store stopped; Enter records the other \(rest)."
            }
            state.tallyForm = form
            return recorded > 0 ? [.load] : []
        default:
            return []
        }
    }
}
