import Foundation
import TestSupport
import Testing

/// Start-up's shortcuts (`QuickLookup`, `Deskmate.parseQuickly`, the
/// read-only store of `lookup`) change nothing a user sees: each argument
/// list, on each kind of store file, gives the same exit status, the same
/// output and the same store with the shortcuts as the long way
/// (`DESKMATE_NO_SHORTCUTS`, Sources/deskmate/Shortcuts.swift).
@Suite(.serialized) struct ShortcutAgreementTests {
    /// What one run shows and leaves.
    struct Seen: Equatable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The data folder's files but SQLite's `-wal` and `-shm`, each by
        /// its bytes, or a database by what it holds (`sqlite3 .dump`, the
        /// `-wal` included): the long way's writer connection commits an
        /// empty transaction at every open (GRDB's pool makes sure the `-wal`
        /// exists), which can move the file's change counter but not its data.
        var files: [String: String]

        var description: String {
            "exit \(status)\nstdout: \(stdout.prefix(400))\nstderr: \(stderr.prefix(400))\nfiles: \(files.keys.sorted())"
        }
    }

    /// Command lines a script or a person might type, good and bad.
    static let commandLines: [[String]] = [
        ["lookup", "kat"], ["lookup", "kat", "--json"], ["lookup", "--json", "okafor"], ["lookup", "kath", "--limit", "1"],
        ["lookup", "--limit", "2", "--json", "ann"], ["lookup", "nobody", "--json"], ["lookup", "nobody"],
        ["lookup", "kat", "--limit", "007"], ["lookup", "kat", "--limit", "+3"], ["lookup", "kat", "--limit", "0"],
        ["lookup", "kat", "--limit", "1001"], ["lookup", "kat", "--limit", "1000"], ["lookup", "kat", "--limit", "abc"],
        ["lookup", "kat", "--limit", "-1"], ["lookup", "kat", "--limit=2"], ["lookup", "kat", "--limit"],
        ["lookup", "kat", "--json", "--json"], ["lookup", "kat", "--limit", "1", "--limit", "2"], ["lookup", "kat", "more"],
        ["lookup"], ["lookup", ""], ["lookup", "--json"], ["lookup", "--help"], ["lookup", "-h"], ["lookup", "help"],
        ["help", "lookup"], ["lookup", "kat", "--bogus"], ["lookup", "--", "-kat"], ["lookup", "-kat"],
        ["lookup", "Zoë"], ["lookup", "kat\u{1B}[31m"], ["lookup", "kat", "--store", "ftp://host/store"],
        ["lookup", "kat", "--store", "postgresql://"], ["lookup", "kat", "--store", ""], ["lookup", "kat", "--store"],
        ["lookupx", "kat"], ["--version"], ["lookup", "kat", "--version"], ["lookup", "kat", "--generate-completion-script", "bash"],
        ["patron", "show", "1"], ["patron", "show", "1", "--json"], ["history", "1", "--json"], ["tally", "--bogus"],
    ]

    @Test func everyCommandLineGivesTheSameAnswerBothWays() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-20T12:00:00Z"
        let store = try Self.seed(cli)
        for arguments in Self.commandLines {
            try expectAgreement(arguments, files: store, cli: cli)
        }
        // --store naming the file, and DESKMATE_STORE naming it.
        try expectAgreement(["lookup", "kat", "--json", "--store", cli.storePath], files: store, cli: cli)
        var byEnvironment = cli
        byEnvironment.environment["DESKMATE_STORE"] = cli.storePath
        try expectAgreement(["lookup", "kat", "--json"], files: store, cli: byEnvironment)
    }

    /// A missing store, an empty file, a text file, another program's
    /// database, a newer store and one that needs a migration: each opened
    /// as the long way opens it (created, refused or migrated alike).
    @Test func everyKindOfStoreFileGivesTheSameAnswerBothWays() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-20T12:00:00Z"
        let store = try Self.seed(cli)
        let name = (cli.storePath as NSString).lastPathComponent
        var kinds: [(String, [String: Data])] = [
            ("missing", [:]), ("empty", [name: Data()]), ("text", [name: Data("my shopping list\n".utf8)]),
        ]
        for (kind, sql) in [
            ("foreign", "CREATE TABLE t(x); INSERT INTO t VALUES (1);"),
            ("newer", "INSERT INTO grdb_migrations VALUES ('v99-from-the-future');"),
            ("older", "DELETE FROM grdb_migrations WHERE identifier = (SELECT max(identifier) FROM grdb_migrations);"),
        ] {
            try Self.place(kind == "foreign" ? [:] : store, cli: cli)
            try cli.sqlite(sql)
            kinds.append((kind, try Self.files(cli)))
        }
        for (kind, files) in kinds {
            for arguments in [["lookup", "kat"], ["lookup", "kat", "--json"], ["lookup", "--limit", "3", "ann", "--json"]] {
                try expectAgreement(arguments, files: files, cli: cli, kind: kind)
            }
        }
    }

    /// The one difference, on purpose: another program holding the store's
    /// write lock does not hold up a lookup, as the README promises readers.
    /// The long way opens a writer connection, which waits out the busy
    /// timeout (5 s) and says the store is busy; the read-only one just reads.
    @Test func aLookupIsNotHeldUpByAProgramWriting() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-20T12:00:00Z"
        _ = try Self.seed(cli)
        let ready = cli.file("ready")
        let holder = try Subprocess.spawn("/usr/bin/sqlite3", [cli.storePath], stdin: Data(
            "BEGIN EXCLUSIVE;\n.shell touch \(ready)\n.shell sleep 20\nROLLBACK;\n".utf8))
        defer { holder.kill(); holder.wait(seconds: 5) }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: ready) && Date() < deadline { usleep(20_000) }
        try #require(FileManager.default.fileExists(atPath: ready), "sqlite3 never took the lock")
        let result = try cli.run("lookup", "okafor")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Catherine Okafor"), "\(result.stdout)")
    }

    /// A store of three patrons, one seen once: the data folder's files.
    static func seed(_ cli: DeskmateBinary) throws -> [String: Data] {
        for name in ["Catherine Okafor", "Kathryn Ann Lee", "Ann Katz"] {
            #expect(try cli.run("patron", "add", name, "--preferred", name.hasPrefix("C") ? "Kate" : name).status == 0)
        }
        #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--note", "hours",
                            "--arrived", "2026-11-03T10:00:00Z", "--closed", "2026-11-03T10:12:00Z").status == 0)
        try cli.sqlite("PRAGMA wal_checkpoint(TRUNCATE)")
        return try Self.files(cli)
    }

    func expectAgreement(
        _ arguments: [String], files: [String: Data], cli: DeskmateBinary, kind: String = "current",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try Self.place(files, cli: cli)
        let quick = try seen(arguments, cli: cli)
        try Self.place(files, cli: cli)
        var long = cli
        long.environment["DESKMATE_NO_SHORTCUTS"] = "1"
        let slow = try seen(arguments, cli: long)
        #expect(quick == slow, "\(kind) store, \(arguments):\nwith shortcuts: \(quick)\nthe long way: \(slow)",
                sourceLocation: sourceLocation)
    }

    func seen(_ arguments: [String], cli: DeskmateBinary) throws -> Seen {
        let result = try cli.run(arguments)
        return Seen(status: result.status, stdout: result.stdout, stderr: result.stderr, files: try Self.contents(cli))
    }

    /// The data folder's files as `Seen.files` holds them.
    static func contents(_ cli: DeskmateBinary) throws -> [String: String] {
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        var found: [String: String] = [:]
        for (name, data) in try files(cli) {
            if data.starts(with: Array("SQLite format 3\0".utf8)) {
                let dump = try Subprocess.run("/usr/bin/sqlite3", ["-readonly", folder + "/" + name, "PRAGMA application_id", ".dump"])
                found[name] = "exit \(dump.status)\n\(dump.stdout)\(dump.stderr)"
            } else {
                found[name] = data.base64EncodedString()
            }
        }
        return found
    }

    /// The data folder's files, without `-wal` and `-shm`.
    static func files(_ cli: DeskmateBinary) throws -> [String: Data] {
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        var found: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            if name.hasSuffix("-wal") || name.hasSuffix("-shm") { continue }
            found[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return found
    }

    /// Makes the data folder hold exactly `files`.
    static func place(_ files: [String: Data], cli: DeskmateBinary) throws {
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: URL(fileURLWithPath: folder + "/" + name)) }
    }
}
