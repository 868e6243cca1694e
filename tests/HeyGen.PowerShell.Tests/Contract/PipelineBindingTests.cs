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
