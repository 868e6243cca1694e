namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>The focused specs under Specs/, with the namespace and client name each is generated with (the same as in the project file).</summary>
internal static class FocusedSpecs
{
    public static readonly IReadOnlyList<(string File, string Namespace, string Client)> All = new[]
    {
        ("unions.openapi.yaml", "HeyGen.Generator.Tests.Unions", "UnionsClient"),
        ("nullability.openapi.yaml", "HeyGen.Generator.Tests.Nullability", "NullabilityClient"),
        ("nullable30.openapi.yaml", "HeyGen.Generator.Tests.Nullable30", "Nullable30Client"),
        ("shapes.openapi.yaml", "HeyGen.Generator.Tests.Shapes", "ShapesClient"),
        ("clients.openapi.yaml", "HeyGen.Generator.Tests.Clients", "ShopClient"),
        ("tabs.openapi.json", "HeyGen.Generator.Tests.TabsJson", "TabsClient"),
    };

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.File });

    public static SpecFile Load(string file)
    {
        var (_, ns, client) = All.Single(s => s.File == file);
        return SpecFile.Focused(file, ns, client, file == "clients.openapi.yaml" ? "SHOP_TEST_API_KEY" : null);
    }

    /// <summary>The HeyGen document as the project generates it.</summary>
    public static SpecFile HeyGen() =>
        new("/spec/heygen.openapi.yaml", File.ReadAllText(TestPaths.HeyGenSpec), new Dictionary<string, string>
        {
            ["Namespace"] = "HeyGen.Generator.Tests.Heygen",
            ["ClientName"] = "HeyGenClient",
            ["ApiKeyVariable"] = "HEYGEN_API_KEY",
        });
}
