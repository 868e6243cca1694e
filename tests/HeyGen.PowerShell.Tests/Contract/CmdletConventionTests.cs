using HeyGen.PowerShell.Layout.Metadata;
using HeyGen.PowerShell.Tests.Support;

namespace HeyGen.PowerShell.Tests.Contract;

/// <summary>PowerShell conventions every cmdlet of the laid-out module must follow, read from its metadata.</summary>
public sealed class CmdletConventionTests : IClassFixture<ModuleFixture>
{
    /// <summary>The cmdlets issues 5 and 6 ask for; the module must have exactly these.</summary>
    public static readonly string[] ExpectedCmdlets =
    {
        "Connect-HeyGen", "Disconnect-HeyGen", "Get-HeyGenUser",
        "Get-HeyGenAvatar", "Get-HeyGenAvatarGroup", "Get-HeyGenVoice",
        "New-HeyGenVideo", "Get-HeyGenVideo", "Wait-HeyGenVideo", "Save-HeyGenVideo", "Remove-HeyGenVideo",
        "Send-HeyGenAsset",
        "Invoke-HeyGenManifest", "Test-HeyGenManifest", "Get-HeyGenManifestState",
        "Start-HeyGenEmulator", "Stop-HeyGenEmulator",
        "Start-HeyGenRealtimeSession", "Get-HeyGenRealtimeSession", "Send-HeyGenRealtimeText", "Stop-HeyGenRealtimeSession",
        "New-HeyGenStreamingSession", "Start-HeyGenStreamingSession", "Get-HeyGenStreamingSession", "Send-HeyGenStreamingTask", "Stop-HeyGenStreamingTask", "Stop-HeyGenStreamingSession",
        "Register-HeyGenWebhookEndpoint", "Get-HeyGenWebhookEndpoint", "Unregister-HeyGenWebhookEndpoint", "Test-HeyGenWebhookSignature", "Wait-HeyGenWebhookEvent",
        "New-HeyGenPhotoAvatarPhoto", "Wait-HeyGenPhotoAvatar", "New-HeyGenPhotoAvatarGroup", "Add-HeyGenPhotoAvatarLook", "Start-HeyGenPhotoAvatarTraining", "New-HeyGenPhotoAvatarLook",
    };

    private readonly ModuleFixture _module;

    public CmdletConventionTests(ModuleFixture module) => _module = module;

    public static TheoryData<string> CmdletNames => new(ExpectedCmdlets);

    [Fact]
    public void The_module_has_exactly_the_cmdlets_of_the_issue()
    {
        Assert.Equal(ExpectedCmdlets.Order(StringComparer.Ordinal), _module.Cmdlets.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Verb_is_approved_and_noun_has_the_HeyGen_prefix(string name)
    {
        var cmdlet = _module.Cmdlet(name);
        Assert.Contains(cmdlet.Verb, _module.Reader.ApprovedVerbs());
        Assert.StartsWith("HeyGen", cmdlet.Noun, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Declares_output_types_that_exist(string name)
    {
        var cmdlet = _module.Cmdlet(name);
        Assert.NotEmpty(cmdlet.OutputTypes);
        Assert.All(cmdlet.OutputTypes, t => Assert.NotNull(_module.Reader.FindType(t)));
    }

    [Theory]
    [MemberData(nameof(CmdletNames))]
    public void Parameter_sets_can_always_be_told_apart(string name)
    {
        var cmdlet = _module.Cmdlet(name);
        var sets = cmdlet.ParameterSets.DefaultIfEmpty(ParameterSetModel.AllSets).ToList();
        if (sets.Count > 1)
        {
            Assert.Contains(cmdlet.DefaultParameterSet, sets);
        }

        foreach (var set in sets)
        {
            var inSet = cmdlet.Parameters.Where(p => p.InSet(set)).Select(p => (Parameter: p, Binding: p.For(set)!)).ToList();
            var positions = inSet.Where(x => x.Binding.Position is not null).Select(x => x.Binding.Position).ToList();
            Assert.True(positions.Distinct().Count() == positions.Count, name + " [" + set + "] has two parameters at one position");
            Assert.True(inSet.Count(x => x.Binding.ValueFromPipeline) <= 1, name + " [" + set + "] takes the whole pipeline object in two parameters");
            if (sets.Count > 1 && set != cmdlet.DefaultParameterSet)
            {
                // A non-default set is chosen by binding something only it has.
                Assert.Contains(inSet, x => x.Parameter.Sets.All(s => s.SetName == set));
            }
        }
    }

    [Theory]
    [InlineData("New-HeyGenVideo", "Medium")]
    [InlineData("Invoke-HeyGenManifest", "Medium")]
    [InlineData("Remove-HeyGenVideo", "High")]
    [InlineData("Send-HeyGenAsset", "Low")]
    [InlineData("Start-HeyGenEmulator", "Low")]
    [InlineData("Stop-HeyGenEmulator", "Low")]
    [InlineData("Start-HeyGenRealtimeSession", "Medium")]
    [InlineData("Send-HeyGenRealtimeText", "Low")]
    [InlineData("Stop-HeyGenRealtimeSession", "Low")]
    [InlineData("New-HeyGenStreamingSession", "Medium")]
    [InlineData("Start-HeyGenStreamingSession", "Medium")]
    [InlineData("Send-HeyGenStreamingTask", "Low")]
    [InlineData("Stop-HeyGenStreamingTask", "Low")]
    [InlineData("Stop-HeyGenStreamingSession", "Low")]
    [InlineData("Register-HeyGenWebhookEndpoint", "Low")]
    [InlineData("Unregister-HeyGenWebhookEndpoint", "High")]
    [InlineData("New-HeyGenPhotoAvatarPhoto", "Medium")]
    [InlineData("New-HeyGenPhotoAvatarGroup", "Low")]
    [InlineData("Add-HeyGenPhotoAvatarLook", "Low")]
    [InlineData("Start-HeyGenPhotoAvatarTraining", "Medium")]
    [InlineData("New-HeyGenPhotoAvatarLook", "Medium")]
    public void Cmdlets_that_spend_delete_or_change_state_support_WhatIf_and_Confirm(string name, string impact)
    {
        var cmdlet = _module.Cmdlet(name);
        Assert.True(cmdlet.SupportsShouldProcess, name + " must support -WhatIf/-Confirm");
        Assert.Equal(impact, cmdlet.ConfirmImpact);
    }

    [Fact]
    public void Every_state_changing_verb_supports_ShouldProcess()
    {
        var changing = new[] { "New", "Remove", "Set", "Send", "Invoke", "Start", "Stop", "Update", "Clear", "Add", "Register", "Unregister" };
        Assert.All(_module.Cmdlets.Where(c => changing.Contains(c.Verb)), c => Assert.True(c.SupportsShouldProcess, c.Name));
        Assert.All(_module.Cmdlets.Where(c => c.Verb is "Remove" or "Unregister"), c => Assert.Equal("High", c.ConfirmImpact));
    }

    [Theory]
    [InlineData("New-HeyGenVideo", "AvatarId", "HeyGen.PowerShell.AvatarIdCompleter")]
    [InlineData("New-HeyGenVideo", "VoiceId", "HeyGen.PowerShell.VoiceIdCompleter")]
    [InlineData("Get-HeyGenAvatar", "Name", "HeyGen.PowerShell.AvatarNameCompleter")]
    [InlineData("Get-HeyGenAvatar", "GroupId", "HeyGen.PowerShell.AvatarGroupIdCompleter")]
    [InlineData("Get-HeyGenVoice", "Name", "HeyGen.PowerShell.VoiceNameCompleter")]
    [InlineData("Start-HeyGenRealtimeSession", "AvatarId", "HeyGen.PowerShell.AvatarIdCompleter")]
    [InlineData("Start-HeyGenRealtimeSession", "VoiceId", "HeyGen.PowerShell.VoiceIdCompleter")]
    [InlineData("New-HeyGenStreamingSession", "AvatarId", "HeyGen.PowerShell.AvatarIdCompleter")]
    [InlineData("New-HeyGenStreamingSession", "VoiceId", "HeyGen.PowerShell.VoiceIdCompleter")]
    [InlineData("Register-HeyGenWebhookEndpoint", "Event", "HeyGen.PowerShell.WebhookEventTypeCompleter")]
    [InlineData("Wait-HeyGenWebhookEvent", "EventType", "HeyGen.PowerShell.WebhookEventTypeCompleter")]
    public void Avatar_and_voice_ids_and_names_tab_complete(string cmdlet, string parameter, string completer)
    {
        Assert.Equal(completer, _module.Cmdlet(cmdlet).Parameters.Single(p => p.Name == parameter).CompleterType);
    }

    [Fact]
    public void Parameter_types_read_as_plain_type_names()
    {
        Assert.Equal("System.Int32", _module.Cmdlet("Wait-HeyGenVideo").Parameters.Single(p => p.Name == "TimeoutSec").TypeName);
        Assert.All(_module.Cmdlets.SelectMany(c => c.Parameters), p => Assert.DoesNotContain('`', p.TypeName));
    }

    [Fact]
    public void Connect_takes_the_api_key_only_as_a_SecureString()
    {
        var key = _module.Cmdlet("Connect-HeyGen").Parameters.Single(p => p.Name == "ApiKey");
        Assert.Equal("System.Security.SecureString", key.TypeName);
        Assert.DoesNotContain(_module.Cmdlets.SelectMany(c => c.Parameters), p => p.Name.Contains("Key", StringComparison.Ordinal) && p.TypeName == "System.String");
    }

    [Fact]
    public void Webhook_secrets_are_taken_only_as_SecureStrings()
    {
        Assert.All(_module.Cmdlets.SelectMany(c => c.Parameters).Where(p => p.Name.Contains("Secret", StringComparison.Ordinal)), p => Assert.Equal("System.Security.SecureString", p.TypeName));
        Assert.Equal("System.Security.SecureString", _module.Reader.FindType("HeyGen.Automation.HeyGenWebhookEndpoint")!.GetProperty("Secret")!.PropertyType.FullName);
    }

    [Fact]
    public void Strings_from_Get_Content_pipe_into_Send_HeyGenRealtimeText_and_Send_HeyGenStreamingTask()
    {
        foreach (var name in new[] { "Send-HeyGenRealtimeText", "Send-HeyGenStreamingTask" })
        {
            var text = _module.Cmdlet(name).Parameters.Single(p => p.Name == "Text");
            Assert.Equal("System.String[]", text.TypeName);
            Assert.All(text.Sets, s => Assert.True(s.ValueFromPipeline, name));
        }

        // -Session $s: the session object converts to its id.
        Assert.Contains("Session", _module.Cmdlet("Send-HeyGenRealtimeText").Parameters.Single(p => p.Name == "SessionId").BindingNames);
        Assert.Contains("Session", _module.Cmdlet("Send-HeyGenStreamingTask").Parameters.Single(p => p.Name == "SessionId").BindingNames);
    }

    [Fact]
    public void Every_error_category_the_automation_layer_uses_exists_in_PowerShell()
    {
        var categories = _module.Reader.ErrorCategories();
        Assert.All(Enum.GetNames<HeyGen.Automation.HeyGenErrorCategory>(), name => Assert.Contains(name, categories));
    }

    [Fact]
    public void The_cmdlet_assembly_references_only_PowerShell_the_BCL_and_the_isolated_HeyGen_libraries()
    {
        // Anything else (YamlDotNet, System.Text.Json, ...) would be bound in PowerShell's default context, outside the isolation.
        var references = _module.Reader.Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var allowed = new[] { "netstandard", "System.Management.Automation", "HeyGen.PowerShell.Automation", "HeyGen.Client", "HeyGen.Manifests" };
        Assert.All(references, r => Assert.Contains(r, allowed));
    }
}
