import Foundation
import Testing
@testable import NameMatching

@Suite struct FoldingTests {
    @Test func caseAndAccentsFold() {
        #expect(NameFolding.words("  Zoë   Ångström ") == ["zoe", "angstrom"])
        #expect(NameFolding.fold("RENÉE Lefèvre") == "renee lefevre")
        #expect(NameFolding.fold("Nguyễn Thảo") == "nguyen thao")
    }

    @Test(arguments: [
        ("Søren Ødegaard", "soren odegaard"), ("Łukasz Łuczak", "lukasz luczak"), ("Strauß", "strauss"),
        ("Æsa", "aesa"), ("Þóra", "thora"), ("Đorđe", "dorde"), ("Yılmaz", "yilmaz"), ("İsmail", "ismail"),
        ("Œuvre", "oeuvre"), ("Małgorzata Wiśniewski", "malgorzata wisniewski"),
    ])
    func lettersThatDoNotDecomposeFold(name: String, folded: String) {
        #expect(NameFolding.fold(name) == folded)
        #expect(NameFolding.foldsByTable(name), "\(name) should not need ICU")
    }

    @Test func otherScriptsAreTransliterated() {
        #expect(NameFolding.words("王伟") == ["wang", "wei"])
        #expect(NameFolding.fold("Алексей") == "aleksej")
        #expect(!NameFolding.foldsByTable("Алексей"))
    }

    @Test func punctuationSeparatesAndApostrophesJoin() {
        #expect(NameFolding.fold("O'Brien") == "obrien")
        #expect(NameFolding.fold("O’Connor") == "oconnor")
        #expect(NameFolding.fold("Min-jun  Kim, Jr.") == "min jun kim jr")
        #expect(NameFolding.fold("e\u{301}lise") == "elise")
        #expect(NameFolding.fold("") == "")
    }

    /// The fast table must spell every letter exactly as ICU does, or a name
    /// stored one way would be searched the other.
    @Test func tableAgreesWithICU() {
        for (scalar, ascii) in FoldTable.entries where !(0x300...0x36F).contains(scalar) {
            let text = String(Character(Unicode.Scalar(scalar)!))
            let icu = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            #expect(icu == ascii, "U+\(String(scalar, radix: 16)) table \(ascii), ICU \(icu ?? "nil")")
        }
    }

    @Test func sampleNamesFoldTheSameWithAndWithoutTheTable() {
        for name in ["Siobhán", "Ayşe", "Bjørn", "Jürgen Müller", "François", "Anaïs", "Lucía Ramírez", "Inês João"] {
            let icu = NameFolding.fold(name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)!)
            #expect(NameFolding.fold(name) == icu)
        }
    }
}
