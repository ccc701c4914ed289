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
    public private(set) var arrived: [Double] = []
    /// Seconds; NaN when the patron was never served (a tally, a `log` without times).
    public private(set) var wait: [Double] = []
    /// Seconds; NaN when not measured.
    public private(set) var service: [Double] = []
    /// Index into `QuestionKind.allCases`.
    public private(set) var kind: [UInt8] = []
    /// Index into `ContactMode.allCases`.
    public private(set) var mode: [UInt8] = []
    /// The READ level 1–6, or 0 for none.
    public private(set) var read: [UInt8] = []
    /// The patron's id, or 0 for an anonymous encounter.
    public private(set) var patron: [Int64] = []

    public init(desk: String, branch: String) {
        self.desk = desk
        self.branch = branch
    }

    public var count: Int { arrived.count }

    public mutating func append(_ e: Encounter) {
        append(arrived: e.arrived.timeIntervalSince1970, wait: e.wait ?? .nan, service: e.service ?? .nan,
               kind: Self.kindCodes[e.kind] ?? 0, mode: Self.modeCodes[e.mode] ?? 0,
               read: UInt8(clamping: e.read?.rawValue ?? 0), patron: e.patronID ?? 0)
    }

    mutating func append(arrived: Double, wait: Double, service: Double, kind: UInt8, mode: UInt8, read: UInt8, patron: Int64) {
        self.arrived.append(arrived)
        self.wait.append(wait)
        self.service.append(service)
        self.kind.append(kind)
        self.mode.append(mode)
        self.read.append(read)
        self.patron.append(patron)
    }

    /// Another batch of the same desk's facts, after these.
    public mutating func append(contentsOf other: EncounterFacts) {
        arrived += other.arrived
        wait += other.wait
        service += other.service
        kind += other.kind
        mode += other.mode
        read += other.read
        patron += other.patron
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

    /// The kinds `needsWholeEncounter` keeps for their notes, as the store spells them.
    public static let kindsWithNotes: [QuestionKind] = [.complaint, .suggestion]

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

    /// The facts packed little-endian, a record per encounter.
    public func encoded() -> [UInt8] {
        var out: [UInt8] = [Self.packingVersion]
        out.reserveCapacity(1 + count * Self.recordSize)
        func put(_ bits: UInt64) {
            withUnsafeBytes(of: bits.littleEndian) { out.append(contentsOf: $0) }
        }
        for i in 0..<count {
            put(arrived[i].bitPattern)
            put(wait[i].bitPattern)
            put(service[i].bitPattern)
            put(UInt64(bitPattern: patron[i]))
            out += [kind[i], mode[i], read[i]]
        }
        return out
    }

    /// Appends the packed facts whose arrival lies in `range`; false, with
    /// nothing appended, when `bytes` is not a packing this version reads.
    public mutating func append(encoded bytes: UnsafeRawBufferPointer, arrivedIn range: Range<Double>) -> Bool {
        guard bytes.count >= 1, bytes[0] == Self.packingVersion, (bytes.count - 1) % Self.recordSize == 0 else { return false }
        let n = (bytes.count - 1) / Self.recordSize
        func word(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        for r in 0..<n {
            let at = 1 + r * Self.recordSize
            let t = Double(bitPattern: word(at))
            guard range.contains(t) else { continue }
            append(arrived: t, wait: Double(bitPattern: word(at + 8)), service: Double(bitPattern: word(at + 16)),
                   kind: bytes[at + 32], mode: bytes[at + 33], read: bytes[at + 34], patron: Int64(bitPattern: word(at + 24)))
        }
        return true
    }
}
