import DeskmateCore
import Foundation
import TerminalUI

/// The desk screen's `view`: the whole state drawn into a cell buffer, plus
/// where the terminal cursor belongs (only while typing).
public enum DeskView {
    /// Below this the layout cannot work; a notice asks for a larger window.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// The header line, the body and the footer line of a screen this size.
    static func layout(width: Int, height: Int) -> (header: Rect, body: Rect, footer: Rect) {
        let (header, rest) = Rect(x: 0, y: 0, width: max(0, width), height: max(0, height)).splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        return (header, body, footer)
    }

    /// The body, where each screen draws its panels.
    static func bodyRect(width: Int, height: Int) -> Rect { layout(width: width, height: height).body }

    public static func render(_ state: DeskState) -> (buffer: CellBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = CellBuffer(width: max(0, state.width), height: max(0, state.height))
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            TooSmallView.draw(state, into: &buffer)
            return (buffer, nil)
        }
        let (header, body, footer) = layout(width: state.width, height: state.height)
        HeaderView.draw(state, in: header, into: &buffer)
        let cursor: (x: Int, y: Int)?
        if state.privacyBlank {
            PrivacyView.draw(in: body, into: &buffer)
            cursor = nil
        } else {
            cursor = state.screen.parts.view.drawScreen(state, in: body, into: &buffer)
        }
        FooterView.draw(state, in: footer, into: &buffer)
        return (buffer, cursor)
    }
}
