namespace HeyGen.Realtime.Tests.Infrastructure;

/// <summary>Files the tests keep for people to look at (screenshots), under TestResults/ in the test output folder.</summary>
internal static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "avatar-alert");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
