import Testing
@testable import NameMatching

@Suite struct SaidAsTests {
    @Test(arguments: [
        ("neeve", "niamh"), ("shivawn", "siobhan"), ("keeva", "caoimhe"), ("seersha", "saoirse"), ("eefa", "aoife"),
        ("osheen", "oisin"), ("tige", "tadhg"), ("shahn", "sian"), ("reese", "rhys"), ("davith", "dafydd"),
        ("ailey", "eilidh"), ("vari", "mhairi"),
    ])
    func theHeardFormFindsTheWrittenName(heard: String, written: String) {
        #expect(SaidAs.bundled.alternatives(of: heard).contains(written), "\(heard) → \(written)")
        #expect(SaidAs.bundled.alternatives(of: written).contains(heard), "\(written) → \(heard)")
    }

    @Test func soDoesAnythingThatSoundsLikeIt() {
        #expect(SaidAs.bundled.alternatives(of: "neev").contains("niamh"))
        #expect(SaidAs.bundled.alternatives(of: "shivon").contains("siobhan"))
        #expect(SaidAs.bundled.alternatives(of: "smith").isEmpty)
    }

    @Test func theTableIsEditableText() {
        let table = SaidAs(text: "# comment\n\n  Siobhán shivawn\nrhys reese\n")
        #expect(table.alternatives(of: "shivawn") == ["siobhan"])
        #expect(table.alternatives(of: "siobhan") == ["shivawn"])
        #expect(table.alternatives(of: "comment").isEmpty)
        #expect(table.nameCount == 2)
        #expect(SaidAs.bundled.nameCount > 50)
    }
}
