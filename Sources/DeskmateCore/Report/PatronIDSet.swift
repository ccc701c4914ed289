/// A set of patron ids for counting the distinct patrons of a period: a
/// bit per id while ids are small (a store's ids count up from 1, and a
/// year's report inserts millions of them), a `Set` past that.
public struct PatronIDSet: Sendable {
    /// Ids below this live in the bits: 8 MB at most.
    static let bitLimit: Int64 = 1 << 26
    private var bits: [UInt64] = []
    private var large: Set<Int64> = []
    public private(set) var count = 0

    public init() {}

    public mutating func insert(_ id: Int64) {
        guard id >= 0, id < Self.bitLimit else {
            if large.insert(id).inserted { count += 1 }
            return
        }
        let word = Int(id >> 6), bit = UInt64(1) << UInt64(id & 63)
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: max(word + 1 - bits.count, bits.count))) }
        if bits[word] & bit == 0 {
            bits[word] |= bit
            count += 1
        }
    }

    public func contains(_ id: Int64) -> Bool {
        guard id >= 0, id < Self.bitLimit else { return large.contains(id) }
        let word = Int(id >> 6)
        return word < bits.count && bits[word] & (UInt64(1) << UInt64(id & 63)) != 0
    }

    /// How many of the ids satisfy `predicate`.
    public func count(where predicate: (Int64) -> Bool) -> Int {
        var n = 0
        for (w, word) in bits.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                let b = rest.trailingZeroBitCount
                if predicate(Int64(w << 6 | b)) { n += 1 }
                rest &= rest - 1
            }
        }
        return n + large.reduce(0) { $0 + (predicate($1) ? 1 : 0) }
    }
}
