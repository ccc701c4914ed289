/// Reads RFC 4180 CSV from raw bytes, keeping the line number of every
/// record so a bad row can be named exactly, and refusing invalid UTF-8
/// instead of silently replacing it.
public struct CSVReader: Sendable {
    /// A record and the line it starts on (1-based).
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// Why a file could not be read, with the line it happened on.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// All records of `bytes`. A UTF-8 byte-order mark is skipped; CRLF and LF
    /// both end records; a blank last line is ignored.
    public static func records(_ bytes: [UInt8]) throws(Failure) -> [Record] {
        var records: [Record] = []
        var reader = CSVReader(bytes)
        while let record = try reader.next() { records.append(record) }
        return records
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var finished = false

    /// A reader that hands out one record at a time, so a million-row file is
    /// never held as a million records (an import reads it twice this way:
    /// once to check every row, once to write them).
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(Failure) -> Record? {
        guard !finished else { return nil }
        var fields: [String] = []
        var field: [UInt8] = []
        let recordLine = line
        let n = bytes.count
        var inQuotes = false
        var fieldWasQuoted = false

        func finishField() throws(Failure) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw Failure(line: line, reason: "invalid UTF-8; save the file as UTF-8 and try again")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        while i < n {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2
                        continue
                    }
                    inQuotes = false
                    i += 1
                    if i < n, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
                        throw Failure(line: line, reason: "text after a closing quote")
                    }
                    continue
                }
                if b == UInt8(ascii: "\n") { line += 1 }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                guard field.isEmpty && !fieldWasQuoted else {
                    throw Failure(line: line, reason: "a quote inside an unquoted field")
                }
                inQuotes = true
                fieldWasQuoted = true
                i += 1
            case UInt8(ascii: ","):
                try finishField()
                i += 1
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                try finishField()
                if b == UInt8(ascii: "\r") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                i += 1
                line += 1
                return Record(line: recordLine, fields: fields)
            default:
                field.append(b)
                i += 1
            }
        }
        finished = true
        if inQuotes { throw Failure(line: recordLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            try finishField()
            return Record(line: recordLine, fields: fields)
        }
        return nil
    }
}
