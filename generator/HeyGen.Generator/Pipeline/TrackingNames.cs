namespace HeyGen.Generator.Pipeline;

/// <summary>Names of the pipeline steps, so tests can check each one is served from cache.</summary>
internal static class TrackingNames
{
    public const string SpecInput = "OpenApi.SpecInput";
    public const string Model = "OpenApi.Model";
    public const string Features = "OpenApi.Features";
    public const string Output = "OpenApi.Output";
    public const string AllOutputs = "OpenApi.AllOutputs";
}
