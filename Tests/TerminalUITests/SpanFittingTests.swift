import Testing
@testable import TerminalUI

/// A row of free text fitted to its panel: the cut shows as `…`, and the
/// note gives way before what follows it.
@Suite struct SpanFittingTests {
    func text(_ spans: [Span]) -> String { spans.map(\.text).joined() }

    @Test func aRowThatFitsIsLeftAlone() {
        let row = [Span("note "), Span("· promised a call")]
        #expect(row.fitted(toDisplayWidth: 40, shrinking: 0) == row)
        #expect(row.fitted(toDisplayWidth: 22, shrinking: 0) == row) // exactly as wide
    }

    @Test func theFlexibleSpanGivesWayAndTheRestStillShows() {
        let row = [Span("    "), Span("large-print westerns by the window"), Span("  · promised a call · due 2026-10-01")]
        let fitted = row.fitted(toDisplayWidth: 50, shrinking: 1)
        #expect(text(fitted).displayWidth == 50, "\(text(fitted))")
        #expect(fitted[1].text.hasSuffix("…"), "\(fitted)")
        #expect(fitted[2] == row[2]) // the promise and its day are whole
        #expect(fitted[0] == row[0])
    }

    @Test func aRowTooLongEvenThenEndsInAnEllipsisWithinTheWidth() {
        let row = [Span("overdue "), Span("Zoë Ångström: "), Span("scans of the mill photos from 1911")]
        let fitted = row.fitted(toDisplayWidth: 20)
        #expect(text(fitted) == "overdue Zoë Ångströ…", "\(text(fitted))")
        let squeezed = [Span("a note that is long"), Span(" · promised the whole run of the county paper")]
            .fitted(toDisplayWidth: 20, shrinking: 0, minimumFlexible: 8)
        #expect(text(squeezed).displayWidth <= 20, "\(text(squeezed))")
        #expect(squeezed[0].text == "a note …", "\(squeezed)")
        #expect(text(squeezed).hasSuffix("…"), "\(squeezed)")
    }

    @Test func wideCharactersAndControlPicturesCountAsShown() {
        // 東 is two columns; ESC shows as one-column ␛.
        let row = [Span("東京の資料"), Span("\u{1B}[2J gone")]
        let fitted = row.fitted(toDisplayWidth: 12)
        #expect(fitted.map(\.text).joined().terminalSafe.displayWidth <= 12, "\(fitted)")
        #expect(fitted.last?.text.hasSuffix("…") == true, "\(fitted)")
    }

    @Test func aHugeNoteCostsNoMoreThanTheRow() {
        let note = String(repeating: "interlibrary loan ", count: 6_000) // about 100 KB
        let fitted = [Span(note), Span(" · due fri")].fitted(toDisplayWidth: 30, shrinking: 0)
        #expect(text(fitted).displayWidth == 30)
        #expect(fitted[1].text == " · due fri")
    }
}
