import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func ascii() {
        #expect("".displayWidth == 0)
        #expect("hello, world".displayWidth == 12)
        #expect(Character("a").displayWidth == 1)
        #expect(Character("\u{1B}").displayWidth == 0)
    }

    @Test func accentsPrecomposedAndDecomposed() {
        let precomposed = "Zo\u{EB} \u{C5}ngstr\u{F6}m"
        let decomposed = "Zoe\u{308} A\u{30A}ngstro\u{308}m"
        #expect(precomposed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(precomposed.displayWidth == 12)
        #expect(decomposed.displayWidth == 12)
    }

    @Test func cjkAndHangul() {
        #expect("王伟".displayWidth == 4)
        #expect("한국어".displayWidth == 6)
        // Hangul built from conjoining jamo is one cluster, two columns.
        #expect("\u{1112}\u{1161}\u{11AB}".displayWidth == 2)
        #expect("ｱｲ".displayWidth == 2)   // halfwidth katakana
        #expect("ＡＢ".displayWidth == 4)  // fullwidth Latin
        #expect("\u{3000}".displayWidth == 2)
    }

    @Test func emoji() {
        #expect("😀".displayWidth == 2)
        #expect("👩‍💻".displayWidth == 2)
        #expect("🇫🇷".displayWidth == 2)
        #expect("❤️".displayWidth == 2)       // text-default base + VS16
        #expect("❤".displayWidth == 1)
        #expect("👍🏽".displayWidth == 2)       // skin tone modifier
        #expect("1️⃣".displayWidth == 2)       // keycap
        #expect("👨‍👩‍👧‍👦".displayWidth == 2)
    }

    @Test func zeroWidth() {
        #expect("e\u{301}".displayWidth == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect("a\u{200D}b".displayWidth == 2)
    }

    @Test func fastEnoughForEveryCell() {
        let text = String(repeating: "Zoë 王伟 abc ", count: 10_000)
        #expect(text.displayWidth == 10_000 * 13)
    }
}
