import DeskmateCore
import Foundation
import TerminalUI

/// The top line: this desk (with its branch, when the library names
/// branches) and who staffs it, and the clock; while the
/// shared store cannot be reached, that is what it says instead (in red,
/// reversed, so it reads without colour too), as staff must know their
/// lookups wait and their encounters are kept here.
enum HeaderView {
    /// Short enough to fit beside the clock at 80 columns.
    static let unreachableLine = " Shared store unreachable · encounters kept, sent when back"

    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let style = state.storeUnreachable == nil ? Theme.selected : Theme.red
        buffer.fill(rect, style: style)
        let left = state.storeUnreachable == nil ? " Deskmate · \(place(state.config)) · \(state.config.staff)" : unreachableLine
        let clock = DeskCalendar(timeZone: state.config.timeZone).weekdayDayMonthTime(state.now) + " "
        buffer.put(left, x: rect.x, y: rect.y, style: style.bold, maxWidth: max(0, rect.width - clock.displayWidth - 1))
        buffer.put(clock, x: rect.maxX - clock.displayWidth, y: rect.y, style: style)
    }

    /// "Reference", or "Eastside · Reference" at a branch with a name of its own.
    static func place(_ config: DeskConfig) -> String {
        config.branch == DeskNames.defaultBranch ? config.desk : "\(config.branch) · \(config.desk)"
    }
}
