namespace HeyGen.Manifests.Model;

/// <summary>Where a value came from: a file position, plus the CSV row for values produced by row expansion.</summary>
public sealed class SourcePosition
{
    public SourcePosition(string file, int line, int column, string? rowFile = null, int rowLine = 0)
    {
        File = file;
        Line = line;
        Column = column;
        RowFile = rowFile;
        RowLine = rowLine;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The CSV file of an expanded row, or null.</summary>
    public string? RowFile { get; }

    /// <summary>The 1-based line of the row in <see cref="RowFile"/>.</summary>
    public int RowLine { get; }

    public SourcePosition WithRow(string rowFile, int rowLine) => new(File, Line, Column, rowFile, rowLine);

    public override string ToString() => File + ":" + Line + ":" + Column + (RowFile is null ? string.Empty : " (" + RowFile + " line " + RowLine + ")");
}
