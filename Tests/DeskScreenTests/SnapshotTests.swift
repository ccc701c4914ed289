@testable import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// Every screen worth seeing, at 100×30 and 80×24, as text plus styles.
@Suite struct SnapshotTests {
    static let sizes = [(100, 30), (80, 24)]

    func expectSnapshot(_ state: DeskState, _ name: String) { Snapshot.expect(state, name) }

    @Test(arguments: sizes) func emptyDesk(size: (Int, Int)) {
        expectSnapshot(Fixture.state(width: size.0, height: size.1), "empty-desk")
    }

    @Test(arguments: sizes) func busyDeskWithCard(size: (Int, Int)) {
        expectSnapshot(Fixture.busy(width: size.0, height: size.1), "busy-desk")
    }

    @Test(arguments: sizes) func lookupWithResults(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("/")))
        for c in "kat" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, Fixture.matches()))
        expectSnapshot(s, "lookup")
    }

    @Test(arguments: sizes) func lookupWithNoMatch(size: (Int, Int)) {
        var s = Fixture.state(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("/")))
        for c in "Quillon" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        _ = DeskUpdate.update(&s, .lookupResults(generation: s.lookup.generation, []))
        expectSnapshot(s, "lookup-none")
    }

    @Test(arguments: sizes) func closeForm(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("c")))
        _ = DeskUpdate.update(&s, .key(.character("m")))
        _ = DeskUpdate.update(&s, .key(.character("3")))
        for c in "Noise in the quiet room" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        expectSnapshot(s, "close-form-complaint")
    }

    @Test(arguments: sizes) func shiftSummary(size: (Int, Int)) {
        expectSnapshot(Fixture.summary(width: size.0, height: size.1), "summary")
    }

    @Test func shiftSummaryScrolledToTheEnd() {
        var s = Fixture.summary(width: 80, height: 16)
        for _ in 0..<40 { _ = DeskUpdate.update(&s, .key(.down)) }
        expectSnapshot(s, "summary-scrolled")
    }

    @Test(arguments: sizes) func help(size: (Int, Int)) {
        var s = Fixture.state(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("?")))
        expectSnapshot(s, "help")
    }

    @Test(arguments: sizes) func quitWithTimers(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("q")))
        expectSnapshot(s, "quit")
    }

    @Test(arguments: sizes) func privacyBlankHidesEveryName(size: (Int, Int)) {
        var s = Fixture.busy(width: size.0, height: size.1)
        _ = DeskUpdate.update(&s, .key(.character("x")))
        let text = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        for secret in ["Kate", "Okafor", "Zoë", "large print", "Overstory", "mill"] {
            #expect(!text.contains(secret), "\(secret) visible while hidden")
        }
        expectSnapshot(s, "privacy")
    }

    @Test func tooSmall() {
        expectSnapshot(Fixture.busy(width: 30, height: 8), "too-small")
        // Every size from 1×1 up renders without trapping.
        for w in stride(from: 0, through: 120, by: 7) {
            for h in stride(from: 0, through: 40, by: 3) {
                _ = DeskView.render(Fixture.busy(width: w, height: h))
            }
        }
    }

    @Test func hostileNamesCannotDrawOutsideTheirField() {
        var s = Fixture.busy()
        var evil = Fixture.kate
        evil.preferredName = "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}\r\u{202E}reversed" + String(repeating: "W", count: 5000)
        _ = DeskUpdate.update(&s, .cardLoaded(PatronCard(patron: evil, recent: [])))
        let buffer = DeskView.render(s).buffer
        for line in buffer.textLines() {
            #expect(line.displayWidth <= 100)
            #expect(!line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        }
        // The card's right border is still where it belongs.
        let row = buffer.textLines().first { $0.contains("Evil") } ?? ""
        #expect(row.contains("││"))
        #expect(row.contains("␛"), "the escape is shown as a visible marker")
    }
}
