import DeskmateCore
import Foundation
import TerminalUI

/// The home screen: the waiting line and the patron card on the left; the
/// prompt, today's counts and follow-ups due on the right.
enum HomeView: ShowingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let rightWidth = min(44, max(30, rect.width * 2 / 5))
        let (left, right) = rect.splitRight(rightWidth)
        let lineHeight = min(max(4, state.timers.count + 3), max(4, left.height / 2))
        let (lineRect, cardRect) = left.splitTop(lineHeight)
        WaitingLineView.draw(state, in: lineRect, into: &buffer)
        PatronCardView.draw(state, in: cardRect, into: &buffer)
        SidePanelView.draw(state, in: right, into: &buffer)
    }
}
