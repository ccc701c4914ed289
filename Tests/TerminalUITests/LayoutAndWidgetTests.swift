import Testing
@testable import TerminalUI

@Suite struct RectTests {
    @Test func splits() {
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        let rows = area.rows([.fixed(1), .fill(), .fixed(2)])
        #expect(rows.map(\.height) == [1, 27, 2])
        #expect(rows.map(\.y) == [0, 1, 28])
        let columns = area.columns([.percent(30), .fill(), .fill()], spacing: 1)
        #expect(columns.map(\.width) == [29, 34, 35])
        #expect(columns.map(\.x) == [0, 30, 65])
        #expect(Rect(x: 0, y: 0, width: 3, height: 1).columns([.fixed(5), .fixed(5)]).map(\.width) == [3, 0])
        #expect(area.inset(by: 1) == Rect(x: 1, y: 1, width: 98, height: 28))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 2).isEmpty)
        #expect(area.splitTop(3).rest.height == 27)
        #expect(area.splitRight(10).right.x == 90)
    }
}

@Suite struct WidgetTests {
    @Test func borderWithTitle() {
        var buffer = CellBuffer(width: 12, height: 3)
        let inner = Border(title: "Patron 王伟 \u{1B}[2J").draw(in: buffer.bounds, buffer: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(buffer.textLines() == ["┌─ Patro… ─┐", "│          │", "└──────────┘"])
    }

    @Test func borderTooSmallIsHarmless() {
        var buffer = CellBuffer(width: 1, height: 1)
        #expect(Border(title: "x").draw(in: buffer.bounds, buffer: &buffer).isEmpty)
        var wideTitle = CellBuffer(width: 6, height: 2)
        Border(title: "王王王").draw(in: wideTitle.bounds, buffer: &wideTitle)
        #expect(wideTitle.textLines() == ["┌────┐", "└────┘"])
    }

    @Test func paragraphWrapsWords() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.lines("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
        #expect(TextWrap.lines("我们今天去图书馆借书", width: 7) == ["我们今", "天去图", "书馆借", "书"])
        #expect(TextWrap.lines("Zoë Ångström came in", width: 12) == ["Zoë Ångström", "came in"])
        #expect(TextWrap.lines("one\ntwo", width: 10) == ["one", "two"])
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("a b c d e f g h", width: 3, maxLines: 2) == ["a b", "c…"])
        #expect(TextWrap.lines("x\u{1B}[2J", width: 10) == ["x␛[2J"])
    }

    @Test func paragraphDrawsWithinRect() {
        var buffer = CellBuffer(width: 10, height: 3)
        let used = Paragraph("one two three four five six").draw(in: Rect(x: 1, y: 0, width: 8, height: 2), buffer: &buffer)
        #expect(used == 2)
        #expect(buffer.textLines() == [" one two", " three…", ""])
    }

    @Test func sparkline() {
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7, 8], peak: 8) == "▁▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([1, 1], peak: 1) == "██")
        #expect(Sparkline.text([9, 0.5], peak: 0) == "█▄", "a peak below 1 counts as 1")
        #expect(Sparkline.text([], peak: 3) == "")
    }

    @Test func listKeepsSelectionVisible() {
        var state = ListState(selected: 0)
        let items = (0..<10).map { "row \($0)" }
        state.move(by: 5, count: items.count)
        #expect(state.selected == 5)
        state.scrollToSelection(height: 3, count: items.count)
        #expect(state.offset == 3)
        state.move(by: -1, count: items.count)
        #expect(state.visibleOffset(height: 3, count: items.count) == 3)  // no jump
        state.move(by: -100, count: items.count)
        #expect(state.selected == 0)
        #expect(state.visibleOffset(height: 3, count: items.count) == 0)
    }
}
