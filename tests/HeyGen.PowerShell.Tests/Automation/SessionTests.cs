using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class SessionTests
{
    private static readonly Dictionary<string, string?> Empty = new();

    [Fact]
    public void An_explicit_key_wins_and_the_environment_is_the_fallback()
    {
        var env = new Dictionary<string, string?> { ["HEYGEN_API_KEY"] = "env-key", ["HEYGEN_BASE_URL"] = "http://127.0.0.1:5000" };
        var fromEnvironment = ConnectionResolver.Resolve(null, null, n => env.GetValueOrDefault(n));
        Assert.Equal(ConnectionSource.Environment, fromEnvironment.Source);
        Assert.Null(fromEnvironment.ApiKey);
        Assert.Equal(new Uri("http://127.0.0.1:5000"), fromEnvironment.BaseUrl);

        var explicitly = ConnectionResolver.Resolve(SecretText.Protect("k"), new Uri("https://proxy.test/"), n => env.GetValueOrDefault(n));
        Assert.Equal(ConnectionSource.Explicit, explicitly.Source);
        Assert.Equal("k", SecretText.Reveal(explicitly.ApiKey!));
        Assert.Equal(new Uri("https://proxy.test/"), explicitly.BaseUrl);
    }

    [Fact]
    public void No_key_anywhere_is_an_error_about_ApiKey()
    {
        Assert.Equal("ApiKey", Assert.ThrowsAny<ArgumentException>(() => ConnectionResolver.Resolve(null, null, n => Empty.GetValueOrDefault(n))).ParamName);
        Assert.Equal("BaseUrl", Assert.ThrowsAny<ArgumentException>(() => ConnectionResolver.Resolve(SecretText.Protect("k"), new Uri("ftp://x.test/"), n => Empty.GetValueOrDefault(n))).ParamName);
    }

    [Fact]
    public void An_emulator_takes_over_the_session_and_stopping_it_restores_the_connection()
    {
        using var session = new HeyGenSession(n => Empty.GetValueOrDefault(n));
        session.Connect(new ConnectionSettings(new Uri("https://proxy.test/"), SecretText.Protect("k"), ConnectionSource.Explicit));
        var before = session.Client;
        var emulator = new FakeEmulator(new Uri("http://127.0.0.1:4010/"));

        session.AttachEmulator(emulator);
        Assert.Equal(ConnectionSource.Emulator, session.Settings.Source);
        Assert.Equal(emulator.BaseUrl, session.Settings.BaseUrl);
        Assert.NotSame(before, session.Client);
        Assert.Throws<InvalidOperationException>(() => session.AttachEmulator(new FakeEmulator(new Uri("http://127.0.0.1:4011/"))));

        session.Connect(new ConnectionSettings(new Uri("https://other.test/"), SecretText.Protect("k2"), ConnectionSource.Explicit));
        Assert.Equal(emulator.BaseUrl, session.Settings.BaseUrl);

        Assert.Same(emulator, session.DetachEmulator());
        Assert.True(emulator.Disposed);
        Assert.Equal(new Uri("https://other.test/"), session.Settings.BaseUrl);
        Assert.Null(session.DetachEmulator());
    }

    [Fact]
    public void Disposing_the_registry_stops_every_emulator()
    {
        var registry = new HeyGenSessionRegistry(_ => new HeyGenSession(n => Empty.GetValueOrDefault(n)));
        var first = new FakeEmulator(new Uri("http://127.0.0.1:4012/"));
        var second = new FakeEmulator(new Uri("http://127.0.0.1:4013/"));
        registry.For(Guid.NewGuid()).AttachEmulator(first);
        registry.For(Guid.NewGuid()).AttachEmulator(second);
        registry.Dispose();
        Assert.True(first.Disposed && second.Disposed);
    }

    private sealed class FakeEmulator : IEmulatorHandle
    {
        public FakeEmulator(Uri baseUrl) => BaseUrl = baseUrl;

        public Uri BaseUrl { get; }

        public string ApiKey => "fake-key";

        public int ProcessId => 42;

        public bool HasExited => Disposed;

        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }
}
