import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

/// `deskmate seed`: a believable synthetic store for trying the desk and for
/// measuring lookups at scale. Never run it on a store with real patrons you
/// mean to keep tidy: it adds thousands of made-up people.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill a store with synthetic patrons and encounters (for demos and benchmarks).",
        discussion: """
            Names come from many languages and scripts; a few regulars visit often, most patrons \
            rarely, many never. The same --seed gives the same store.
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "How many patrons to add.") var patrons = 10_000
    @Option(help: "How many encounters to add, over the last two years.") var encounters = 20_000
    @Option(help: "The random seed.") var seed: UInt64 = 1

    func validate() throws {
        try NumericRange.seedPatrons.validate(patrons, flag: "--patrons")
        try NumericRange.seedEncounters.validate(encounters, flag: "--encounters")
        if encounters > 0 && patrons == 0 { throw ValidationError("Encounters need patrons: give --patrons too.") }
    }

    func run() throws {
        let report = try storeOptions.withStoreFile(for: "seed") { store in
            try store.seedSynthetic(patrons: patrons, encounters: encounters, seed: seed, now: Now.date())
        }
        Console.print(String(
            format: "Added %d patrons and %d encounters in %.1f s.", report.patrons, report.encounters, report.seconds))
    }
}
