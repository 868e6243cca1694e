using CsvHelper;

namespace HeyGen.Manifests.Loading;

/// <summary>A CSV file's header and rows, each row with its 1-based line number (for error messages).</summary>
public sealed class CsvRows
{
    private CsvRows(IReadOnlyList<string> columns, IReadOnlyList<(int Line, IReadOnlyDictionary<string, string> Values)> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<(int Line, IReadOnlyDictionary<string, string> Values)> Rows { get; }

    /// <summary>Reads an RFC 4180, comma-separated CSV with a header row. Throws <see cref="CsvFileException"/> with the line of the problem.</summary>
    public static CsvRows Read(string path)
    {
        // Strict on purpose: a malformed row must be an error, not a silently different video.
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            var columns = reader.Headers.Select(h => h.Trim()).ToList();
            if (columns.Count == 0 || columns.All(c => c.Length == 0))
            {
                throw new CsvFileException(1, "the file is empty; it needs a header row naming the columns");
            }

            var duplicate = columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CsvFileException(1, "the column '" + duplicate.Key + "' appears twice in the header");
            }

            var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
            while (reader.Read())
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < columns.Count; i++)
                {
                    values[columns[i]] = reader.GetString(i);
                }

                rows.Add(((int)reader.LineNumber, values));
            }

            return new CsvRows(columns, rows);
        }
        catch (CsvFormatException ex)
        {
            throw new CsvFileException((int)ex.LineNumber, ex.Message.TrimEnd('.'));
        }
    }
}

/// <summary>A CSV file that cannot be read, with the line of the problem.</summary>
public sealed class CsvFileException : Exception
{
    public CsvFileException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    public int Line { get; }
}
