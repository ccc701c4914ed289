import Testing
@testable import TerminalUI

@Suite struct CellBufferTests {
    @Test func putAndTextLines() {
        var buffer = CellBuffer(width: 10, height: 2)
        #expect(buffer.put("hello", x: 1, y: 0) == 5)
        #expect(buffer.textLines() == [" hello", ""])
    }

    @Test func truncationNeverSplitsACharacter() {
        var buffer = CellBuffer(width: 10, height: 1)
        let used = buffer.put("王伟王伟", x: 0, y: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.textLines() == ["王伟"])
        #expect(buffer.cell(x: 4, y: 0)?.character == " ")
        #expect(buffer.cell(x: 5, y: 0)?.character == " ")

        var accents = CellBuffer(width: 4, height: 1)
        accents.put("Zoe\u{308}\u{301}x", x: 0, y: 0)
        #expect(accents.cell(x: 2, y: 0)?.character == Character("e\u{308}\u{301}"))
    }

    @Test func wideCharacterAtLastColumnLeavesASpace() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.fill(buffer.bounds, style: .plain, character: "x")
        let used = buffer.put("abcd王", x: 0, y: 0)
        #expect(used == 5)
        #expect(buffer.textLines() == ["abcd"])
        #expect(buffer.cell(x: 4, y: 0)?.width == 1)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("王伟", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)          // right half of 王
        #expect(buffer.textLines() == [" x伟"])
        buffer.put("y", x: 2, y: 0)          // left half of 伟
        #expect(buffer.textLines() == [" xy"])
        #expect(buffer.cells.allSatisfy { $0.width == 1 })

        var shifted = CellBuffer(width: 6, height: 1)
        shifted.put("王伟", x: 0, y: 0)
        shifted.put("中", x: 1, y: 0)        // straddles both
        #expect(shifted.textLines() == [" 中"])
        #expect(shifted.cell(x: 1, y: 0)?.width == 2)
        #expect(shifted.cell(x: 2, y: 0)?.isContinuation == true)
        #expect(shifted.cell(x: 3, y: 0)?.width == 1)
    }

    @Test func clipsSilently() {
        var empty = CellBuffer(width: 0, height: 0)
        #expect(empty.put("abc", x: 0, y: 0) == 0)
        empty.fill(Rect(x: -5, y: -5, width: 50, height: 50), style: Style().bold)
        #expect(empty.textLines() == [])

        var buffer = CellBuffer(width: 4, height: 2)
        #expect(buffer.put("abcdef", x: -2, y: 0) == 6)
        #expect(buffer.put("zz", x: 0, y: 5) == 0)
        #expect(buffer.put("zz", x: 0, y: -1) == 0)
        #expect(buffer.put("王伟", x: -1, y: 1) == 4)
        #expect(buffer.textLines() == ["cdef", " 伟"])
        buffer.fill(Rect(x: -3, y: 1, width: 4, height: 9), style: Style().reversed)
        #expect(buffer.cell(x: 0, y: 1)?.style == Style().reversed)
        #expect(buffer.cell(x: 1, y: 1)?.style == .plain)
    }

    @Test func controlCharactersCannotEscapeTheField() {
        var buffer = CellBuffer(width: 20, height: 1)
        buffer.put("ab\u{1B}[2J\rcd", x: 0, y: 0, maxWidth: 8)
        buffer.put("|", x: 8, y: 0)
        #expect(buffer.textLines() == ["ab␛[2J␍c|"])
    }

    @Test func snapshotEncodesStyles() {
        var buffer = CellBuffer(width: 8, height: 2)
        buffer.put("ok", x: 0, y: 0, style: Style(foreground: .green).bold)
        buffer.put("王", x: 3, y: 0, style: Style().reversed)
        buffer.put("ok", x: 0, y: 1, style: Style(foreground: .green).bold)
        #expect(buffer.snapshot() == """
            ok 王
            ok
            -- styles --
            AA.BB
            AA
            -- legend --
            A fg=green bg=default bold
            B fg=default bg=default reverse

            """)
    }

    @Test func columnsLineUpWithAccentsAndCJK() {
        let names = ["Zoë Ångström", "Zoe\u{308} A\u{30A}ngstro\u{308}m", "王伟", "Nguyễn Thị Minh Khai", "👩‍💻 Ada", "Ö"]
        var buffer = CellBuffer(width: 30, height: names.count)
        for (row, name) in names.enumerated() {
            buffer.put(name.padded(toDisplayWidth: 12) + "|" + "#\(row)", x: 0, y: row)
        }
        for row in 0..<names.count {
            #expect(buffer.cell(x: 12, y: row)?.character == "|", "row \(row)")
        }
        #expect(buffer.textLines()[3] == "Nguyễn Thị …|#3")
        #expect("王伟王伟王伟王".padded(toDisplayWidth: 6) == "王伟… ")
        #expect("abc".padded(toDisplayWidth: 5, alignment: .right) == "  abc")
    }

    @Test func truncatedWithEllipsis() {
        #expect("Zoë Ångström".truncated(toDisplayWidth: 5) == "Zoë …")
        #expect("Zoë".truncated(toDisplayWidth: 3) == "Zoë")
        #expect("abcdef".truncated(toDisplayWidth: 4, ellipsis: "") == "abcd")
        #expect("abc".truncated(toDisplayWidth: 0) == "")
    }

    @Test func spans() {
        var buffer = CellBuffer(width: 10, height: 1)
        let used = buffer.put([Span("ab", style: Style().bold), Span("王伟", style: Style().underlined)], x: 0, y: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.textLines() == ["ab王"])
    }
}
