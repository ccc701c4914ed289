import Foundation

/// What the summary and the period report count of each encounter of one
/// desk, kept as columns: when it arrived, the wait and the service (exact,
/// as `Encounter.wait` and `.service` give them), kind, mode, READ level
/// and patron — and nothing a patron said.
///
/// Why columns: a year's report over every desk counts millions of
/// encounters, and building an `Encounter` for each (strings, a note, a
/// follow-up) costs far more than the counting. The SQLite store keeps
/// these columns packed per desk and hour (`encoded()`), written with the
/// encounters, so a report reads a few thousand packed values instead of
/// millions of rows; any other store builds them from its encounters.
/// Either way the figures come out of the same code.
public struct EncounterFacts: Sendable, Equatable {
    public var desk: String
    public var branch: String
    /// A record of `recordSize` bytes per encounter, little-endian: arrived,
    /// wait, service, patron (8 bytes each), kind, mode, READ level. Packed
    /// as the store keeps them, so a year's are read with a copy, not decoded.
    public private(set) var records: [UInt8] = []

    public init(desk: String, branch: String) {
        self.desk = desk
        self.branch = branch
    }

    public var count: Int { records.count / Self.recordSize }

    public mutating func append(_ e: Encounter) {
        append(arrived: e.arrived.timeIntervalSince1970, wait: e.wait ?? .nan, service: e.service ?? .nan,
               kind: Self.kindCodes[e.kind] ?? 0, mode: Self.modeCodes[e.mode] ?? 0,
               read: UInt8(clamping: e.read?.rawValue ?? 0), patron: e.patronID ?? 0)
    }

    mutating func append(arrived: Double, wait: Double, service: Double, kind: UInt8, mode: UInt8, read: UInt8, patron: Int64) {
        func put(_ bits: UInt64) {
            withUnsafeBytes(of: bits.littleEndian) { records.append(contentsOf: $0) }
        }
        put(arrived.bitPattern)
        put(wait.bitPattern)
        put(service.bitPattern)
        put(UInt64(bitPattern: patron))
        records += [kind, mode, read]
    }

    /// Another batch of the same desk's facts, after these.
    public mutating func append(contentsOf other: EncounterFacts) {
        records += other.records
    }

    /// Reads the records in place: what the report's loops count with.
    public func withReader<R>(_ body: (Reader) throws -> R) rethrows -> R {
        try records.withUnsafeBytes { try body(Reader(bytes: $0)) }
    }

    /// The facts of one batch, by index. NaN wait or service: not
    /// measured; patron 0: anonymous; kind and mode index `QuestionKind`
    /// and `ContactMode`'s `allCases`; READ level 0: none.
    public struct Reader {
        let bytes: UnsafeRawBufferPointer
        public var count: Int { bytes.count / EncounterFacts.recordSize }

        @inline(__always) func word(_ i: Int, _ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * EncounterFacts.recordSize + at, as: UInt64.self))
        }
        @inline(__always) public func arrived(_ i: Int) -> Double { Double(bitPattern: word(i, 0)) }
        @inline(__always) public func wait(_ i: Int) -> Double { Double(bitPattern: word(i, 8)) }
        @inline(__always) public func service(_ i: Int) -> Double { Double(bitPattern: word(i, 16)) }
        @inline(__always) public func patron(_ i: Int) -> Int64 { Int64(bitPattern: word(i, 24)) }
        @inline(__always) public func kind(_ i: Int) -> UInt8 { bytes[i * EncounterFacts.recordSize + 32] }
        @inline(__always) public func mode(_ i: Int) -> UInt8 { bytes[i * EncounterFacts.recordSize + 33] }
        @inline(__always) public func read(_ i: Int) -> UInt8 { bytes[i * EncounterFacts.recordSize + 34] }
    }

    /// One desk's facts per desk (name within its branch), in the order the
    /// desks first appear; within a desk, in the encounters' order.
    public static func grouped(_ encounters: [Encounter]) -> [EncounterFacts] {
        var out: [EncounterFacts] = [], index: [DeskKey: Int] = [:]
        for e in encounters {
            let key = DeskKey(desk: e.desk, branch: e.branch)
            let i = index[key] ?? {
                out.append(EncounterFacts(desk: e.desk, branch: e.branch))
                index[key] = out.count - 1
                return out.count - 1
            }()
            out[i].append(e)
        }
        return out
    }

    /// Whether a report needs the whole encounter, not just its facts: a
    /// complaint or suggestion (its note is shown), or one with a promise.
    /// These are few; the store hands them over whole.
    public static func needsWholeEncounter(_ e: Encounter) -> Bool {
        e.followUp != nil || e.kind == .complaint || e.kind == .suggestion
    }

    struct DeskKey: Hashable {
        var desk: String
        var branch: String
    }

    static let kinds = QuestionKind.allCases
    static let modes = ContactMode.allCases
    static let kindCodes = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($0.element, UInt8($0.offset)) })
    static let modeCodes = Dictionary(uniqueKeysWithValues: modes.enumerated().map { ($0.element, UInt8($0.offset)) })
}

// MARK: - Packed form

extension EncounterFacts {
    /// The packed form's version: a store that meets another version
    /// rebuilds from its encounters rather than misread.
    static let packingVersion: UInt8 = 1
    /// arrived, wait, service, patron (8 bytes each), kind, mode, read.
    static let recordSize = 35

    /// The facts as the store keeps them: a version byte, then the records.
    public func encoded() -> [UInt8] {
        [Self.packingVersion] + records
    }

    /// Whether the packed hour `hour` (its instants from `hour` × 3600 on,
    /// as both stores bucket them) lies wholly inside `range`, with a
    /// second's margin against rounding: its facts are then copied whole.
    /// The first and last hours of a period are filtered.
    public static func hour(_ hour: Int64, liesWhollyIn range: Range<Double>) -> Bool {
        let start = Double(hour) * 3600
        return start - 1 >= range.lowerBound && start + 3601 <= range.upperBound
    }

    /// Appends the packed facts whose arrival lies in `range` (all of them,
    /// copied at once, when `whollyInside`); false, with nothing appended,
    /// when `bytes` is not a packing this version reads.
    public mutating func append(encoded bytes: UnsafeRawBufferPointer, arrivedIn range: Range<Double>,
                                whollyInside: Bool = false) -> Bool {
        guard bytes.count >= 1, bytes[0] == Self.packingVersion, (bytes.count - 1) % Self.recordSize == 0 else { return false }
        let body = UnsafeRawBufferPointer(rebasing: bytes[1...])
        if whollyInside {
            records.append(contentsOf: body)
            return true
        }
        let reader = Reader(bytes: body)
        for r in 0..<reader.count where range.contains(reader.arrived(r)) {
            records.append(contentsOf: UnsafeRawBufferPointer(rebasing: body[(r * Self.recordSize)..<((r + 1) * Self.recordSize)]))
        }
        return true
    }

    /// Room for `encounters` more records.
    public mutating func reserve(encounters: Int) {
        records.reserveCapacity(records.count + encounters * Self.recordSize)
    }
}
