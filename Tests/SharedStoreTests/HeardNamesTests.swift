import DeskmateCore
import Foundation
import Testing
import TestSupport

/// Names as they are heard at a desk, on both stores: a small regression set
/// of our own (the held-aside set of 80 is not in the project, so that no one
/// tunes to it). Every kind the issue names is here — nicknames beyond the
/// old table, joins and particles, names said otherwise than spelt, and two
/// misheard words at once — among patrons who sound alike, and the busiest
/// of them visit most, so a heard name must beat frequent look-alikes to
/// reach the top five.
@Suite struct HeardNamesTests {
    /// The patrons: the ones to be found, and people their heard names could
    /// be confused with.
    static let patrons = [
        "Abigail Turner", "Elizabeth Hale", "Frederick Moss", "Henry Pike", "Edward Lyle", "Catherine Ward",
        "José García", "Francisco Ruiz", "Ignacio Torres", "Dmitri Volkov", "Mikhail Orlov", "Aleksandr Petrov",
        "Giuseppe Russo", "Johann Becker", "Siobhán O'Sullivan", "Anne-Marie Dupont", "Pieter van der Berg",
        "Omar Al-Rashid", "Ruth MacDonald", "Niamh Byrne", "Caoimhe Walsh", "Saoirse Kelly", "Aoife Brennan",
        "Oisín Doyle", "Tadhg Murphy", "Siân Evans", "Rhys Morgan", "Dafydd Price", "Eilidh Fraser",
        "Kathryn Schmidt", "Stephen Nowak", "Geoffrey Byrne",
        // Look-alikes, and regulars.
        "Abby Turnbull", "Beth Hale", "Fred Mossop", "Harry Pike", "Ted Lyle", "Kay Warden", "Pepe Garcia",
        "Nacho Torrez", "Sasha Petrova", "Dima Volkova", "Misha Orlova", "Hans Becker", "Sullivan Brown",
        "Anne Marie", "Marie Dupont", "Berg Vanderbilt", "Rashid Omar", "Donald MacDougall", "Neve Byrne",
        "Kieva Walsh", "Sarah Kelly", "Eva Brennan", "Ossie Doyle", "Tighe Murphy", "Shane Evans", "Reese Morgan",
        "David Price", "Eileen Fraser", "Catherine Smith", "Katrina Smart", "Steve Novak", "Jeff Burns",
    ]

    /// (as heard, the patron meant).
    static let heard = [
        ("abby turner", "Abigail Turner"), ("bess hale", "Elizabeth Hale"), ("freddy moss", "Frederick Moss"),
        ("hal pike", "Henry Pike"), ("teddy lyle", "Edward Lyle"), ("kay ward", "Catherine Ward"),
        ("pepe garcia", "José García"), ("paco ruiz", "Francisco Ruiz"), ("nacho torres", "Ignacio Torres"),
        ("dima volkov", "Dmitri Volkov"), ("misha orlov", "Mikhail Orlov"), ("sasha petrov", "Aleksandr Petrov"),
        ("beppe russo", "Giuseppe Russo"), ("hans becker", "Johann Becker"),
        ("o sullivan", "Siobhán O'Sullivan"), ("osullivan", "Siobhán O'Sullivan"), ("annemarie", "Anne-Marie Dupont"),
        ("vandenberg", "Pieter van der Berg"), ("van den berg", "Pieter van der Berg"), ("alrashid", "Omar Al-Rashid"),
        ("mcdonald", "Ruth MacDonald"), ("ruth mc donald", "Ruth MacDonald"),
        ("neeve byrne", "Niamh Byrne"), ("keeva walsh", "Caoimhe Walsh"), ("seersha kelly", "Saoirse Kelly"),
        ("eefa brennan", "Aoife Brennan"), ("osheen doyle", "Oisín Doyle"), ("tige murphy", "Tadhg Murphy"),
        ("shahn evans", "Siân Evans"), ("reese morgan", "Rhys Morgan"), ("davith price", "Dafydd Price"),
        ("ailey fraser", "Eilidh Fraser"),
        ("katrin shmit", "Kathryn Schmidt"), ("steven nowack", "Stephen Nowak"), ("jefry burn", "Geoffrey Byrne"),
        ("shivawn osulivan", "Siobhán O'Sullivan"), ("neev byrn", "Niamh Byrne"),
    ]

    @Test("on SQLite") func onSQLite() throws { try run(on: .sqlite) }

    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func onPostgres() throws { try run(on: .postgres) }

    func run(on kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        for (n, name) in Self.patrons.enumerated() {
            let id = try store.addPatron(PatronDraft(name: name), now: t0).id
            // The look-alikes (the second half) are the regulars.
            let visits = n >= 32 ? 6 : n % 3
            for v in 0..<visits {
                _ = try store.logEncounter(encounter(patron: id, arrived: t0.addingTimeInterval(Double(-v - 1) * 86_400)))
            }
        }
        var missed: [String] = []
        for (query, meant) in Self.heard {
            let top = try store.lookup(query, limit: 5, now: t0).map(\.patron.name)
            if !top.contains(meant) { missed.append("\(query) → \(top)") }
        }
        print("heard names (\(kind)): \(Self.heard.count - missed.count) of \(Self.heard.count) in the top 5")
        #expect(missed.isEmpty, "missed \(missed.count): \(missed.joined(separator: "; "))")
    }
}
