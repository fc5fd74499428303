import Foundation

/// Text after normalisation, addressed in Unicode scalars as the facts contract requires.
///
/// `origins[i]` is the offset, in scalars of the NFC form of the file, of the scalar at
/// `scalars[i]`; so every evidence offset maps back to the file it was read from.
public struct NormalizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let origins: [Int]

    public init(scalars: [Unicode.Scalar], origins: [Int]) {
        precondition(scalars.count == origins.count, "every scalar needs an origin")
        self.scalars = scalars
        self.origins = origins
    }

    /// Text that was normalised before (as the base stores it); each scalar is its own origin.
    public init(alreadyNormalized text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars: scalars, origins: Array(scalars.indices))
    }

    public var count: Int { scalars.count }

    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The text between two scalar offsets, end exclusive.
    public func slice(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
