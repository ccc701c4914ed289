import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    @Test func editing() {
        var field = TextField()
        for key: Key in [.character("Z"), .character("o"), .character("e"), .backspace, .character("ë")] {
            field.handle(key)
        }
        #expect(field.text == "Zoë")
        field.handle(.home)
        field.handle(.delete)
        #expect(field.text == "oë")
        field.handle(.character("Z"))
        field.handle(.end)
        field.insert(" Ångström")
        #expect(field.text == "Zoë Ångström")
        #expect(field.cursor == 12)
        field.handle(.left)
        field.handle(.left)
        field.handle(.control("k"))
        #expect(field.text == "Zoë Ångstr")
        #expect(field.handle(.enter) == false)
    }

    @Test func wordAndLineDeletion() {
        var field = TextField("zoe  angstrom  ")
        field.handle(.control("w"))
        #expect(field.text == "zoe  ")
        field.handle(.control("w"))
        #expect(field.text == "")
        field.insert("abc def")
        field.handle(.left)
        field.handle(.left)
        field.handle(.control("u"))
        #expect(field.text == "ef")
        #expect(field.cursor == 0)
    }

    @Test func rejectsControlsAndFlattensPastedLines() {
        var field = TextField()
        field.insert("a\u{1B}[2Jb\nc\u{202E}d\te")
        #expect(field.text == "a[2Jb cd e")
        var limited = TextField(maxLength: 3)
        limited.insert("王伟王伟")
        #expect(limited.text == "王伟王")
    }

    @Test func scrollsToKeepCursorVisible() {
        var buffer = CellBuffer(width: 6, height: 1)
        var field = TextField("abcdefghij")
        let cursor = field.draw(in: buffer.bounds, buffer: &buffer)
        #expect(buffer.textLines() == ["fghij"])
        #expect(cursor?.x == 5)
        field.handle(.home)
        buffer.clear()
        #expect(field.draw(in: buffer.bounds, buffer: &buffer)?.x == 0)
        #expect(buffer.textLines() == ["abcdef"])
    }

    @Test func wideCharactersScrollByColumns() {
        var buffer = CellBuffer(width: 5, height: 1)
        let field = TextField("王伟王伟")
        let cursor = field.draw(in: buffer.bounds, buffer: &buffer)
        #expect(buffer.textLines() == ["王伟"])
        #expect(cursor?.x == 4)
    }

    @Test func placeholder() {
        var buffer = CellBuffer(width: 10, height: 1)
        let cursor = TextField().draw(in: buffer.bounds, buffer: &buffer, placeholder: "search…")
        #expect(buffer.textLines() == ["search…"])
        #expect(cursor?.x == 0)
        #expect(buffer.cell(x: 0, y: 0)?.style == Style().dim)
    }
}
