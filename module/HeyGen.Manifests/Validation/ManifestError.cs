namespace HeyGen.Manifests.Validation;

/// <summary>
/// One problem in a manifest, with where it is (file, 1-based line and column), which field, what is wrong
/// and how to fix it. <see cref="Code"/> is stable, for tools and tests.
/// </summary>
public sealed class ManifestError
{
    public ManifestError(string code, string file, int line, int column, string field, string message, string? fix = null)
    {
        Code = code;
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Message = message;
        Fix = fix;
    }

    public string Code { get; }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The field's path, like <c>scenes[2].background.color</c>.</summary>
    public string Field { get; }

    public string Message { get; }

    public string? Fix { get; }

    /// <summary><c>file:line:column: field: message Fix: ...</c>, the format editors and CI logs link to.</summary>
    public override string ToString() =>
        File + ":" + Line + ":" + Column + ": " + (Field.Length == 0 ? string.Empty : Field + ": ") + Message + (Fix is null ? string.Empty : " Fix: " + Fix);
}
