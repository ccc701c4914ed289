import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The top line names the desk, and its branch only where the library names
/// branches: two "Reference" desks in two buildings must not look alike.
@Suite struct HeaderViewTests {
    func header(_ config: DeskConfig) -> String {
        let state = DeskState(config: config, now: Fixture.now, width: 100, height: 30)
        return DeskView.render(state).buffer.textLines().first ?? ""
    }

    @Test func aNamedBranchStandsBeforeTheDesk() {
        let line = header(DeskConfig(desk: "Reference", branch: "Eastside", staff: "JB", timeZone: Fixture.utc))
        #expect(line.hasPrefix(" Deskmate · Eastside · Reference · JB"), "\(line)")
    }

    @Test func theDefaultBranchIsNotShown() {
        let line = header(DeskConfig(desk: "Reference", staff: "JB", timeZone: Fixture.utc))
        #expect(line.hasPrefix(" Deskmate · Reference · JB"), "\(line)")
        #expect(!line.contains(DeskNames.defaultBranch))
    }
}
