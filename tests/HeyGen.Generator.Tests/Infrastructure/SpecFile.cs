namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>One document for a driver run: a path (only its name matters to the generator), its text and its item metadata.</summary>
internal sealed record SpecFile(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>A focused spec from Specs/, generated into <paramref name="ns"/>.</summary>
    public static SpecFile Focused(string fileName, string ns, string? clientName = null, string? apiKeyVariable = null)
    {
        var metadata = new Dictionary<string, string> { ["Namespace"] = ns };
        if (clientName is not null)
        {
            metadata["ClientName"] = clientName;
        }

        if (apiKeyVariable is not null)
        {
            metadata["ApiKeyVariable"] = apiKeyVariable;
        }

        return new SpecFile("/specs/" + fileName, File.ReadAllText(TestPaths.Spec(fileName)), metadata);
    }

    /// <summary>An in-memory document with a namespace.</summary>
    public static SpecFile Inline(string fileName, string text, string ns = "Driver.Generated") =>
        new("/specs/" + fileName, text, new Dictionary<string, string> { ["Namespace"] = ns });
}
