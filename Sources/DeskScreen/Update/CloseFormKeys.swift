import DeskmateCore
import Foundation
import TerminalUI

/// Keys in the close form. Choice fields take one key and move on; text
/// fields take typing; Enter saves from anywhere.
enum CloseFormKeys {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        var form = state.form
        defer { state.form = form }
        switch key {
        case .escape:
            state.screen = .desk
            return []
        case .enter:
            return save(&form, state: &state)
        case .tab, .down:
            form.focus = CloseForm.Field(rawValue: (form.focus.rawValue + 1) % CloseForm.Field.allCases.count) ?? .kind
            return []
        case .backTab, .up:
            let count = CloseForm.Field.allCases.count
            form.focus = CloseForm.Field(rawValue: (form.focus.rawValue + count - 1) % count) ?? .kind
            return []
        case .character("!") where !isText(form.focus):
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

    static func save(_ form: inout CloseForm, state: inout DeskState) -> [DeskEffect] {
        let timer = form.timerID.flatMap { id in state.timers.first { $0.id == id } }
        let promise = form.followUp.text.trimmingCharacters(in: .whitespaces)
        var due = form.due.text.trimmingCharacters(in: .whitespaces)
        if !promise.isEmpty && due.isEmpty {
            due = DayFormat.string(state.now.addingTimeInterval(86_400), timeZone: state.config.timeZone)
        }
        if !due.isEmpty, let relative = RelativeDay.resolve(due, now: state.now, timeZone: state.config.timeZone) {
            due = relative
        }
        if !promise.isEmpty && !DayFormat.isValid(due) {
            form.error = "Due date: type a day like 2026-11-24, +3 (days) or fri"
            form.focus = .due
            return []
        }
        let arrived = timer?.arrived ?? state.now
        let draft = EncounterDraft(
            patronID: timer?.patronID, desk: state.config.desk, staff: state.config.staff, mode: form.mode,
            kind: form.kind, read: form.read, arrived: arrived, served: timer?.served ?? min(arrived, state.now),
            closed: max(state.now, arrived), note: form.note.text,
            followUp: promise.isEmpty ? nil : FollowUpDraft(promise: promise, due: due))
        state.screen = .desk
        if let timer, let index = state.timers.firstIndex(of: timer) {
            state.timers.remove(at: index)
            state.selectedTimer = min(state.selectedTimer, max(0, state.timers.count - 1))
        }
        state.card = nil
        return [.save(draft, timer: timer)]
    }
}

/// Due dates typed the quick way: `+3` (in three days), `tomorrow`, or a
/// weekday (`fri`: the next Friday).
enum RelativeDay {
    static func resolve(_ text: String, now: Date, timeZone: TimeZone) -> String? {
        let t = text.lowercased()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var days: Int?
        if t.hasPrefix("+"), let n = Int(t.dropFirst()), (0...366).contains(n) { days = n }
        if t == "today" { days = 0 }
        if t == "tomorrow" || t == "tom" { days = 1 }
        let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        if t.count >= 3, let index = names.firstIndex(where: { t.hasPrefix($0) }) {
            let today = calendar.component(.weekday, from: now) - 1
            days = (index - today + 7) % 7 == 0 ? 7 : (index - today + 7) % 7
        }
        guard let days else { return nil }
        return DayFormat.string(now.addingTimeInterval(Double(days) * 86_400), timeZone: timeZone)
    }
}
