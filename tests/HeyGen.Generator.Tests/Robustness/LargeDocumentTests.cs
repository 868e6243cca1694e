using System.Text;
using HeyGen.Generator.Tests.Infrastructure;
using Xunit;

namespace HeyGen.Generator.Tests.Robustness;

/// <summary>Documents generated in the test: very large, and very deeply nested. Both finish (under a hang guard) without crashing.</summary>
public sealed class LargeDocumentTests
{
    [Fact]
    public async System.Threading.Tasks.Task Five_megabyte_document_generates_and_compiles()
    {
        var text = LargeDocument(schemas: 2000, operations: 1000);
        Assert.InRange(text.Length, 5_000_000, 7_000_000);

        var run = await GeneratorHarness.RunGuardedAsync(new SpecFile("/large/large.openapi.yaml", text, new Dictionary<string, string> { ["Namespace"] = "Large.Api" }), seconds: 120);

        Assert.Null(run.GeneratorException);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "Large.Api.Model1999.g.cs");
        Assert.Contains("GetModel999Async", run.Source("Large.Api.Group9Client.g.cs"), StringComparison.Ordinal);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(10)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Ten_thousand_nested_flow_sequences_stop_with_HG0011()
    {
        var text = "openapi: 3.1.0\ninfo:\n  title: Deep\n  version: 1.0.0\npaths: {}\nx-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var run = await GeneratorHarness.RunGuardedAsync(new SpecFile("/deep/deep.openapi.yaml", text, new Dictionary<string, string> { ["Namespace"] = "Deep.Api" }));

        Assert.Null(run.GeneratorException);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("HG0011", diagnostic.Id);
        Assert.Contains("deeper than", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public async System.Threading.Tasks.Task Deeply_nested_schemas_fall_back_with_HG0004_instead_of_overflowing()
    {
        var sb = new StringBuilder("openapi: 3.1.0\ninfo:\n  title: Deep schemas\n  version: 1.0.0\npaths: {}\ncomponents:\n  schemas:\n    Root: ");
        for (var i = 0; i < 200; i++)
        {
            sb.Append("{type: object, properties: {child: ");
        }

        sb.Append("{type: string}").Append(new string('}', 400)).Append('\n');

        var run = await GeneratorHarness.RunGuardedAsync(new SpecFile("/deep/schemas.openapi.yaml", sb.ToString(), new Dictionary<string, string> { ["Namespace"] = "Deep.Schemas" }));

        Assert.Null(run.GeneratorException);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "HG0004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("nested deeper", StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>Thousands of schemas and operations with long descriptions: about 5-6 MB of YAML.</summary>
    private static string LargeDocument(int schemas, int operations)
    {
        var description = string.Join(' ', Enumerable.Repeat("This sentence pads the description so the document reaches a realistic size for a large public API.", 14));
        var sb = new StringBuilder(7_000_000);
        sb.Append("openapi: 3.1.0\ninfo:\n  title: Large\n  version: 1.0.0\nservers:\n  - url: https://large.example.test\npaths:\n");
        for (var i = 0; i < operations; i++)
        {
            sb.Append("  /models/").Append(i).Append("/{id}:\n    get:\n      tags: [Group").Append(i % 10).Append("]\n      operationId: getModel").Append(i)
              .Append("\n      description: ").Append(description)
              .Append("\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n        - name: limit\n          in: query\n          schema:\n            type: integer\n")
              .Append("      responses:\n        '200':\n          description: OK\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Model").Append(i).Append("'\n");
        }

        sb.Append("components:\n  schemas:\n");
        for (var i = 0; i < schemas; i++)
        {
            sb.Append("    Model").Append(i).Append(":\n      type: object\n      description: ").Append(description).Append("\n      properties:\n")
              .Append("        id:\n          type: string\n        count:\n          type: [integer, 'null']\n        tags:\n          type: array\n          items:\n            type: string\n")
              .Append("        status:\n          type: string\n          enum: [on, off]\n");
            if (i > 0)
            {
                sb.Append("        previous:\n          $ref: '#/components/schemas/Model").Append(i - 1).Append("'\n");
            }

            sb.Append("      required: [id]\n");
        }

        return sb.ToString();
    }
}
