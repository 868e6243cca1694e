using System.Reflection;
using HeyGen.PowerShell.Layout.Metadata;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Contract;

/// <summary>
/// The pipelines of the issue type-check: the properties of one cmdlet's output bind, by property name, to the next
/// cmdlet's pipeline parameters, and together with the parameters given on the command line they complete one of
/// its parameter sets (so PowerShell neither prompts nor fails to choose a set).
/// </summary>
public sealed class PipelineBindingTests : IClassFixture<ModuleFixture>
{
    private readonly ModuleFixture _module;

    public PipelineBindingTests(ModuleFixture module) => _module = module;

    [Theory]
    // Get-HeyGenAvatar -Name Daisy* | Select-Object -First 1 | New-HeyGenVideo -VoiceId $v -Script 'Hi' | Wait-HeyGenVideo | Save-HeyGenVideo -Directory ./out
    [InlineData("Get-HeyGenAvatar", "New-HeyGenVideo", "AvatarId", "VoiceId,Script")]
    [InlineData("New-HeyGenVideo", "Wait-HeyGenVideo", "VideoId", "")]
    [InlineData("Wait-HeyGenVideo", "Save-HeyGenVideo", "VideoId", "Directory")]
    // An avatar brings its default voice: Get-HeyGenAvatar | New-HeyGenVideo -Script 'Hi'
    [InlineData("Get-HeyGenAvatar", "New-HeyGenVideo", "VoiceId", "Script")]
    [InlineData("Get-HeyGenAvatarGroup", "Get-HeyGenAvatar", "GroupId", "")]
    [InlineData("Send-HeyGenAsset", "New-HeyGenVideo", "ImageAssetId", "Script,VoiceId")]
    [InlineData("Save-HeyGenVideo", "Send-HeyGenAsset", "Path", "")]
    [InlineData("Get-HeyGenVideo", "Remove-HeyGenVideo", "VideoId", "")]
    [InlineData("Get-HeyGenVideo", "Save-HeyGenVideo", "VideoId", "")]
    [InlineData("Invoke-HeyGenManifest", "Get-HeyGenVideo", "VideoId", "")]
    [InlineData("Get-HeyGenManifestState", "Get-HeyGenVideo", "VideoId", "")]
    // Realtime: Get-HeyGenAvatar | Start-HeyGenRealtimeSession -Text 'Hi' ; Send-HeyGenAsset a.mp3 | Start-HeyGenRealtimeSession -AvatarId $a
    [InlineData("Get-HeyGenAvatar", "Start-HeyGenRealtimeSession", "AvatarId", "Text")]
    [InlineData("Get-HeyGenAvatar", "Start-HeyGenRealtimeSession", "VoiceId", "Text")]
    [InlineData("Send-HeyGenAsset", "Start-HeyGenRealtimeSession", "AudioAssetId", "AvatarId")]
    [InlineData("Start-HeyGenRealtimeSession", "Get-HeyGenRealtimeSession", "SessionId", "")]
    [InlineData("Start-HeyGenRealtimeSession", "Stop-HeyGenRealtimeSession", "SessionId", "")]
    [InlineData("Get-HeyGenRealtimeSession", "Stop-HeyGenRealtimeSession", "SessionId", "")]
    // Streaming: Get-HeyGenAvatar | New-HeyGenStreamingSession | Start-HeyGenStreamingSession | Send-HeyGenStreamingTask -Text 'Hi'
    [InlineData("Get-HeyGenAvatar", "New-HeyGenStreamingSession", "AvatarId", "")]
    [InlineData("New-HeyGenStreamingSession", "Start-HeyGenStreamingSession", "SessionId", "")]
    [InlineData("Start-HeyGenStreamingSession", "Send-HeyGenStreamingTask", "SessionId", "Text")]
    [InlineData("Send-HeyGenStreamingTask", "Stop-HeyGenStreamingTask", "SessionId", "")]
    [InlineData("Start-HeyGenStreamingSession", "Stop-HeyGenStreamingSession", "SessionId", "")]
    [InlineData("Get-HeyGenStreamingSession", "Stop-HeyGenStreamingSession", "SessionId", "")]
    // Webhooks: Register-HeyGenWebhookEndpoint | Wait-HeyGenWebhookEvent -Port 8080 | Save-HeyGenVideo
    [InlineData("Register-HeyGenWebhookEndpoint", "Wait-HeyGenWebhookEvent", "Secret", "Port")]
    [InlineData("Register-HeyGenWebhookEndpoint", "Test-HeyGenWebhookSignature", "Secret", "Body,Signature")]
    [InlineData("Get-HeyGenWebhookEndpoint", "Unregister-HeyGenWebhookEndpoint", "EndpointId", "")]
    [InlineData("Wait-HeyGenWebhookEvent", "Save-HeyGenVideo", "VideoId", "Directory")]
    [InlineData("Wait-HeyGenWebhookEvent", "Get-HeyGenVideo", "VideoId", "")]
    // Photo avatars: New-HeyGenPhotoAvatarPhoto | Wait | New-Group | Add-Look | Start-Training | Wait | New-Look | Wait
    [InlineData("New-HeyGenPhotoAvatarPhoto", "Wait-HeyGenPhotoAvatar", "GenerationId", "")]
    [InlineData("Wait-HeyGenPhotoAvatar", "New-HeyGenPhotoAvatarGroup", "ImageKey", "")]
    [InlineData("Wait-HeyGenPhotoAvatar", "New-HeyGenPhotoAvatarGroup", "Name", "")]
    [InlineData("New-HeyGenPhotoAvatarGroup", "Add-HeyGenPhotoAvatarLook", "GroupId", "")]
    [InlineData("New-HeyGenPhotoAvatarGroup", "Add-HeyGenPhotoAvatarLook", "ImageKey", "")]
    [InlineData("Add-HeyGenPhotoAvatarLook", "Start-HeyGenPhotoAvatarTraining", "GroupId", "")]
    [InlineData("Start-HeyGenPhotoAvatarTraining", "Wait-HeyGenPhotoAvatar", "GroupId", "")]
    [InlineData("Wait-HeyGenPhotoAvatar", "New-HeyGenPhotoAvatarLook", "GroupId", "Prompt")]
    [InlineData("Wait-HeyGenPhotoAvatar", "New-HeyGenPhotoAvatarLook", "Orientation", "Prompt")]
    [InlineData("New-HeyGenPhotoAvatarLook", "Wait-HeyGenPhotoAvatar", "GenerationId", "")]
    public void Output_of_one_cmdlet_binds_to_the_next(string from, string to, string boundParameter, string given)
    {
        var source = _module.Cmdlet(from);
        var properties = source.OutputTypes
            .Select(t => _module.Reader.FindType(t)!)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        AssertBinds(to, properties, boundParameter, given);
    }

    [Theory]
    // Get-ChildItem ./assets | Send-HeyGenAsset ; Get-ChildItem *.yaml | Test-HeyGenManifest
    [InlineData("Send-HeyGenAsset", "Path")]
    [InlineData("Test-HeyGenManifest", "Path")]
    [InlineData("Invoke-HeyGenManifest", "Path")]
    [InlineData("Get-HeyGenManifestState", "Path")]
    public void FileInfo_from_Get_ChildItem_binds_through_FullName(string to, string boundParameter)
    {
        var fileInfo = typeof(FileInfo).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        AssertBinds(to, fileInfo, boundParameter, string.Empty);
    }

    [Fact]
    public void Csv_columns_describe_photo_avatars()
    {
        // Import-Csv people.csv | New-HeyGenPhotoAvatarPhoto
        var columns = new HashSet<string>(new[] { "Name", "Age", "Gender", "Ethnicity", "Appearance", "Pose" }, StringComparer.OrdinalIgnoreCase);
        AssertBinds("New-HeyGenPhotoAvatarPhoto", columns, "Appearance", string.Empty);
        AssertBinds("New-HeyGenPhotoAvatarPhoto", columns, "Pose", string.Empty);
    }

    [Fact]
    public void A_look_generation_waits_as_a_generation_not_as_a_training()
    {
        // New-HeyGenPhotoAvatarLook's output has both GenerationId and GroupId: one parameter set, so nothing is ambiguous.
        var wait = _module.Cmdlet("Wait-HeyGenPhotoAvatar");
        Assert.True(wait.ParameterSets.Count <= 1);
        var output = _module.Reader.FindType("HeyGen.Automation.HeyGenPhotoAvatarGeneration")!.GetProperties().Select(p => p.Name).ToList();
        Assert.Contains("GenerationId", output);
        Assert.Contains("GroupId", output);
    }

    [Fact]
    public void Csv_columns_bind_to_New_HeyGenVideo()
    {
        // Import-Csv people.csv | New-HeyGenVideo -AvatarId $a -VoiceId $v, with columns Script, Title, CallbackId, Background.
        var columns = new HashSet<string>(new[] { "Name", "Script", "Title", "CallbackId", "Background" }, StringComparer.OrdinalIgnoreCase);
        AssertBinds("New-HeyGenVideo", columns, "Script", "AvatarId,VoiceId");
        AssertBinds("New-HeyGenVideo", columns, "Title", "AvatarId,VoiceId");
        AssertBinds("New-HeyGenVideo", columns, "Background", "AvatarId,VoiceId");
    }

    [Fact]
    public void Plain_strings_pipe_into_every_video_id_parameter()
    {
        foreach (var name in new[] { "Get-HeyGenVideo", "Wait-HeyGenVideo", "Save-HeyGenVideo", "Remove-HeyGenVideo" })
        {
            var videoId = _module.Cmdlet(name).Parameters.Single(p => p.Name == "VideoId");
            Assert.Equal("System.String[]", videoId.TypeName);
            Assert.All(videoId.Sets, s => Assert.True(s.ValueFromPipeline && s.ValueFromPipelineByPropertyName, name));
        }
    }

    private void AssertBinds(string to, IReadOnlySet<string> properties, string boundParameter, string given)
    {
        var target = _module.Cmdlet(to);
        var explicitly = given.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sets = target.ParameterSets.DefaultIfEmpty(ParameterSetModel.AllSets);
        var bindingSets = sets.Where(set =>
        {
            var byProperty = target.Parameters
                .Where(p => p.InSet(set) && p.For(set)!.ValueFromPipelineByPropertyName && p.BindingNames.Any(properties.Contains))
                .Select(p => p.Name)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var mandatory = target.Parameters.Where(p => p.InSet(set) && p.For(set)!.Mandatory).Select(p => p.Name);
            return byProperty.Contains(boundParameter) && mandatory.All(m => byProperty.Contains(m) || explicitly.Contains(m));
        }).ToList();
        Assert.True(bindingSets.Count > 0, to + " -" + boundParameter + " does not bind from properties [" + string.Join(", ", properties.Order()) + "] with " + (given.Length == 0 ? "nothing" : given) + " given");
    }
}
