import Foundation

/// Text after normalisation, addressed in Unicode scalars as the facts contract requires.
///
/// `origins[i]` is the offset, in scalars of the NFC form of the file, of the scalar at
/// `scalars[i]`; so every evidence offset maps back to the file it was read from.
public struct NormalizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let origins: [Int]
    /// The scalars as a String, made once: every reader of the text needs it.
    public let string: String

    public init(scalars: [Unicode.Scalar], origins: [Int]) {
        precondition(scalars.count == origins.count, "every scalar needs an origin")
        self.scalars = scalars
        self.origins = origins
        string = Self.string(of: scalars[...])
    }

    /// Text that was normalised before (as the base stores it); each scalar is its own origin.
    public init(alreadyNormalized text: String) {
        let scalars = Array(text.unicodeScalars)
        self.init(scalars: scalars, origins: Array(scalars.indices))
    }

    public var count: Int { scalars.count }


    /// The text between two scalar offsets, end exclusive.
    public func slice(_ range: Range<Int>) -> String {
        Self.string(of: scalars[range])
    }

    /// Scalars as a String, written as UTF-8 straight into its storage (appending scalar by
    /// scalar to a String was a sixth of an import's time).
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[position] = byte
                    position += 1
                }
            }
            return position
        }
    }
}
