import DeskmateCore
import Foundation
import TerminalUI

enum SidePanelView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let promptHeight = min(rect.height / 2 + 1, 11)
        let (promptRect, rest) = rect.splitTop(promptHeight)
        PromptPanelView.draw(state, in: promptRect, into: &buffer)
        let (todayRect, followRect) = rest.splitTop(min(5, rest.height))
        TodayView.draw(state, in: todayRect, into: &buffer)
        FollowUpsView.draw(state, in: followRect, into: &buffer)
    }
}
