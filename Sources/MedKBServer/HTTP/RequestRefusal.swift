import HTTPTypes
import MedKB

/// A request the server will not answer as asked: the status and the reason the user reads.
struct RequestRefusal: Error, Sendable, Equatable {
    let status: HTTPResponse.Status
    let reason: String
    /// The methods an address takes, for a 405's Allow header.
    var allow: String?

    static func badRequest(_ reason: String) -> Self { .init(status: .badRequest, reason: reason) }
    static func notFound(_ reason: String) -> Self { .init(status: .notFound, reason: reason) }

    static let timeLimit = RequestRefusal(status: .serviceUnavailable,
                                          reason: "the query took too long and was stopped; narrow it (fewer or rarer words, a filter) and try again")

    /// The refusal an error of the library or of the server stands for: what the user asked
    /// that the base does not hold is 404, what cannot be asked is 400, anything else 500
    /// with the error in words (never a stack trace nor an SQL statement).
    init(_ error: any Error) {
        switch error {
        case let refusal as RequestRefusal: self = refusal
        case let error as QueryError:
            if case .ambiguousProduct = error { self = .badRequest(error.description) } else { self = .notFound(error.description) }
        case let error as UnmatchedFilter: self = .notFound(error.description)
        case let error as SearchError: self = .badRequest(error.description)
        default: self.init(status: .internalServerError, reason: "the base could not answer: " + readableMessage(for: error))
        }
    }

    init(status: HTTPResponse.Status, reason: String, allow: String? = nil) {
        (self.status, self.reason, self.allow) = (status, reason, allow)
    }
}
