// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "deskmate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "deskmate", targets: ["deskmate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // Texts and tables a person can read and change, compiled into the binary
        // by a build plugin that reads the top-level `Resources/` folder.
        .target(name: "DeskmateResources", plugins: ["EmbedResourcesPlugin"]),
        .plugin(
            name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["embed-resources"],
            path: "Sources/EmbedResourcesPlugin"),
        .executableTarget(name: "embed-resources"),
        // The pure domain: no terminal, no SQL, no clock or randomness it is not handed.
        .target(
            name: "DeskmateCore",
            dependencies: ["DeskmateResources", "TOMLKit"]
        ),
        // Finding a patron by a name heard aloud: folding, phonetics, typos, ranking.
        .target(
            name: "NameMatching",
            dependencies: ["DeskmateResources"]
        ),
        // The SQLite store behind the `PatronStore` interface.
        .target(
            name: "DeskmateStore",
            dependencies: [
                "DeskmateCore", "NameMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The shared PostgreSQL store behind the same `PatronStore` interface.
        .target(
            name: "DeskmatePostgres",
            dependencies: [
                "DeskmateCore", "NameMatching",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Cell buffer, display width, styles, keys and widgets: a terminal UI without a terminal.
        .target(name: "TerminalUI"),
        // The only code that touches ncurses.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        // The desk screen in the Elm architecture: state, messages, update, view.
        .target(
            name: "DeskScreen",
            dependencies: ["DeskmateCore", "TerminalUI"]
        ),
        .executableTarget(
            name: "deskmate",
            dependencies: [
                "DeskmateCore", "DeskmateStore", "DeskmatePostgres", "NameMatching", "DeskScreen",
                "TerminalUI", "NcursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The clocks and figures every bench program shares.
        .target(name: "BenchSupport"),
        .executableTarget(
            name: "deskmate-bench",
            dependencies: [
                "BenchSupport", "DeskmateCore", "DeskmateStore", "NameMatching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // How long the shift summary takes on a big store (release mode).
        .executableTarget(
            name: "summary-bench",
            dependencies: ["BenchSupport", "DeskmateCore", "DeskmateStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A keystroke's redraw with a store call out, beside the store calls on the input thread (release mode).
        .executableTarget(
            name: "desk-redraw-bench",
            dependencies: ["BenchSupport", "DeskScreen", "DeskmateCore", "DeskmateStore", "DeskmatePostgres", "TerminalUI"]
        ),
        // Whole-process start-up, import memory and a day's summary, beside fzf and sqlite3 (release mode).
        .executableTarget(
            name: "startup-bench",
            dependencies: ["BenchSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The shared PostgreSQL store beside the SQLite file: lookups, 20 writers, summaries (release mode).
        .executableTarget(
            name: "shared-store-bench",
            dependencies: [
                "BenchSupport", "DeskmateCore", "DeskmateStore", "DeskmatePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Starts programs for the tests without Foundation's `Process`.
        .target(name: "TestSupport", dependencies: ["DeskmateCore"], path: "Tests/TestSupport"),
        .testTarget(name: "DeskmateCoreTests", dependencies: ["DeskmateCore", "TestSupport"]),
        .testTarget(name: "NameMatchingTests", dependencies: ["NameMatching", "TestSupport"]),
        .testTarget(name: "DeskmateStoreTests", dependencies: ["DeskmateStore", "DeskmateCore", "NameMatching", "TestSupport"]),
        // One store suite, two stores: the same semantics checked on SQLite and PostgreSQL.
        .testTarget(
            name: "SharedStoreTests",
            dependencies: ["DeskmateStore", "DeskmatePostgres", "DeskmateCore", "NameMatching", "TestSupport"]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "DeskScreenTests",
            dependencies: ["DeskScreen", "TerminalUI", "DeskmateCore", "DeskmateStore"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "CommandLineTests", dependencies: ["deskmate", "TestSupport", "DeskmatePostgres"]),
    ]
)
