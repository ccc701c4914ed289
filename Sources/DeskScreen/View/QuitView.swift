import DeskmateCore
import Foundation
import TerminalUI

/// The quit question: a box over the desk's home screen.
enum QuitView: ShowingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        HomeView.draw(state, in: rect, into: &buffer)
        var lines = ["Quit Deskmate?", ""]
        let stored = state.timers.filter { $0.id > 0 }.count
        if stored > 0 {
            lines.append("\(stored) timer\(stored == 1 ? " keeps" : "s keep") running and will be here next time.")
        }
        // What only this screen holds while the shared store is away.
        let local = state.timers.count - stored
        if local > 0 {
            lines.append("\(local) timer\(local == 1 ? "" : "s") started while the store was away will be lost.")
        }
        if state.keptInMemory > 0 {
            let n = state.keptInMemory
            lines.append("\(n) closed encounter\(n == 1 ? " is" : "s are") only in memory and will be lost.")
        }
        lines += [""] + QuitKeys.choices.compactMap { $0.help.map { "\($0.key)  \($0.text)" } }
        let width = min(rect.width - 4, max(40, (lines.map(\.displayWidth).max() ?? 0) + 6))
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, (rect.height - lines.count - 2) / 2),
                       width: width, height: lines.count + 2)
        buffer.fill(box, style: Theme.plain)
        let inner = Border(title: "Quit", style: Theme.title).draw(in: box, buffer: &buffer)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + i, style: i == 0 ? Theme.title : Theme.plain, maxWidth: inner.width - 1)
        }
    }
}
