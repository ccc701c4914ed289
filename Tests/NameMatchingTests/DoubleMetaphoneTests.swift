import Testing
@testable import NameMatching

@Suite struct DoubleMetaphoneTests {
    func soundAlike(_ a: String, _ b: String) -> Bool {
        !Set(DoubleMetaphone.keySet(a)).isDisjoint(with: DoubleMetaphone.keySet(b))
    }

    @Test(arguments: [
        ("catherine", "kathryn"), ("jon", "john"), ("geoffrey", "jeffrey"), ("stephen", "steven"),
        ("smith", "smyth"), ("smith", "schmidt"), ("caitlin", "kaitlyn"), ("katherine", "catherine"),
        ("shaun", "shawn"), ("meyer", "meier"), ("mueller", "muller"), ("hansen", "hanson"),
    ])
    func namesHeardAloudSoundAlike(a: String, b: String) {
        #expect(soundAlike(a, b), "\(a) \(DoubleMetaphone.keySet(a)) vs \(b) \(DoubleMetaphone.keySet(b))")
    }

    @Test(arguments: [("catherine", "catherwood"), ("smith", "jones"), ("john", "mary"), ("kim", "lee")])
    func differentNamesDoNot(a: String, b: String) {
        #expect(!soundAlike(a, b))
    }

    /// What Double Metaphone cannot hear: Sean (SN) and Shawn (XN) are
    /// spelling variants the nickname table carries instead.
    @Test func variantsItMissesAreInTheNicknameTable() {
        #expect(!soundAlike("sean", "shawn"))
        #expect(Nicknames.bundled.alternatives(of: "sean").contains("shawn"))
    }

    /// Keys from the reference implementation (without its four-letter cut).
    @Test func knownKeys() {
        #expect(DoubleMetaphone.keys("smith") == ("SM0", "XMT"))
        #expect(DoubleMetaphone.keys("schmidt") == ("XMT", "SMT"))
        #expect(DoubleMetaphone.keys("thomas") == ("TMS", nil))
        #expect(DoubleMetaphone.keys("jose") == ("HS", nil))
        #expect(DoubleMetaphone.keys("xavier").primary == "SF")
        #expect(DoubleMetaphone.keys("knight").primary == "NT")
        #expect(DoubleMetaphone.keys("michael") == ("MKL", "MXL"))
        #expect(DoubleMetaphone.keys("") == ("", nil))
        #expect(DoubleMetaphone.keys("123") == ("", nil))
    }
}
