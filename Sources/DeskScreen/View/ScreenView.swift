import DeskmateCore
import Foundation
import TerminalUI

/// One screen's body, as `DeskView` draws it: into the body's rect, giving
/// back where the terminal cursor belongs (nil: hidden).
protocol ScreenView {
    static func drawScreen(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)?
}

/// A screen staff type into: its `draw` places the cursor.
protocol TypingScreenView: ScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)?
}

extension TypingScreenView {
    static func drawScreen(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        draw(state, in: rect, into: &buffer)
    }
}

/// A screen that only shows: no cursor.
protocol ShowingScreenView: ScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer)
}

extension ShowingScreenView {
    static func drawScreen(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        draw(state, in: rect, into: &buffer)
        return nil
    }
}
