import TerminalUI

/// The keys that move through a long screen (a patron's history, the shift
/// summary), so every such screen scrolls by the same keys, and what each
/// key asks for: the screen applies it to its own list or scroll offset.
enum ScrollKeys {
    static let up = KeyBinding(.up, .character("k"), hint: .init("↑↓", "scroll"))
    static let down = KeyBinding(.down, .character("j"))
    static let pageUp = KeyBinding(.pageUp)
    static let pageDown = KeyBinding(.pageDown, .character(" "))
    static let top = KeyBinding(.home, .character("g"))

    /// A move a scroll key asks for.
    enum Move: Equatable {
        /// Lines down (negative: up).
        case by(Int)
        case top
    }

    /// The move `key` asks for, a page being `page` lines; nil for any other key.
    static func move(for key: Key, page: Int) -> Move? {
        switch key {
        case up: .by(-1)
        case down: .by(1)
        case pageUp: .by(-page)
        case pageDown: .by(page)
        case top: .top
        default: nil
        }
    }
}
