import Foundation
import PackagePlugin

/// Compiles the editable text files of the top-level `Resources/` folder into
/// the target that uses this plugin, as `EmbeddedResources.swift`.
///
/// Why a plugin rather than SwiftPM resources: a resources target must hold
/// its files inside its own folder, and `Resources/` sits at the top of the
/// repository where staff and translators find it. Making the whole
/// repository the target's folder (`path: "."`) warned about every other
/// file on each build and broke builds whose scratch folder lay inside the
/// repository. This plugin reads the files where they are, and SwiftPM
/// re-runs it whenever one of them changes.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Resources")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path())
            .filter { $0.hasSuffix(".toml") || $0.hasSuffix(".txt") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) files of Resources/",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
