import DeskmateCore
import Foundation
import TerminalUI

/// Keys while looking a patron up: typing edits the query, every keystroke
/// asks for fresh results, Enter attaches the chosen patron.
enum LookupKeys: FixedFooterKeyMap {
    static let choose = KeyBinding(.up, hint: .init("↑↓", "choose"))
    static let next = KeyBinding(.down, .tab)
    static let attach = KeyBinding(.enter, hint: .init("⏎", "attach"), help: .init("  Enter", "attach the chosen patron and show their card"))
    static let addNew = KeyBinding(.control("n"), hint: .init("^N", "add as new"), help: .init("  ^N", "add the typed name as a new patron"))
    static let addWithDetails = KeyBinding(.control("p"), hint: .init("^P", "new, with details"),
                                           help: .init("  ^P", "add a new patron with preferred name and how to say it"))
    static let back = KeyBinding(.escape, hint: .init("Esc", "back"))

    static let footer = [choose, attach, addNew, addWithDetails, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case back:
            state.screen = .desk
            return []
        case choose:
            state.lookup.list.move(by: -1, count: state.lookup.results.count)
            return []
        case next:
            state.lookup.list.move(by: 1, count: state.lookup.results.count)
            return []
        case attach:
            let query = state.lookup.field.text.trimmingCharacters(in: .whitespaces)
            if let index = state.lookup.list.selected, state.lookup.results.indices.contains(index),
               !state.lookup.isSearching {
                return DeskUpdate.attach(state.lookup.results[index].patron, timerID: state.selected?.id, state: &state)
            }
            if state.lookup.results.isEmpty && !query.isEmpty && !state.lookup.isSearching && state.storeUnreachable == nil {
                return [.addPatron(PatronDraft(name: query), timerID: state.selected?.id)]
            }
            return []
        case addWithDetails:
            guard state.storeUnreachable == nil else { return [] }
            let query = state.lookup.field.text.trimmingCharacters(in: .whitespaces)
            state.patronForm = PatronForm(adding: query, timerID: state.selected?.id)
            if query.isEmpty { state.patronForm?.focus = .name }
            state.screen = .patronForm
            return []
        case addNew:
            let query = state.lookup.field.text.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty, state.storeUnreachable == nil else { return [] }
            return [.addPatron(PatronDraft(name: query), timerID: state.selected?.id)]
        default:
            let before = state.lookup.field.text
            guard state.lookup.field.handle(key), state.lookup.field.text != before else { return [] }
            state.lookup.generation += 1
            if state.lookup.field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                state.lookup.results = []
                state.lookup.shownGeneration = state.lookup.generation
                return []
            }
            return [.lookup(query: state.lookup.field.text, generation: state.lookup.generation)]
        }
    }
}
