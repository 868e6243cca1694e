using HeyGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HeyGen.Generator.Tests.RealWorld;

/// <summary>
/// Documents the generator was not written against: HeyGen's own published 3.1 page (seed 002, stored in RealWorld/Fixtures),
/// HeyGen's v3 request/response schemas rebuilt from the shared reference data (85 endpoints, 3.0 style), and a
/// Postman-derived 3.0 document. Each must give compilable code (no warning at all) or precise diagnostics.
/// </summary>
public sealed class RealWorldSpecTests
{
    [Fact]
    public async Task HeyGen_published_31_page_seed_002_generates_clean_code()
    {
        var spec = SpecFile.Inline("seed002.openapi.yaml", Seeds.RealtimeOpenApi, "RealWorld.Seed002");

        var run = await GeneratorHarness.RunGuardedAsync(spec);

        Assert.Null(run.GeneratorException);
        Assert.True(run.GeneratorDiagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), run.DescribeDiagnostics());
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(20)));

        var union = run.Output.GetTypeByMetadataName("RealWorld.Seed002.CreateAvatarRealtimeRequestBody")!;
        Assert.True(union.IsAbstract);
        foreach (var variant in new[] { "CreateAvatarRealtimeTTS", "CreateAvatarRealtimeAudio", "CreateAvatarRealtimeTextStream" })
        {
            var type = run.Output.GetTypeByMetadataName("RealWorld.Seed002." + variant)!;
            Assert.True(type.IsSealed, variant);
            Assert.Equal(union, type.BaseType, SymbolEqualityComparer.Default);
        }

        // The inline audio union ({$ref} mapping values inside a property) is a union type of its own, named from its path.
        var audio = run.Output.GetTypeByMetadataName("RealWorld.Seed002.CreateAvatarRealtimeAudio")!.GetMembers("Audio").OfType<IPropertySymbol>().Single();
        Assert.Equal("RealWorld.Seed002.CreateAvatarRealtimeAudioAudio", audio.Type.ToDisplayString());
        Assert.True(audio.Type.IsAbstract);
        Assert.Equal(union, run.Output.GetTypeByMetadataName("RealWorld.Seed002.AvatarRealtimeClient")!
            .GetMembers("CreateAvatarRealtimeSessionAsync").OfType<IMethodSymbol>().Single().Parameters[0].Type, SymbolEqualityComparer.Default);
    }

    [Fact]
    public async Task HeyGen_v3_schemas_from_the_reference_data_give_compilable_code_and_precise_diagnostics()
    {
        var spec = HeyGenReference.Document();

        var run = await GeneratorHarness.RunGuardedAsync(spec, seconds: 120);

        Assert.Null(run.GeneratorException);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(20)));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        // The reference data lost some unions' discriminator values (empty mapping, no const): those, and only those,
        // are reported, each at its line in the document, and typed as JsonElement.
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning), d =>
        {
            Assert.Equal("HG0009", d.Id);
            Assert.Equal(spec.Path, d.Location.GetLineSpan().Path);
            Assert.True(d.Location.GetLineSpan().StartLinePosition.Line > 0);
            var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(message.Contains("no variant could be paired", StringComparison.Ordinal) || message.Contains("has no mapping entry and no const", StringComparison.Ordinal), message);
        });

        // One method per endpoint.
        var methods = run.Output.GetSymbolsWithName(n => n.EndsWith("Async", StringComparison.Ordinal), SymbolFilter.Member)
            .OfType<IMethodSymbol>().Where(m => m.ContainingType.Name.EndsWith("Client", StringComparison.Ordinal)).Select(m => m.Name).ToHashSet();
        foreach (var name in new[] { "VideoCreateAsync", "VideoGetAsync", "VideoBatchesCreateAsync", "VideoStatusesListAsync", "AssetCreateAsync", "WebhookEndpointsRotateSecretAsync", "VideoTranslateProofreadsSrtUpdateAsync" })
        {
            Assert.Contains(name, methods);
        }

        Assert.True(methods.Count >= 85, methods.Count + " methods");

        // The create-video union lost its discriminator values in the reference data: it is reported at its line and typed
        // as JsonElement, while the rest of the operation (the unwrapped typed result) is generated as usual.
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "HG0009" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'#/paths/~1v3~1videos/post/requestBody/content/application~1json/schema'", StringComparison.Ordinal));
        var create = run.Output.GetTypeByMetadataName("RealWorld.HeyGenV3.VideoClient")!.GetMembers("VideoCreateAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Text.Json.JsonElement", create.Parameters[0].Type.ToDisplayString());
        var get = run.Output.GetTypeByMetadataName("RealWorld.HeyGenV3.VideoClient")!.GetMembers("VideoGetAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("System.Threading.Tasks.Task<RealWorld.HeyGenV3.VideoGetResult>", get.ReturnType.ToDisplayString());
        Assert.Equal("string", run.Output.GetTypeByMetadataName("RealWorld.HeyGenV3.VideoGetResult")!.GetMembers("Id").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }

    [Fact]
    public async Task Postman_derived_30_document_generates_clean_code()
    {
        var spec = SpecFile.Inline("postman-heygen.openapi.yaml", File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "RealWorld", "postman-heygen.openapi.yaml")), "RealWorld.Postman");

        var run = await GeneratorHarness.RunGuardedAsync(spec);

        Assert.Null(run.GeneratorException);
        Assert.True(run.GeneratorDiagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), run.DescribeDiagnostics());
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(20)));

        IPropertySymbol Property(string type, string name) =>
            run.Output.GetTypeByMetadataName("RealWorld.Postman." + type)!.GetMembers(name).OfType<IPropertySymbol>().Single();

        // Typeless `nullable: true` members with empty examples are free-form values.
        Assert.Equal("System.Text.Json.JsonElement?", Property("V2VideoGenerateRequest", "AspectRatio").Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IReadOnlyList<RealWorld.Postman.V2VideoGenerateRequestVideoInputsItem>?", Property("V2VideoGenerateRequest", "VideoInputs").Type.ToDisplayString());
        Assert.Equal("double?", Property("V2VideoGenerateRequestDimension", "Height").Type.ToDisplayString());
        Assert.Equal("System.Collections.Generic.IReadOnlyList<System.Text.Json.JsonElement>?", Property("V1WebhookEndpointAddRequest", "Events").Type.ToDisplayString());
        Assert.Equal("string?", Property("StreamingIceRequestCandidate", "SdpMLineIndex").Type.ToDisplayString());

        // Tags with spaces become clients; an untagged operation lands on the default client; a missing operationId is derived from method and path.
        Assert.NotNull(run.Output.GetTypeByMetadataName("RealWorld.Postman.CreateVideoAPIClient")!.GetMembers("V2VideoGenerateAsync").SingleOrDefault());
        Assert.NotNull(run.Output.GetTypeByMetadataName("RealWorld.Postman.DefaultClient")!.GetMembers("V1VideoStatusGetAsync").SingleOrDefault());
        Assert.NotNull(run.Output.GetTypeByMetadataName("RealWorld.Postman.TalkingPhotoClient")!.GetMembers("DeleteV2TalkingPhotoIdAsync").SingleOrDefault());
        Assert.Contains("\"/v2/template/<id>/generate\"", run.Source("RealWorld.Postman.TemplateAPIClient.g.cs"), StringComparison.Ordinal);
    }
}
