import Foundation
import Testing
@testable import MedKB

@Suite struct FileStatusTests {
    /// A folder with a file, a link to it, a subfolder and an empty file.
    static func folder() throws -> URL {
        let folder = URL(fileURLWithPath: try TestSupport.temporaryDatabase()).deletingLastPathComponent()
        try Data("PK\u{3}\u{4} and more".utf8).write(to: folder.appendingPathComponent("file.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("file.txt").path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub.txt"), withIntermediateDirectories: false)
        return folder
    }

    @Test func tellsARegularFileFromALinkAFolderAndNothing() throws {
        let folder = try Self.folder()
        func regular(_ name: String) -> Bool { FileStatus.isRegularFile(atPath: folder.appendingPathComponent(name).path) }
        #expect(regular("file.txt"))
        #expect(regular("empty.txt"))
        #expect(!regular("link.txt"))
        #expect(!regular("sub.txt"))
        #expect(!regular("missing.txt"))
    }

    @Test func sizesFollowLinks() throws {
        let folder = try Self.folder()
        func size(_ name: String) -> Int? { FileStatus.size(atPath: folder.appendingPathComponent(name).path) }
        #expect(size("file.txt") == 13)
        #expect(size("link.txt") == 13)
        #expect(size("empty.txt") == 0)
        #expect(size("missing.txt") == nil)
    }

    @Test func readsTheFirstBytesOnly() throws {
        let folder = try Self.folder()
        func first(_ count: Int, _ name: String) -> Data? { FileStatus.firstBytes(count, atPath: folder.appendingPathComponent(name).path) }
        #expect(first(4, "file.txt") == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(first(100, "file.txt") == Data("PK\u{3}\u{4} and more".utf8))
        #expect(first(4, "empty.txt") == Data())
        #expect(first(4, "missing.txt") == nil)
        #expect(CatalogueReader.looksLikeWorkbook(first(4, "link.txt") ?? Data()))
    }
}
