import DeskmateCore
import Foundation
import TerminalUI

/// Keys in the past-hour tally form: the kind and the mode are one key
/// each, the count and the hour are typed, Enter records from anywhere.
enum TallyFormKeys: FixedFooterKeyMap {
    static let save = KeyBinding(.enter, hint: .init("⏎", "record"))
    /// Moving and leaving are every form's keys.
    static let footer = [save, FormKeys.nextField, FormKeys.cancel]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        FormKeys.handle(key, form: \.tallyForm, save: save, state: &state, saving: { save(&$0, state: $1) }, typing: typed)
    }

    /// A key typed into the form: a kind or mode letter, ←→ to cycle them, the count and hour as text.
    static func typed(_ key: Key, into form: inout TallyForm) {
        guard form.sending == nil else { return }
        switch form.focus {
        case .kind:
            if case .character(let c) = key, let kind = c.lowercased().first.flatMap(CloseForm.kind(for:)) {
                form.kind = kind
                form.focus = .count
            } else if case .character(let c) = key, c.isNumber {
                // A count typed at once: the kind stays as it was.
                form.focus = .count
                _ = form.count.handle(key)
            } else if key == .left || key == .right {
                form.kind = CloseFormKeys.cycle(form.kind, in: CloseForm.kindKeys.map(\.1), forward: key == .right)
            }
        case .mode:
            if case .character(let c) = key, let mode = CloseForm.modeKeys.first(where: { $0.0 == c })?.1 {
                form.mode = mode
            } else if key == .left || key == .right {
                form.mode = CloseFormKeys.cycle(form.mode, in: CloseForm.modeKeys.map(\.1), forward: key == .right)
            }
        case .count: _ = form.count.handle(key)
        case .hour: _ = form.hour.handle(key)
        }
    }

    /// Checks the count and the hour (the one-line refusals say how to type
    /// them) and asks the store to record them all; the form waits for it.
    static func save(_ form: inout TallyForm, state: DeskState) -> [DeskEffect] {
        guard form.sending == nil else { return [] }
        let count: Int
        do {
            count = try form.checkedCount()
        } catch {
            form.error = error.message
            form.focus = .count
            return []
        }
        let at: Date
        do {
            at = try PastHour.parse(form.hour.text, now: state.now, calendar: DeskCalendar(timeZone: state.config.timeZone))
        } catch {
            form.error = error.message
            form.focus = .hour
            return []
        }
        form.error = nil
        form.sending = count
        let c = state.config
        return [.tally(EncounterDraft.tally(kind: form.kind, mode: form.mode, read: nil, at: at, desk: c.desk, branch: c.branch, staff: c.staff), count: count)]
    }
}
