import DeskmateCore
import Foundation
import TerminalUI

/// Keys in the close form. Choice fields take one key and move on; text
/// fields take typing; Enter saves from anywhere.
enum CloseFormKeys: FixedFooterKeyMap {
    static let save = KeyBinding(.enter, hint: .init("⏎", "save"))
    static let nextField = KeyBinding(.tab, .down, hint: .init("Tab", "next field"))
    static let previousField = KeyBinding(.backTab, .up)
    static let refusing = KeyBinding(.character("!"), hint: .init("!", "had to say no"))
    static let cancel = KeyBinding(.escape, hint: .init("Esc", "cancel"))

    static let footer = [save, nextField, refusing, cancel]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        var form = state.form
        defer { state.form = form }
        switch key {
        case cancel where form.correcting != nil:
            ShiftEncounterKeys.endCorrection(&state)
            form = state.form
            return []
        case cancel:
            state.screen = .desk
            return []
        case save where form.correcting != nil:
            let effects = saveCorrection(&form, state: &state)
            if !effects.isEmpty { form = state.form }
            return effects
        case save:
            return save(&form, state: &state)
        case nextField:
            form.focus = CloseForm.Field(rawValue: (form.focus.rawValue + 1) % CloseForm.Field.allCases.count) ?? .kind
            return []
        case previousField:
            let count = CloseForm.Field.allCases.count
            form.focus = CloseForm.Field(rawValue: (form.focus.rawValue + count - 1) % count) ?? .kind
            return []
        case refusing where !isText(form.focus):
            form.refusing.toggle()
            return []
        default:
            break
        }
        switch form.focus {
        case .kind:
            if case .character(let c) = key, let lower = c.lowercased().first, let kind = CloseForm.kind(for: lower) {
                form.kind = kind
                form.focus = .read
            } else if case .character(let c) = key, let level = c.wholeNumberValue.flatMap(ReadLevel.init(rawValue:)) {
                form.read = level
                form.focus = .note
            } else if key == .left || key == .right {
                form.kind = cycle(form.kind, in: CloseForm.kindKeys.map(\.1), forward: key == .right)
            }
        case .read:
            if case .character(let c) = key, let level = c.wholeNumberValue.flatMap(ReadLevel.init(rawValue:)) {
                form.read = level
                form.focus = .note
            } else if key == .left || key == .right {
                let current = form.read?.rawValue ?? 2
                form.read = ReadLevel(rawValue: min(6, max(1, current + (key == .right ? 1 : -1))))
            }
        case .mode:
            if case .character(let c) = key, let mode = CloseForm.modeKeys.first(where: { $0.0 == c })?.1 {
                form.mode = mode
                form.focus = .kind
            } else if key == .left || key == .right {
                form.mode = cycle(form.mode, in: CloseForm.modeKeys.map(\.1), forward: key == .right)
            }
        case .note: _ = form.note.handle(key)
        case .followUp: _ = form.followUp.handle(key)
        case .due: _ = form.due.handle(key)
        }
        return []
    }

    static func isText(_ field: CloseForm.Field) -> Bool { [.note, .followUp, .due].contains(field) }

    static func cycle<T: Equatable>(_ value: T, in all: [T], forward: Bool) -> T {
        guard let i = all.firstIndex(of: value) else { return all[0] }
        return all[(i + (forward ? 1 : all.count - 1)) % all.count]
    }

    /// The promise as typed and its due day as a date (tomorrow when none
    /// was typed); nil, with the form saying why, when the day is not one.
    static func promiseAndDue(_ form: inout CloseForm, state: DeskState) -> (promise: String, due: String)? {
        let promise = form.followUp.text.trimmingCharacters(in: .whitespaces)
        var due = form.due.text.trimmingCharacters(in: .whitespaces)
        if !promise.isEmpty && due.isEmpty { due = "tomorrow" }
        if !due.isEmpty, let day = DeskCalendar(timeZone: state.config.timeZone).dueDay(due, now: state.now) {
            due = day
        }
        if !promise.isEmpty && !DayFormat.isValid(due) {
            form.error = "Due date: type a day like 2026-11-24, +3 (days) or fri"
            form.focus = .due
            return nil
        }
        return (promise, due)
    }

    static func save(_ form: inout CloseForm, state: inout DeskState) -> [DeskEffect] {
        let timer = form.timerID.flatMap { state.timerIndex(id: $0) }.map { state.timers[$0] }
        guard let typed = promiseAndDue(&form, state: state) else { return [] }
        let (promise, due) = typed
        let arrived = timer?.arrived ?? state.now
        let draft = EncounterDraft(
            patronID: timer?.patronID, desk: state.config.desk, branch: state.config.branch, staff: state.config.staff, mode: form.mode,
            kind: form.kind, read: form.read, arrived: arrived, served: timer?.served ?? min(arrived, state.now),
            closed: max(state.now, arrived), note: form.note.text,
            followUp: promise.isEmpty ? nil : FollowUpDraft(promise: promise, due: due))
        state.screen = .desk
        if let timer, let index = state.timers.firstIndex(of: timer) {
            state.timers.remove(at: index)
            state.pendingRemovals.insert(timer.id)
            state.selectedTimer = min(state.selectedTimer, max(0, state.timers.count - 1))
        }
        // The card follows the choice to the next in line (their own, or none).
        return DeskUpdate.cardEffects(&state) + [.save(draft, timer: timer)]
    }
}
