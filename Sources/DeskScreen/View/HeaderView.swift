import DeskmateCore
import Foundation
import TerminalUI

enum HeaderView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        buffer.fill(rect, style: Theme.selected)
        let left = " Deskmate · \(state.config.desk) · \(state.config.staff)"
        let clock = DeskCalendar(timeZone: state.config.timeZone).weekdayDayMonthTime(state.now) + " "
        buffer.put(left, x: rect.x, y: rect.y, style: Theme.selected.bold, maxWidth: max(0, rect.width - clock.displayWidth - 1))
        buffer.put(clock, x: rect.maxX - clock.displayWidth, y: rect.y, style: Theme.selected)
    }
}
