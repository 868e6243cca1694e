using HeyGen.Automation;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Emulator;

/// <summary>The Automation layer behind the v1 streaming cmdlets, over real HTTP against the emulator.</summary>
public sealed class StreamingTests : IClassFixture<LiveEmulatorSession>
{
    private const string Avatar = "Daisy-inskirt-20220818";
    private readonly LiveEmulatorSession _fixture;

    public StreamingTests(LiveEmulatorSession fixture)
    {
        _fixture = fixture;
        _fixture.Emulator.Reset();
    }

    private StreamingService Service => new(_fixture.Session.Client, _fixture.Session.Streaming);

    [Fact]
    public async Task New_start_speak_interrupt_list_and_stop()
    {
        var voice = await VoiceAsync();
        var created = await Service.CreateAsync(new StreamingSessionSpec { AvatarId = Avatar, VoiceId = voice, Quality = "Medium", VideoEncoding = "vp8" }, CancellationToken.None);
        Assert.Equal(("new", Avatar, "medium", "VP8"), (created.Status, created.AvatarId, created.Quality, created.VideoEncoding));
        Assert.NotNull(created.Url);
        Assert.False(string.IsNullOrEmpty(created.AccessToken));
        Assert.Equal(created.SessionId, created.ToString());

        var started = await Service.StartAsync(created.SessionId, CancellationToken.None);
        Assert.Equal("started", started.Status);

        var said = await Service.SendTaskAsync(created.SessionId, "Your changes were saved.", "repeat", null, CancellationToken.None);
        var asked = await Service.SendTaskAsync(created.SessionId, "What can you do?", "TALK", "async", CancellationToken.None);
        Assert.Equal(("repeat", "sync"), (said.TaskType, said.TaskMode));
        Assert.Equal(("talk", "async"), (asked.TaskType, asked.TaskMode));
        Assert.False(string.IsNullOrEmpty(said.TaskId));

        await Service.InterruptAsync(created.SessionId, CancellationToken.None);
        var info = _fixture.Emulator.StreamingSessions.Single(s => s.SessionId == created.SessionId);
        Assert.Equal(new[] { "Your changes were saved.", "What can you do?" }, info.Texts);
        Assert.Equal(1, info.Interruptions);

        var listed = Assert.Single(await Service.ListAsync(new[] { created.SessionId }, CancellationToken.None));
        Assert.Equal((Avatar, "medium"), (listed.AvatarId, listed.Quality));

        var stopped = await Service.StopAsync(created.SessionId, CancellationToken.None);
        Assert.Equal("stopped", stopped.Status);
        Assert.NotNull(_fixture.Emulator.StreamingSessions.Single(s => s.SessionId == created.SessionId).ClosedAt);
    }

    [Fact]
    public async Task Sessions_created_elsewhere_are_driven_by_id()
    {
        using var other = _fixture.Emulator.CreateClient();
        var voice = await VoiceAsync();
        await using var foreign = await other.Streaming.OpenSessionAsync(new StreamingSessionOptions { AvatarId = Avatar, VoiceId = voice, Start = false });

        Assert.Equal("started", (await Service.StartAsync(foreign.SessionId, CancellationToken.None)).Status);
        Assert.Equal(foreign.SessionId, (await Service.SendTaskAsync(foreign.SessionId, "Hello.", "repeat", "sync", CancellationToken.None)).SessionId);
        await Service.InterruptAsync(foreign.SessionId, CancellationToken.None);
        Assert.Equal("stopped", (await Service.StopAsync(foreign.SessionId, CancellationToken.None)).Status);
        Assert.Equal(new[] { "Hello." }, _fixture.Emulator.StreamingSessions.Single(s => s.SessionId == foreign.SessionId).Texts);
    }

    [Fact]
    public async Task Bad_values_are_refused_with_the_parameter_to_correct()
    {
        var voice = await VoiceAsync();
        var quality = await Assert.ThrowsAsync<ArgumentException>(() => Service.CreateAsync(new StreamingSessionSpec { AvatarId = Avatar, VoiceId = voice, Quality = "ultra" }, CancellationToken.None));
        Assert.Equal("Quality", quality.ParamName);
        Assert.Contains("low, medium, high", quality.Message, StringComparison.Ordinal);
        Assert.Equal("TaskType", (await Assert.ThrowsAsync<ArgumentException>(() => Service.SendTaskAsync("s", "Hi", "shout", null, CancellationToken.None))).ParamName);
        Assert.Equal("Text", (await Assert.ThrowsAsync<ArgumentException>(() => Service.SendTaskAsync("s", "", "repeat", null, CancellationToken.None))).ParamName);
        Assert.Empty(_fixture.Emulator.StreamingSessions);
    }

    [Fact]
    public async Task Stopping_an_unknown_session_maps_to_an_error_record_shape()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Service.StopAsync("no-such-session", CancellationToken.None));
        var descriptor = ErrorMapper.Map(error, "no-such-session");
        Assert.StartsWith("HeyGen.", descriptor.ErrorId, StringComparison.Ordinal);
        Assert.Equal("no-such-session", descriptor.TargetObject);
    }

    private async Task<string> VoiceAsync() =>
        (await new CatalogService(_fixture.Session.Client).GetVoicesAsync(new CatalogFilter(), CancellationToken.None))[0].VoiceId;
}
