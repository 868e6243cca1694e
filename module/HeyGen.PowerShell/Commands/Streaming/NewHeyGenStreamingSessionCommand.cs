using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>New-HeyGenStreamingSession: create a v1 streaming session (POST /v1/streaming.new); Start-HeyGenStreamingSession starts it.</summary>
[Cmdlet(VerbsCommon.New, "HeyGenStreamingSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
// Qualified: inside HeyGen.PowerShell.Commands the client's HeyGen.HeyGenStreamingSession would win over the using directive.
[OutputType(typeof(Automation.HeyGenStreamingSession))]
public sealed class NewHeyGenStreamingSessionCommand : HeyGenCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarIdCompleter))]
    public string AvatarId { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("DefaultVoiceId")]
    [ArgumentCompleter(typeof(VoiceIdCompleter))]
    public string VoiceId { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("low", "medium", "high")]
    public string? Quality { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("H264", "VP8")]
    public string? VideoEncoding { get; set; }

    /// <summary>The streaming API version (the seeds use v2).</summary>
    [Parameter]
    public string? Version { get; set; }

    protected override void ProcessRecord()
    {
        var spec = new StreamingSessionSpec { AvatarId = AvatarId, VoiceId = VoiceId, Quality = Quality, VideoEncoding = VideoEncoding, Version = Version };
        if (!ShouldProcess("streaming session with avatar " + AvatarId + " and voice " + VoiceId + (Quality is null ? string.Empty : " (" + Quality + ")"), "Create a HeyGen streaming session"))
        {
            return;
        }

        RunForItem(AvatarId, async (channel, token) =>
            channel.Output(await new StreamingService(Session.Client, Session.Streaming).CreateAsync(spec, token).ConfigureAwait(false)));
    }
}
