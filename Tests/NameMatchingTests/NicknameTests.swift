import Testing
@testable import NameMatching

@Suite struct NicknameTests {
    @Test(arguments: [
        ("bill", "william"), ("kate", "catherine"), ("peggy", "margaret"), ("sasha", "alexander"),
        ("abby", "abigail"), ("bess", "elizabeth"), ("freddy", "frederick"), ("hal", "henry"), ("teddy", "edward"),
        ("kay", "catherine"), ("pepe", "jose"), ("paco", "francisco"), ("nacho", "ignacio"), ("dima", "dmitri"),
        ("misha", "mikhail"), ("beppe", "giuseppe"), ("hans", "johann"), ("kasia", "katarzyna"), ("lupe", "guadalupe"),
    ])
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

    /// Two full names never stand for each other through a line that
    /// names both ("marian mary ann" would make every Mary an Ann).
    @Test func noLineJoinsTwoCommonFullNames() {
        for (a, b) in [("mary", "ann"), ("mary", "anne"), ("rose", "ann"), ("jose", "maria"), ("sue", "anna")] {
            #expect(!Nicknames.bundled.alternatives(of: a).contains(b), "\(a) ~ \(b)")
        }
    }

    @Test func bundledTableIsWellFormed() {
        #expect(Nicknames.bundled.wordCount > 1_500)
        for word in ["kate", "kathryn", "liz", "misha", "jack"] {
            #expect(!Nicknames.bundled.alternatives(of: word).isEmpty, "\(word)")
        }
    }
}
