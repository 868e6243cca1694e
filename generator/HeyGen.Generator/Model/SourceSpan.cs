namespace HeyGen.Generator.Model;

/// <summary>A span in the spec file: character offsets plus 0-based line/column, as Roslyn locations need.</summary>
internal readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0, 0, 0);
}
