import DeskmateCore
import Foundation
import TerminalUI

enum TooSmallView {
    static func draw(_ state: DeskState, into buffer: inout CellBuffer) {
        let lines = [
            "Make the window larger",
            "\(DeskView.minimumWidth)×\(DeskView.minimumHeight) at least; now \(state.width)×\(state.height)",
            "Timers keep running.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < state.height {
            let x = max(0, (state.width - line.displayWidth) / 2)
            buffer.put(line, x: x, y: top + i, style: i == 0 ? Theme.title : Theme.plain, maxWidth: state.width)
        }
    }
}
