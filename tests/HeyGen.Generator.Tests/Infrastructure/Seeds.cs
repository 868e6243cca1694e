namespace HeyGen.Generator.Tests.Infrastructure;

/// <summary>
/// Inputs taken from the mission's seed documents (../shared/seeds), stored as fixtures in RealWorld/Fixtures so the
/// tests run on any clone: the OpenAPI document embedded in seed 002 (HeyGen's published 3.1 page for Avatar
/// Realtime) and the tts request body of seed 003's curl example. Re-derive them with REFRESH_FIXTURES=1 on a
/// machine that has the shared folder beside the repository.
/// </summary>
internal static class Seeds
{
    /// <summary>Seed 002's embedded OpenAPI document.</summary>
    public static string RealtimeOpenApi => RealWorldFixtures.Read("heygen-realtime-3.1.openapi.yaml");

    /// <summary>Seed 003's tts request body.</summary>
    public static string RealtimeTtsBody => RealWorldFixtures.Read("seed-003-tts-body.json");
}
