/// A part of a document under one heading; the part before the first heading has none.
public struct Section: Sendable {
    public var heading: String?
    /// The overview template's role of the heading; nil for guidelines and the preamble.
    public var role: EPARTemplate.Role?
    /// The heading and body together, in scalars of the normalised text.
    public var range: Range<Int>
    /// The body alone.
    public var body: Range<Int>
}
