import DeskmateCore
import Foundation
import GRDB
import NameMatching

/// Believable patrons for synthetic stores: given and family names from
/// many languages and scripts (`SampleNames`), some common and many rare as
/// in a real catchment, some with two given names or a double family name,
/// and about one in eight with a preferred name from the nickname table.
/// Seeded, so the same seed gives the same patrons on every machine.
public struct SyntheticNames {
    private var random: SampleRandom
    private let nicknames: [String: [String]]

    public init(seed: UInt64) {
        random = SampleRandom(seed: seed)
        var nicknames: [String: [String]] = [:]
        for given in SampleNames.given {
            guard let word = NameFolding.words(given).first else { continue }
            let options = Nicknames.bundled.alternatives(of: word).filter { $0.count < word.count }.sorted()
            if !options.isEmpty { nicknames[given] = options.map { $0.prefix(1).uppercased() + $0.dropFirst() } }
        }
        self.nicknames = nicknames
    }

    /// A skewed pick: the first names of each list are much commoner than
    /// the last, like Smith and Wang against Østergaard.
    private mutating func skewed(_ items: [String]) -> String {
        let u = Double(random.next() % 1_000_000) / 1_000_000
        return items[min(items.count - 1, Int(u * u * Double(items.count)))]
    }

    /// The next patron's name and preferred name.
    public mutating func next() -> (name: String, preferred: String?) {
        var given = random.chance(0.5) ? skewed(SampleNames.given) : random.pick(SampleNames.given)
        let first = given
        if random.chance(0.12) { given += " " + random.pick(SampleNames.given) }
        var family = random.chance(0.5) ? skewed(SampleNames.family) : random.pick(SampleNames.family)
        if random.chance(0.06) { family += (random.chance(0.5) ? "-" : " ") + random.pick(SampleNames.family) }
        let cjk = given.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
        let name = cjk ? family + given : given + " " + family
        var preferred: String?
        if let options = nicknames[first], random.chance(0.25) { preferred = random.pick(options) }
        return (name, preferred)
    }
}

/// What `seedSynthetic` wrote.
public struct SeedReport: Sendable {
    public var patrons: Int
    public var encounters: Int
    public var seconds: Double
}

extension SQLiteStore {
    /// Adds `patrons` synthetic patrons and `encounters` closed encounters
    /// spread over the two years before `now`, in one transaction: a few
    /// regulars come often, most patrons rarely, many never. Visit counts,
    /// last visits and the name index are written in bulk, not row by row,
    /// so a million patrons take well under a minute.
    public func seedSynthetic(patrons: Int, encounters: Int, seed: UInt64 = 1, now: Date) throws -> SeedReport {
        let started = Date()
        try write { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            let lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM patron") ?? 0
            let lastEncounterID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM encounter") ?? 0
            var random = SampleRandom(seed: seed &+ 7)
            let end = now.timeIntervalSince1970
            let start = end - 730 * 86_400

            // Who comes when: arrivals in time order, a third of them by a
            // small set of regulars.
            var lastSeen = [Double](repeating: 0, count: patrons)
            var visits = [Int32](repeating: 0, count: patrons)
            var arrivals: [(time: Double, patron: Int)] = []
            arrivals.reserveCapacity(encounters)
            let regulars = max(1, patrons / 50)
            for _ in 0..<encounters where patrons > 0 {
                let day = Double(random.int(0...729)), minute = Double(random.int(9 * 60...20 * 60))
                let time = start + day * 86_400 + minute * 60
                let who = random.chance(0.33) ? random.int(0...(regulars - 1)) * 50 % patrons : random.int(0...(patrons - 1))
                arrivals.append((time, who))
                visits[who] += 1
                lastSeen[who] = max(lastSeen[who], time)
            }
            arrivals.sort { $0.time < $1.time }

            var names = SyntheticNames(seed: seed)
            var foldCache: [String: String] = [:]
            func fold(_ text: String) -> String {
                if let hit = foldCache[text] { return hit }
                let folded = NameFolding.fold(text)
                foldCache[text] = folded
                return folded
            }
            let insertPatron = try db.makeStatement(sql: """
                INSERT INTO patron (id, name, preferred_name, pronunciation, created, last_seen, visit_count, folded, rank)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for i in 0..<patrons {
                let (name, preferred) = names.next()
                // Words fold one by one (the same as the whole name, far
                // fewer ICU calls for a million rows).
                let folded = (name.split(separator: " ").map { fold(String($0)) } + [preferred.map(fold) ?? ""])
                    .filter { !$0.isEmpty }.joined(separator: " ")
                let seen: Double? = visits[i] > 0 ? lastSeen[i] : nil
                let created = min(seen ?? end, start + Double(random.int(0...729)) * 86_400)
                let pronunciation = SampleNames.pronunciations[String(name.split(separator: " ").first ?? "")]
                try insertPatron.execute(arguments: [
                    lastID + Int64(i) + 1, name, preferred, pronunciation, created, seen, Int(visits[i]), folded,
                    VisitScore.score(lastSeen: seen, visits: Int(visits[i])),
                ])
            }

            let insertEncounter = try db.makeStatement(sql: """
                INSERT INTO encounter (patron_id, desk, staff, mode, kind, read, arrived, served, closed, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let modes = ContactMode.allCases.map(\.rawValue)
            // A desk's mix, not nine equal shares: directions and technology
            // most, a complaint or a suggestion in a hundred (a report lists
            // those whole, with their notes).
            let kinds = Self.seededKindMix.flatMap { Array(repeating: $0.kind.rawValue, count: $0.weight) }
            let staff = ["JB", "AK", "MO", "TS", "LW"], desks = ["Main desk", "Main desk", "Children's desk"]
            let notes = ["", "", "", "", "hours", "printing", "ILL request", "renewed two books", "Wi-Fi help"]
            for arrival in arrivals {
                let wait = Double(random.int(0...600)), service = Double(random.int(30...1_800))
                try insertEncounter.execute(arguments: [
                    lastID + Int64(arrival.patron) + 1, random.pick(desks), random.pick(staff), random.pick(modes),
                    random.pick(kinds), random.int(1...6), arrival.time, arrival.time + wait, arrival.time + wait + service,
                    random.pick(notes),
                ])
            }
            try NameIndexTables.indexPatrons(db, after: lastID)
            try NoteSearchTable.indexEncounters(db, after: lastEncounterID)
        }
        return SeedReport(patrons: patrons, encounters: encounters, seconds: Date().timeIntervalSince(started))
    }

    /// How often each kind comes up in a seeded store, in a hundred.
    static let seededKindMix: [(kind: QuestionKind, weight: Int)] = [
        (.directional, 28), (.technology, 18), (.reference, 14), (.account, 12), (.other, 10), (.policy, 8),
        (.readersAdvisory, 8), (.complaint, 1), (.suggestion, 1),
    ]
}
