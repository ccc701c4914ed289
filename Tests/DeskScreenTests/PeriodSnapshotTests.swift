import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The period view and the past-hour tally form, at 100×30 and 80×24, as
/// text plus styles (see `Snapshot`).
@Suite struct PeriodSnapshotTests {
    static let sizes = SnapshotTests.sizes

    func expectSnapshot(_ state: DeskState, _ name: String) { Snapshot.expect(state, name) }

    @Test(arguments: sizes) func lastWeeksHeatMapInShades(size: (Int, Int)) {
        expectSnapshot(PeriodFixture.state(width: size.0, height: size.1), "period-last-week")
    }

    @Test(arguments: sizes) func everyDeskWithNumbersInTheCells(size: (Int, Int)) {
        expectSnapshot(PeriodFixture.state(width: size.0, height: size.1, numbers: true, allDesks: true), "period-numbers-all-desks")
    }

    @Test func loadingUntilTheStoreAnswers() {
        var s = Fixture.summary(width: 80, height: 24)
        _ = DeskUpdate.update(&s, .key(.character("p")))
        expectSnapshot(s, "period-loading")
    }

    @Test(arguments: sizes) func tallyFormFilledIn(size: (Int, Int)) {
        expectSnapshot(PeriodFixture.tallyForm(width: size.0, height: size.1), "tally-form")
    }

    @Test(arguments: sizes) func tallyFormRefusingAFutureHour(size: (Int, Int)) {
        var s = PeriodFixture.tallyForm(width: size.0, height: size.1)
        for _ in 0..<2 { _ = DeskUpdate.update(&s, .key(.backspace)) }
        for c in "14" { _ = DeskUpdate.update(&s, .key(.character(c))) }
        _ = DeskUpdate.update(&s, .key(.enter))
        expectSnapshot(s, "tally-form-future-hour")
    }

    @Test func theHeatMapFitsTheSmallestScreen() {
        // 60 columns: the cells lose their gaps, every row still ends in its total.
        let s = PeriodFixture.state(width: 60, height: 16)
        let lines = DeskView.render(s).buffer.textLines()
        let sunday = lines.first { $0.contains("│ Sun ") } ?? ""
        let total = (0..<24).reduce(0) { $0 + (s.period.report?.heatmap[6][$1].count ?? 0) }
        #expect(sunday.hasSuffix(" \(total) │") || sunday.contains(" \(total) "), "\(sunday)")
        #expect(lines.allSatisfy { $0.displayWidth <= 60 })
    }
}
