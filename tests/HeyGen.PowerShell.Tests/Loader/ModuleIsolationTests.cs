using System.Reflection;
using System.Runtime.Loader;
using HeyGen.PowerShell.Loader;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Loader;

/// <summary>
/// The isolation of the laid-out module, on this .NET 10 process (the PowerShell 7 path). This test process has its
/// own YamlDotNet and HeyGen.* in the default context, like another module would: the isolated copies must be
/// separate and must bind to each other, not to the default context's.
/// </summary>
public sealed class ModuleIsolationTests
{
    private static readonly ModuleIsolation Isolation = ModuleIsolation.Install(Path.Combine(TestPaths.ModuleDir, "dependencies"));

    [Fact]
    public void Our_libraries_and_their_non_framework_dependencies_load_into_the_HeyGen_context()
    {
        Assert.True(Isolation.UsesLoadContext);
        Assert.Contains("HeyGen.Client", Isolation.IsolatedAssemblies);
        Assert.Contains("YamlDotNet", Isolation.IsolatedAssemblies);
        var client = Isolation.Resolve(new AssemblyName("HeyGen.Client"))!;
        Assert.Equal(ModuleIsolation.ContextName, AssemblyLoadContext.GetLoadContext(client)!.Name);
        Assert.NotSame(typeof(HeyGen.HeyGenClient).Assembly, client);
    }

    [Fact]
    public void Framework_assemblies_at_least_as_new_as_ours_are_not_duplicated()
    {
        // On .NET 10, System.Text.Json and System.Memory of the framework are as new as the module's copies.
        Assert.DoesNotContain("System.Memory", Isolation.IsolatedAssemblies);
        Assert.DoesNotContain("System.Text.Json", Isolation.IsolatedAssemblies);
    }

    [Fact]
    public void The_isolated_manifest_engine_runs_with_the_isolated_YamlDotNet()
    {
        var manifests = Isolation.Resolve(new AssemblyName("HeyGen.Manifests"))!;
        var yaml = manifests.GetReferencedAssemblies().Single(a => a.Name == "YamlDotNet");
        var boundYaml = AssemblyLoadContext.GetLoadContext(manifests)!.Assemblies.Single(a => a.GetName().Name == "YamlDotNet");
        Assert.Equal(yaml.Version, boundYaml.GetName().Version);
        Assert.NotSame(typeof(YamlDotNet.Serialization.Deserializer).Assembly, boundYaml);

        // Run real code across the boundary: validating the example manifest parses YAML in the isolated context.
        var engine = manifests.GetType("HeyGen.Manifests.ManifestEngine", throwOnError: true)!;
        var validation = engine.GetMethod("Validate")!.Invoke(null, new object[] { Path.Combine(TestPaths.RepoRoot, "examples", "manifests", "product-launch.yaml") })!;
        Assert.True((bool)validation.GetType().GetProperty("IsValid")!.GetValue(validation)!);
        Assert.Contains(AssemblyLoadContext.GetLoadContext(manifests)!.Assemblies, a => a.GetName().Name == "YamlDotNet");
    }

    [Fact]
    public void Names_that_are_not_ours_are_left_to_the_runtime()
    {
        Assert.Null(Isolation.Resolve(new AssemblyName("Some.Other.Module")));
        Assert.Null(Isolation.Resolve(new AssemblyName("System.Memory")));
    }

    [Fact]
    public void Installing_again_reuses_the_same_context()
    {
        Assert.Same(Isolation, ModuleIsolation.Install(Path.Combine(TestPaths.ModuleDir, "dependencies")));
    }
}
