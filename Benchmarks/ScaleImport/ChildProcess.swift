import Foundation

/// How one run of a program went.
struct ChildRun {
    /// The exit status, or 128 + the signal that ended it.
    let status: Int32
    let seconds: Double
    /// The most memory it held (its own peak, not the benchmark's nor an earlier child's).
    let peakMegabytes: Double
}

enum ChildProcess {
    /// Runs `executable` with `arguments` and waits for it; its output goes to `output`.
    ///
    /// `posix_spawn` and `wait4` on its pid rather than `Process`: `wait4` gives this
    /// child's own resource usage, where `getrusage(RUSAGE_CHILDREN)` gives the largest of
    /// every child waited for so far.
    static func run(_ executable: String, _ arguments: [String], output: String = "/dev/null") throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }

        var pid = pid_t()
        let start = DispatchTime.now()
        let error = posix_spawn(&pid, executable, &actions, nil, argv, environment)
        guard error == 0 else { throw BenchmarkError("cannot run \(executable): \(String(cString: strerror(error)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw BenchmarkError("waiting for \(executable): \(String(cString: strerror(errno)))") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // The wait status as <sys/wait.h>'s macros read it: signal in the low 7 bits, else the exit code.
        let signal = status & 0x7f
        return ChildRun(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
                        seconds: seconds,
                        peakMegabytes: Double(usage.ru_maxrss) / 1024)  // kilobytes on Linux
    }
}
