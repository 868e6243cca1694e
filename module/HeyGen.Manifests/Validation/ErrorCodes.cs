namespace HeyGen.Manifests.Validation;

/// <summary>The classes of manifest errors (each has tests with its file:line:column).</summary>
public static class ErrorCodes
{
    public const string YamlSyntax = "yaml-syntax";
    public const string UnknownKey = "unknown-key";
    public const string MissingField = "missing-field";
    public const string ConflictingFields = "conflicting-fields";
    public const string WrongType = "wrong-type";
    public const string InvalidValue = "invalid-value";
    public const string InvalidEnum = "invalid-enum";
    public const string InvalidColour = "invalid-colour";
    public const string ScriptTooLong = "script-too-long";
    public const string InvalidId = "invalid-id";
    public const string DuplicateId = "duplicate-id";
    public const string FileMissing = "file-missing";
    public const string FileOutsideFolder = "file-outside-folder";
    public const string CsvError = "csv-error";
    public const string CsvColumnMissing = "csv-column-missing";
    public const string UnsupportedVersion = "unsupported-version";
}
