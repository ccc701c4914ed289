import Testing
@testable import NameMatching

@Suite struct NicknameTests {
    @Test(arguments: [("bill", "william"), ("kate", "catherine"), ("peggy", "margaret"), ("sasha", "alexander")])
    func nicknamesStandForFormalNames(nick: String, formal: String) {
        #expect(Nicknames.bundled.alternatives(of: nick).contains(formal))
        #expect(Nicknames.bundled.alternatives(of: formal).contains(nick))
    }

    @Test func tableIsEditableText() {
        let table = Nicknames(text: "# comment\n\n  Zoë zoe-bee\nrobert bob\n")
        #expect(table.alternatives(of: "zoe") == ["bee"])
        #expect(table.alternatives(of: "bob") == ["robert"])
        #expect(table.alternatives(of: "comment").isEmpty)
    }

    @Test func bundledTableIsWellFormed() {
        #expect(Nicknames.bundled.wordCount > 150)
        for word in ["kate", "kathryn", "liz", "misha", "jack"] {
            #expect(!Nicknames.bundled.alternatives(of: word).isEmpty, "\(word)")
        }
    }
}
