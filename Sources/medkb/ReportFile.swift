import Foundation

/// Writes a report to `--output` without ever destroying what is at the path: the report
/// goes to a temporary file in the target's folder, is synced to disk, and is renamed over
/// the target only if that is a regular file or does not exist yet. A folder, a device, a
/// FIFO, a socket, or a symbolic link to one is refused and left as it was; a symbolic
/// link to a regular file keeps pointing at it, and that file gets the report.
enum ReportFile {
    static func write(_ contents: String, to path: String) throws {
        let (target, mode) = try destination(of: path)
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw refusal(path, String(cString: strerror(errno))) }
        var failure: Int32?
        if let mode, fchmod(descriptor, mode & 0o7777) != 0 { failure = errno }
        if failure == nil { failure = Output.send(Data(contents.utf8), to: descriptor) }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw refusal(path, String(cString: strerror(failure)))
        }
        // The rename itself is durable once the folder is synced.
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The file to write (`path`, or the regular file a symbolic link at `path` leads to)
    /// and its permissions if it exists; a refusal for anything else.
    static func destination(of path: String) throws -> (path: String, mode: mode_t?) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw refusal(path, String(cString: strerror(errno))) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var folderInfo = stat()
            guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
                throw refusal(path, "the folder \(folder) does not exist")
            }
            return (path, nil)
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw refusal(path, "it is a symbolic link to nothing (\(String(cString: strerror(errno))))")
            }
            defer { free(resolved) }
            var targetInfo = stat()
            guard stat(resolved, &targetInfo) == 0 else { throw refusal(path, String(cString: strerror(errno))) }
            if let kind = kind(targetInfo.st_mode) { throw refusal(path, "it is a symbolic link to \(kind)") }
            return (String(cString: resolved), targetInfo.st_mode)
        }
        if let kind = kind(info.st_mode) { throw refusal(path, "it is \(kind)") }
        return (path, info.st_mode)
    }

    /// What a file that is not a regular file is, in words; nil for a regular file.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    static func refusal(_ path: String, _ reason: String) -> CommandError {
        CommandError("cannot write \(path): \(reason); --output takes a regular file or a new one, and leaves anything else as it was")
    }
}
