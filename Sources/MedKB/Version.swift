public enum MedKBVersion { public static let string = "0.1.0" }
