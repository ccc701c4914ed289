import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the past answers screen: typing edits the words, Enter
/// searches, the arrows choose a hit (its whole note shows), Esc leaves.
enum AnswersKeys: FixedFooterKeyMap {
    static let open = KeyBinding(.character("a"), hint: .init("a", "answers"),
                                 help: .init("a", "past answers: search every desk's notes (never who asked)"))
    static let search = KeyBinding(.enter, hint: .init("⏎", "search"), help: .init("  Enter", "search the notes for the words typed"))
    static let up = KeyBinding(.up, hint: .init("↑↓", "choose"))
    static let down = KeyBinding(.down, .tab)
    static let back = KeyBinding(.escape, hint: .init("Esc", "back"))

    static let footer = [search, up, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let count = state.answers.hits?.count ?? 0
        switch key {
        case back:
            state.screen = .desk
            return []
        case up:
            state.answers.list.move(by: -1, count: count)
            return []
        case down:
            state.answers.list.move(by: 1, count: count)
            return []
        case search:
            let words = state.answers.field.text.trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty, state.storeUnreachable == nil else { return [] }
            state.answers.generation += 1
            state.answers.searched = words
            state.answers.hits = nil
            state.answers.list = ListState(selected: nil)
            return [.searchNotes(words: words, generation: state.answers.generation)]
        default:
            _ = state.answers.field.handle(key)
            return []
        }
    }
}
