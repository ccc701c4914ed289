import DeskmateCore
import Foundation
import TestSupport
import Testing

/// csv-spectrum (`../shared/corpora/csv-spectrum`, read where it is; see its
/// SOURCE.md): each of the 11 CSV files, read by `CSVReader` with its first
/// record as the header, equals its JSON (an array of objects of strings).
@Suite(.enabled(if: SharedData.isPresent("corpora/csv-spectrum"),
                Comment(rawValue: SharedData.skipReason("corpora/csv-spectrum"))))
struct CSVSpectrumTests {
    static let names = ["comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
                        "quotes_and_newlines", "simple", "simple_crlf", "utf8"]

    @Test func theFolderHoldsTheElevenFiles() throws {
        let folder = try SharedData.folder("corpora/csv-spectrum/csvs")
        let found = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(found == Self.names.map { $0 + ".csv" })
    }

    @Test(arguments: names)
    func readsAsTheJSONSays(_ name: String) throws {
        let csv = try SharedData.data("corpora/csv-spectrum/csvs/\(name).csv")
        let json = try SharedData.data("corpora/csv-spectrum/json/\(name).json")
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: String]], "\(name).json")
        let records = try CSVReader.records(Array(csv))
        let header = try #require(records.first?.fields, "\(name).csv has no header")
        var got: [[String: String]] = []
        for record in records.dropFirst() {
            #expect(record.fields.count == header.count, "\(name).csv line \(record.line): \(record.fields)")
            got.append(Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first }))
        }
        #expect(got == expected, "\(name).csv read as \(got)")
    }
}
