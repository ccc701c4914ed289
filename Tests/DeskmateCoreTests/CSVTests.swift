import DeskmateCore
import Testing

@Suite struct CSVTests {
    func read(_ s: String) throws(CSVReader.Failure) -> [[String]] {
        try CSVReader.records(Array(s.utf8)).map(\.fields)
    }

    @Test func rfc4180() throws {
        #expect(try read("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") == [["a", "b"], ["x, y", "say \"hi\""]])
        #expect(try read("a\n\"two\nlines\"\nlast") == [["a"], ["two\nlines"], ["last"]])
        #expect(try read("a,,\n") == [["a", "", ""]])
        #expect(try read("\u{FEFF}name\nZoë\n") == [["name"], ["Zoë"]])
    }

    @Test func recordsKnowTheirLine() throws {
        let records = try CSVReader.records(Array("h\n\"a\nb\"\nc\n".utf8))
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func badInputNamesTheLine() {
        #expect(throws: CSVReader.Failure(line: 3, reason: "a quoted field is never closed")) {
            try read("h\nok\n\"never closed\n")
        }
        #expect(throws: CSVReader.Failure(line: 2, reason: "a quote inside an unquoted field")) { try read("h\nab\"c\n") }
        var bytes = Array("name\nok\nbad ".utf8)
        bytes += [0xC3, 0x28]
        #expect(throws: CSVReader.Failure(line: 3, reason: "invalid UTF-8; save the file as UTF-8 and try again")) {
            try CSVReader.records(bytes)
        }
    }

    @Test func writerQuotesAndNeutralisesFormulas() {
        #expect(CSVWriter.cell("plain") == "plain")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
        #expect(CSVWriter.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.cell("+1") == "'+1")
        #expect(CSVWriter.cell("-2") == "'-2")
        #expect(CSVWriter.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.cell("\tx") == "'\tx")
        #expect(CSVWriter.record(["a", "b"]) == "a,b\r\n")
    }

    @Test func writtenCSVReadsBack() throws {
        let rows = [["name", "note"], ["Zoë, \"Z\"", "line\nbreak"], ["=1+1", "王伟"]]
        let text = rows.map(CSVWriter.record).joined()
        let back = try read(text)
        #expect(back[1] == rows[1])
        #expect(back[2] == ["'=1+1", "王伟"])
    }
}
