import DeskmateCore
import Foundation
import TerminalUI

enum PrivacyView {
    static func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let text = "Screen hidden — press any key"
        buffer.put(text, x: rect.x + max(0, (rect.width - text.displayWidth) / 2), y: rect.y + rect.height / 2,
                   style: Theme.dim, maxWidth: rect.width)
    }
}
