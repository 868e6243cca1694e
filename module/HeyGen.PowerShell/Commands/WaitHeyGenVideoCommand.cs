using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Wait-HeyGenVideo: collects every piped id, then waits for all of them at once through bulk status calls,
/// emitting each video as it completes (failures are non-terminating errors) under a progress bar.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "HeyGenVideo")]
[OutputType(typeof(HeyGenVideo))]
public sealed class WaitHeyGenVideoCommand : HeyGenCmdlet
{
    private readonly List<string> _ids = new();

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    /// <summary>Seconds to wait before giving up (the renders go on at HeyGen).</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    protected override void ProcessRecord() => _ids.AddRange(VideoId);

    protected override void EndProcessing()
    {
        var timeout = TimeoutSec is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        Run(_ids.ToArray(), (channel, token) => new VideoService(Session.Client).WaitAsync(_ids, timeout, channel, token));
    }
}
