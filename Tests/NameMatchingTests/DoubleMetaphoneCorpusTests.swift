import Foundation
import NameMatching
import TestSupport
import Testing

/// Deskmate's Double Metaphone against Apache commons-codec's expectations
/// (`../shared/corpora/double_metaphone`, read where it is; see its SOURCE.md).
///
/// commons-codec cuts keys to 4 letters and always fills the alternate (with
/// the primary when there is none); Deskmate keeps longer keys and answers nil.
/// Both are evened out here. commons-codec encodes a multi-word string as one
/// string (skipping the spaces); Deskmate folds a name into words first and
/// keys each word, so a multi-word row has no single Deskmate key: those rows
/// are the documented known difference, and the test checks that they are
/// exactly the rows that differ.
@Suite(.enabled(if: SharedData.isPresent("corpora/double_metaphone"),
                Comment(rawValue: SharedData.skipReason("corpora/double_metaphone"))))
struct DoubleMetaphoneCorpusTests {
    /// The 13 multi-word rows (of 164) whose commons-codec key depends on a
    /// rule that looks across the space (an "h" or "f" starting the second
    /// word, "Goddard\\Gifford"…). Deskmate keys each word on its own.
    static let knownDifferences = [
        "Goddard\\Gifford", "de Haia", "de Harcourt", "de Hastings", "de Hoke", "de Hooch", "de Hugelville",
        "de Huntingdon", "de St. Hilary", "fitz Herbert", "of Falaise", "of Flanders", "san jacinto",
    ]

    struct Row { var line: Int; var word: String; var primary: String; var alternate: String }

    static func rows(_ file: String) throws -> [Row] {
        let text = String(decoding: try SharedData.data("corpora/double_metaphone/" + file), as: UTF8.self)
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index > 0 && !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { throw SharedData.Missing(description: "\(file):\(index + 1): \(fields.count) fields") }
            rows.append(Row(line: index + 1, word: fields[0], primary: fields[1], alternate: fields[2]))
        }
        return rows
    }

    /// Deskmate's keys for one folded word, as commons-codec writes them.
    static func commonsStyle(_ word: String) -> (String, String) {
        let (primary, alternate) = DoubleMetaphone.keys(word)
        return (String(primary.prefix(4)), String((alternate ?? primary).prefix(4)))
    }

    @Test func everySingleWordRowAgreesWithCommonsCodec() throws {
        let rows = try Self.rows("dm_codes.tsv")
        #expect(rows.count == 1221, "dm_codes.tsv: \(rows.count) rows")
        var single = 0, agreed = 0
        var mismatches: [String] = []
        var multiWord: [Row] = []
        for row in rows {
            let words = NameFolding.words(row.word)
            guard words.count == 1 else { multiWord.append(row); continue }
            single += 1
            let got = Self.commonsStyle(words[0])
            if got == (row.primary, row.alternate) {
                agreed += 1
            } else {
                mismatches.append("line \(row.line) \(row.word): Deskmate \(got.0)/\(got.1), commons-codec \(row.primary)/\(row.alternate)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) single-word rows differ:\n\(mismatches.prefix(30).joined(separator: "\n"))")
        // The multi-word rows: Deskmate never keys the whole string. Keyed
        // word by word, the words' keys run together are what commons-codec
        // computes only when no rule looks across a word boundary; the rows
        // where one does are the known difference, and only those.
        var differ: [String] = []
        for row in multiWord {
            let joined = NameFolding.words(row.word).joined()
            if Self.commonsStyle(joined) != (row.primary, row.alternate) { differ.append(row.word) }
        }
        print("Double Metaphone vs commons-codec: \(agreed) of \(single) single-word rows agree; \(multiWord.count) multi-word rows "
            + "(a known difference: Deskmate keys word by word), of which \(differ.count) differ even joined: \(differ)")
        #expect(single == 1057 && multiWord.count == 164, "\(single) single-word, \(multiWord.count) multi-word rows: the split changed")
        #expect(differ == Self.knownDifferences, "the multi-word rows that differ changed: \(differ)")
    }

    /// The single words asserted in commons-codec's `testDoubleMetaphone()`
    /// (a blank column is not asserted there).
    @Test func theExtraAssertionsAgree() throws {
        var checked = 0
        for row in try Self.rows("dm_codes_extra.tsv") {
            let words = NameFolding.words(row.word)
            guard words.count == 1 else { continue } // "san jose": the multi-word known difference
            let got = Self.commonsStyle(words[0])
            if !row.primary.isEmpty { #expect(got.0 == row.primary, "\(row.word): primary \(got.0), commons-codec \(row.primary)") }
            if !row.alternate.isEmpty { #expect(got.1 == row.alternate, "\(row.word): alternate \(got.1), commons-codec \(row.alternate)") }
            checked += 1
        }
        #expect(checked == 20)
    }
}
