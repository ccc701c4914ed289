import ArgumentParser
import DeskmateCore
import Foundation

/// `deskmate maintain`: what `forget` and `purge` removed leaves the store's files.
struct MaintainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintain",
        abstract: "Rewrite the store's files from their live rows.",
        discussion: """
            On a store file, VACUUM rebuilds it and its write-ahead log is emptied. On a shared \
            PostgreSQL store, VACUUM FULL rewrites every table that holds patron text, so a \
            forgotten name leaves the server's table files (its write-ahead log and backups keep \
            it until they are recycled: see the README). Tables are locked while they are rewritten: \
            run it when the desks are closed, for example nightly after `deskmate purge`.
            """)
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let done = try storeOptions.withStore { try $0.maintain() }
        Console.print(done)
    }
}
