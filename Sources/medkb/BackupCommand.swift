import ArgumentParser
import MedKB

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the knowledge base into a new file, safely even while an import runs.",
        discussion: """
            The copy is made with SQLite's online backup: it holds the base as the last finished \
            import left it, and opens like any base (`medkb products --database PATH`). Use it \
            instead of copying the .sqlite file, which may miss what its -wal file still holds. \
            PATH must not exist yet.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The new file to write the copy to.", valueName: "path"))
    var path: String

    func run() throws {
        let base = try db.open()
        try base.backup(to: path)
        printError(LanguageOption.messages.format("backed_up", base.path, path))
    }
}
