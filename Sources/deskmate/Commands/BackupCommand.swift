import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store into a backup file, safely, while desks keep working.",
        discussion: """
            Uses SQLite's online backup: one consistent copy even while other desks \
            write. The copy goes to a private temporary file (mode 0600) beside PATH, \
            is checked with PRAGMA integrity_check and flushed to disk, then renamed \
            into place, so PATH is never a truncated file. When PATH is a folder the \
            backup is named deskmate-YYYYMMDD-HHMMSS.sqlite inside it. To restore, \
            close every Deskmate, then copy the backup over the store and delete the \
            store's -wal and -shm files (see the README).
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp("The backup file, or a folder to put it in.", valueName: "path"))
    var destination: String
    @Flag(help: "Replace PATH if it already exists.") var overwrite = false

    func run() throws {
        try storeOptions.requireStoreFile(for: "backup")
        let store = storeOptions.path
        var target = destination.hasPrefix("/") ? destination : FileManager.default.currentDirectoryPath + "/" + destination
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            let stamp = Self.stamp(Now.date())
            target = (target.hasSuffix("/") ? target : target + "/") + "deskmate-\(stamp).sqlite"
        }
        target = (target as NSString).standardizingPath
        guard FileManager.default.fileExists(atPath: store) else {
            Console.error("There is no store at \(store) to back up.")
            throw ExitCode.failure
        }
        let storeReal = (store as NSString).resolvingSymlinksInPath
        let targetReal = (target as NSString).resolvingSymlinksInPath
        if targetReal == storeReal || [storeReal + "-wal", storeReal + "-shm", storeReal + ".lock"].contains(targetReal) {
            Console.error("The backup cannot replace the store itself; choose another path.")
            throw ExitCode.failure
        }
        if FileManager.default.fileExists(atPath: target) && !overwrite {
            Console.error("\(target) already exists; add --overwrite to replace it.")
            throw ExitCode.failure
        }
        let summary = try storeOptions.withStoreFile(for: "backup") { store in try store.backup(to: target) }
        Console.print("Backed up \(summary.patrons) patron\(summary.patrons == 1 ? "" : "s") and "
            + "\(summary.encounters) encounter\(summary.encounters == 1 ? "" : "s") to \(summary.path).")
    }

    static func stamp(_ date: Date) -> String {
        DeskCalendar(timeZone: .current).fileStamp(date, compact: true)
    }
}
