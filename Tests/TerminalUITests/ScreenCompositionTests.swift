import Testing
@testable import TerminalUI

/// A desk-like screen built from every widget, at the two snapshot sizes:
/// whatever the data, nothing may spill past a panel's frame.
@Suite struct ScreenCompositionTests {
    static let hostileNames = [
        "Zoë Ångström", "Zoe\u{308} A\u{30A}ngstro\u{308}m", "王伟", "김민준", "👩‍💻 Ada 🇫🇷",
        "evil\u{1B}[2J\u{1B}]52;c;aGk=\u{07}", "rtl\u{202E}txet", "cr\rlf\nbs\u{08}nul\u{00}",
        String(repeating: "very long name ", count: 2000),
    ]

    func render(width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        let screen = buffer.bounds.rows([.fill(), .fixed(1)])
        let panels = screen[0].columns([.percent(40), .fill()])
        let listArea = Border(title: "Patrons 王伟 \u{1B}[31m", style: Style(foreground: .cyan)).draw(in: panels[0], buffer: &buffer)
        let parts = listArea.rows([.fixed(1), .fill()])
        TextField("王伟 Zoë").draw(in: parts[0], buffer: &buffer, style: Style().underlined)
        for (row, name) in Self.hostileNames.prefix(parts[1].height).enumerated() {
            buffer.put([Span(name.padded(toDisplayWidth: 14)), Span(" \(row)", style: Style().dim)],
                       x: parts[1].x, y: parts[1].y + row, maxWidth: parts[1].width)
        }
        let right = panels[1].rows([.fill(), .fixed(8)])
        let noteArea = Border(title: Self.hostileNames[5]).draw(in: right[0], buffer: &buffer)
        Paragraph(Self.hostileNames.joined(separator: " ")).draw(in: noteArea, buffer: &buffer)
        let chartArea = Border(title: "Traffic by hour").draw(in: right[1], buffer: &buffer)
        buffer.put(Sparkline.text((9...17).map { Double(($0 * 7) % 11) }, peak: 10), x: chartArea.x, y: chartArea.y,
                   style: Style(foreground: .green), maxWidth: chartArea.width)
        buffer.put(" q quit  / search ", x: 0, y: screen[1].y, style: Style().reversed, maxWidth: width)
        return buffer
    }

    @Test(arguments: [(100, 30), (80, 24)])
    func framesStayClosed(size: (Int, Int)) {
        let (width, height) = size
        let buffer = render(width: width, height: height)
        let lines = buffer.textLines()
        #expect(lines.count == height)
        for line in lines {
            #expect(line.displayWidth <= width)
            for scalar in line.unicodeScalars { #expect(!TextSanitizer.isDangerous(scalar)) }
        }
        let rightEdgeOfList = width * 40 / 100 - 1
        for y in 1..<(height - 2) {
            #expect(buffer.cell(x: rightEdgeOfList, y: y)?.character == "│", "row \(y)")
            #expect(buffer.cell(x: width - 1, y: y).map { "│┐┘".contains($0.character) } == true, "row \(y)")
        }
        let snapshot = buffer.snapshot()
        #expect(snapshot.contains("-- legend --"))
        #expect(snapshot.contains("fg=cyan bg=default"))
    }
}
