namespace HeyGen.Manifests.Tests.Infrastructure;

/// <summary>Manifest texts the rendering tests start from.</summary>
internal static class SampleManifests
{
    /// <summary>Three avatar scenes sharing defaults, one with its own avatar.</summary>
    public const string ThreeScenes = """
        version: 1
        name: three
        output: ./out
        defaults:
          avatar: Daisy-inskirt-20220818
          voice: 1bd001e7e50f421d891986aad5158bc8
          resolution: 1080p
          background: { color: "#FFFFFF" }
        scenes:
          - id: intro
            script: Welcome to the launch.
          - id: tour
            avatar: Angela-inblackskirt-20220820
            script: First, the dashboard.
          - id: outro
            script: Thanks for watching.
        """;

    /// <summary><paramref name="count"/> scenes from one CSV-driven template (the CSV is written by the caller).</summary>
    public static string Rows(string csv, int concurrency = 3) => $$$"""
        version: 1
        name: rows
        output: ./out
        concurrency: {{{concurrency}}}
        defaults:
          avatar: Daisy-inskirt-20220818
          voice: 1bd001e7e50f421d891986aad5158bc8
        scenes:
          - id: "scene-{{ n }}"
            rows: ./data/{{{csv}}}
            script: "This is scene {{ n }}."
        """;
}
