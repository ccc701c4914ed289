import DeskmateCore
import Foundation
import TerminalUI

enum PromptPanelView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let (prompt, _) = PromptChooser().choose(state.promptMoment)
        let inner = Border(title: "Point \(prompt.number) of 20", style: Theme.border, titleStyle: Theme.title)
            .draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let x = inner.x + 1, w = max(1, inner.width - 1)
        let attribution = "— " + prompt.attribution
        let closing = prompt.closing.map { TextWrap.lines($0, width: w) } ?? []
        // The attribution is never cut short: the quote is shown with its source
        // whole, and the point's own text gives way first.
        let attributionLines = TextWrap.lines(attribution, width: w, maxLines: max(1, inner.height - closing.count - 1))
        let textRoom = max(1, inner.height - attributionLines.count - closing.count)
        var y = inner.y
        for line in TextWrap.lines(prompt.text, width: w, maxLines: textRoom) {
            buffer.put(line, x: x, y: y, style: Theme.plain.italic, maxWidth: w)
            y += 1
        }
        for line in closing where y < inner.maxY {
            buffer.put(line, x: x, y: y, style: Theme.accent, maxWidth: w)
            y += 1
        }
        for line in attributionLines where y < inner.maxY {
            buffer.put(line, x: x, y: y, style: Theme.dim, maxWidth: w)
            y += 1
        }
    }
}
