import Testing
@testable import MedKB
@Test func smoke() { #expect(MedKBVersion.string == "0.1.0") }
