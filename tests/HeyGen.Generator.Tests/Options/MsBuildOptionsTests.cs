using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HeyGen.Generator.Tests.Options;

/// <summary>Per-file item metadata (Namespace, ClientName, Visibility, ApiKeyVariable) and project properties, as the compiler passes them.</summary>
public sealed class MsBuildOptionsTests
{
    private static GeneratorRun Run(IReadOnlyDictionary<string, string> metadata, IReadOnlyDictionary<string, string>? globals = null, string path = "/src/petstore.openapi.yaml") =>
        GeneratorHarness.Run(new[] { new SpecFile(path, SmallSpecs.PetStore, metadata) }, globalProperties: globals);

    private static IEnumerable<INamedTypeSymbol> GeneratedTypes(GeneratorRun run, string ns)
    {
        var namespaceSymbol = ns.Split('.').Aggregate(run.Output.GlobalNamespace, (n, part) => n.GetNamespaceMembers().Single(m => m.Name == part));
        return namespaceSymbol.GetTypeMembers().Where(t => t.Locations.Any(l => l.IsInSource));
    }

    [Fact]
    public void Namespace_and_client_name_are_used()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Pets.Api", ["ClientName"] = "PetStoreClient" });

        Assert.Empty(run.CompilationProblems);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Pets.Api.PetStoreClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Pets.Api.PetStoreClientOptions"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Pets.Api.PetStoreApiException"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Pets.Api.PetsClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Pets.Api.Pet"));
        Assert.All(run.Sources, s => Assert.StartsWith("Acme.Pets.Api.", s.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void Visibility_internal_makes_every_generated_type_internal()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Hidden", ["Visibility"] = "internal" });

        Assert.Empty(run.CompilationProblems);
        var types = GeneratedTypes(run, "Acme.Hidden").ToList();
        Assert.Contains(types, t => t.Name == "Pet");
        Assert.Contains(types, t => t.Name == "PetKind");
        Assert.Contains(types, t => t.Name == "PetOwner");
        Assert.All(types, t => Assert.True(t.DeclaredAccessibility == Accessibility.Internal, t.Name + " is " + t.DeclaredAccessibility));
    }

    [Fact]
    public void Visibility_can_come_from_the_project_property()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Hidden" }, new Dictionary<string, string> { ["HeyGenGeneratorVisibility"] = "internal" });

        Assert.All(GeneratedTypes(run, "Acme.Hidden"), t => Assert.Equal(Accessibility.Internal, t.DeclaredAccessibility));
    }

    [Fact]
    public void Public_is_the_default_visibility()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Open" });

        Assert.All(GeneratedTypes(run, "Acme.Open").Where(t => !t.Name.EndsWith("Request", StringComparison.Ordinal) && !t.Name.EndsWith("Transport", StringComparison.Ordinal) && !t.Name.EndsWith("Http", StringComparison.Ordinal) && !t.Name.EndsWith("NonDisposingStream", StringComparison.Ordinal)),
            t => Assert.Equal(Accessibility.Public, t.DeclaredAccessibility));
    }

    [Fact]
    public void Api_key_variable_is_the_options_default()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Keys", ["ApiKeyVariable"] = "PETS_SECRET" });

        var options = run.Source("Acme.Keys.RuntimeOptions.g.cs");
        Assert.Contains("public string ApiKeyEnvironmentVariable { get; set; } = \"PETS_SECRET\";", options, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_metadata_names_come_from_the_root_namespace_and_the_file_name()
    {
        var run = Run(new Dictionary<string, string>(), new Dictionary<string, string> { ["RootNamespace"] = "My.App" }, "/src/pet-store.openapi.yaml");

        Assert.NotNull(run.Output.GetTypeByMetadataName("My.App.PetStoreClient"));
        Assert.Contains("= \"PETSTORE_API_KEY\";", run.Source("My.App.RuntimeOptions.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Namespace", "Acme.class.Api")]
    [InlineData("Namespace", "Acme..Api")]
    [InlineData("ClientName", "Pet Client")]
    [InlineData("Visibility", "protected")]
    public void Invalid_option_is_HG0013_and_falls_back(string option, string value)
    {
        var metadata = new Dictionary<string, string> { ["Namespace"] = "Acme.Valid", [option] = value };

        var run = Run(metadata);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "HG0013");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(option + " '" + value + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Two_documents_in_one_namespace_is_HG0014()
    {
        var metadata = new Dictionary<string, string> { ["Namespace"] = "Acme.Same" };
        var run = GeneratorHarness.Run(new[] { new SpecFile("/a/one.openapi.yaml", SmallSpecs.PetStore, metadata), new SpecFile("/b/two.openapi.yaml", SmallSpecs.PetStore, metadata) });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "HG0014");
        Assert.Contains("Acme.Same", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Files_flagged_with_OpenApi_metadata_are_read_whatever_their_name()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Flagged", ["OpenApi"] = "true" }, path: "/src/api.yaml");

        Assert.NotNull(run.Output.GetTypeByMetadataName("Acme.Flagged.Pet"));
    }

    [Fact]
    public void Other_additional_files_are_ignored()
    {
        var run = Run(new Dictionary<string, string> { ["Namespace"] = "Acme.Ignored" }, path: "/src/settings.yaml");

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void Missing_System_Text_Json_is_HG0015()
    {
        var references = GeneratorHarness.References.Where(r => !Path.GetFileName(r.Display ?? string.Empty).Equals("System.Text.Json.dll", StringComparison.OrdinalIgnoreCase));

        var run = GeneratorHarness.Run(new[] { new SpecFile("/src/petstore.openapi.yaml", SmallSpecs.PetStore, new Dictionary<string, string> { ["Namespace"] = "Acme.NoJson" }) }, references: references);

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "HG0015");
        Assert.Empty(run.Sources);
    }
}
