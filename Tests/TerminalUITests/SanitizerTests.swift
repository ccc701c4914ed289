import Testing
@testable import TerminalUI

@Suite struct SanitizerTests {
    /// Nothing that reaches a terminal may contain a control or bidi character,
    /// and every grapheme must take at least one column.
    func assertSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars {
            #expect(!TextSanitizer.isDangerous(scalar), "dangerous U+\(String(scalar.value, radix: 16))", sourceLocation: sourceLocation)
        }
        for character in text {
            #expect(character.displayWidth >= 1, "zero-width \(character.unicodeScalars.map { $0.value })", sourceLocation: sourceLocation)
        }
    }

    @Test func plainTextUnchanged() {
        #expect("Zoë Ångström".terminalSafe == "Zoë Ångström")
        #expect("王伟 👩‍💻 🇫🇷".terminalSafe == "王伟 👩‍💻 🇫🇷")
        #expect("Zoe\u{308}".terminalSafe == "Zoe\u{308}")
    }

    @Test func escapeSequences() {
        let clear = "name\u{1B}[2Jafter".terminalSafe
        #expect(clear == "name␛[2Jafter")
        let osc52 = "x\u{1B}]52;c;ZXZpbA==\u{07}y".terminalSafe
        #expect(osc52 == "x␛]52;c;ZXZpbA==␇y")
        let title = "\u{1B}]0;pwned\u{1B}\\".terminalSafe
        #expect(title == "␛]0;pwned␛\\")
        assertSafe(clear); assertSafe(osc52); assertSafe(title)
    }

    @Test func c0Controls() {
        #expect("a\rb".terminalSafe == "a␍b")
        #expect("a\nb".terminalSafe == "a␊b")
        #expect("a\r\nb".terminalSafe == "a␍␊b")
        #expect("a\u{08}b".terminalSafe == "a␈b")
        #expect("a\u{00}b".terminalSafe == "a␀b")
        #expect("a\u{07}b".terminalSafe == "a␇b")
        #expect("a\u{7F}b".terminalSafe == "a␡b")
        #expect("a\tb".terminalSafe == "a b")
    }

    @Test func c1Controls() {
        for value in UInt32(0x80)...0x9F {
            let text = "a" + String(Character(Unicode.Scalar(value)!)) + "b"
            #expect(text.terminalSafe == "a\u{FFFD}b")
        }
        assertSafe("\u{9B}2J\u{9D}0;x\u{9C}".terminalSafe)  // 8-bit CSI, OSC, ST
    }

    @Test func bidiAndInvisibleFormatCharacters() {
        let override = "abc\u{202E}fed\u{202C}".terminalSafe
        #expect(override == "abc\u{FFFD}fed\u{FFFD}")
        for value: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] {
            let text = "x" + String(Character(Unicode.Scalar(value)!)) + "y"
            #expect(text.terminalSafe == "x\u{FFFD}y", "U+\(String(value, radix: 16))")
        }
        #expect("a\u{200B}b".terminalSafe == "a\u{FFFD}b")   // zero width space
        #expect("\u{FEFF}bom".terminalSafe == "\u{FFFD}bom")
        #expect("a\u{2028}b".terminalSafe == "a\u{FFFD}b")
    }

    @Test func loneCombiningMarkGetsABase() {
        let text = "\u{301}abc".terminalSafe
        #expect(text.first == Character("\u{25CC}\u{301}"))
        let afterEscape = "\u{1B}\u{301}".terminalSafe
        #expect(afterEscape == "␛\u{25CC}\u{301}")
        assertSafe(afterEscape)
    }

    @Test func emojiSequencesSurvive() {
        #expect("👩‍💻".terminalSafe == "👩‍💻")
        #expect("🏴󠁧󠁢󠁳󠁣󠁴󠁿".terminalSafe == "🏴󠁧󠁢󠁳󠁣󠁴󠁿")   // tag sequence
        #expect("می‌خواهم".terminalSafe == "می‌خواهم")  // ZWNJ inside a Persian word
    }

    @Test func multiLine() {
        #expect("one\ntwo\r\nthree\rfour".terminalSafeLines == ["one", "two", "three", "four"])
        #expect("a\u{1B}[31m\nb".terminalSafeLines == ["a␛[31m", "b"])
    }

    /// 100 KB of hostile text is made safe and clipped. (How fast is not a
    /// unit test's business: machine speed varies; benchmarks are separate
    /// programs.)
    @Test func hundredKilobytesIsMadeSafeAndClipped() {
        let hostile = String(repeating: "\u{1B}[2J\u{202E}王伟Zoë\u{07}", count: 10_000)
        #expect(hostile.utf8.count > 100_000)
        let safe = hostile.terminalSafe
        var buffer = CellBuffer(width: 100, height: 1)
        let used = buffer.put(hostile, x: 0, y: 0)
        let cut = hostile.truncated(toDisplayWidth: 30)
        assertSafe(safe)
        #expect(used == 100)
        #expect(cut.displayWidth == 30)
        assertSafe(cut.terminalSafe)
    }
}
