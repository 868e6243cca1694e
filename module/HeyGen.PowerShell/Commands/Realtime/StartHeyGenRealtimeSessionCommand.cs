using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// Start-HeyGenRealtimeSession: start a v3 realtime session (tts, audio from a URL, asset, file or base64, or
/// text_stream), wait until it is ready and output it with its HLS playback URL. Spends credits.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "HeyGenRealtimeSession", DefaultParameterSetName = TtsSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(HeyGenRealtimeSession))]
public sealed class StartHeyGenRealtimeSessionCommand : HeyGenCmdlet
{
    private const string TtsSet = "Tts";
    private const string TextStreamSet = "TextStream";
    private const string AudioUrlSet = "AudioUrl";
    private const string AudioAssetSet = "AudioAsset";
    private const string AudioPathSet = "AudioPath";
    private const string AudioBase64Set = "AudioBase64";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarIdCompleter))]
    public string AvatarId { get; set; } = string.Empty;

    [Parameter(ParameterSetName = TtsSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = TextStreamSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DefaultVoiceId")]
    [ArgumentCompleter(typeof(VoiceIdCompleter))]
    public string VoiceId { get; set; } = string.Empty;

    [Parameter(ParameterSetName = TtsSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = TextStreamSet, Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public string Text { get; set; } = string.Empty;

    [Parameter(ParameterSetName = TextStreamSet, Mandatory = true)]
    public SwitchParameter TextStream { get; set; }

    [Parameter(ParameterSetName = TextStreamSet)]
    public SwitchParameter KeepAlive { get; set; }

    [Parameter(ParameterSetName = AudioUrlSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string AudioUrl { get; set; } = string.Empty;

    [Parameter(ParameterSetName = AudioAssetSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AssetId")]
    public string AudioAssetId { get; set; } = string.Empty;

    [Parameter(ParameterSetName = AudioPathSet, Mandatory = true)]
    public string AudioPath { get; set; } = string.Empty;

    [Parameter(ParameterSetName = AudioBase64Set, Mandatory = true)]
    public string AudioBase64 { get; set; } = string.Empty;

    [Parameter(ParameterSetName = AudioBase64Set, Mandatory = true)]
    public string AudioMediaType { get; set; } = string.Empty;

    /// <summary>Seconds to wait for the session to be ready.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    protected override void ProcessRecord()
    {
        var spec = new RealtimeStartSpec
        {
            Mode = ParameterSetName switch { TtsSet => RealtimeMode.Tts, TextStreamSet => RealtimeMode.TextStream, _ => RealtimeMode.Audio },
            AvatarId = AvatarId,
            VoiceId = ParameterSetName is TtsSet or TextStreamSet ? VoiceId : null,
            Text = ParameterSetName is TtsSet or TextStreamSet ? Text : null,
            KeepAlive = KeepAlive.IsPresent,
            AudioUrl = ParameterSetName == AudioUrlSet ? AudioUrl : null,
            AudioAssetId = ParameterSetName == AudioAssetSet ? AudioAssetId : null,
            AudioPath = ParameterSetName == AudioPathSet ? GetUnresolvedProviderPathFromPSPath(AudioPath) : null,
            AudioBase64 = ParameterSetName == AudioBase64Set ? AudioBase64 : null,
            AudioMediaType = ParameterSetName == AudioBase64Set ? AudioMediaType : null,
            ReadyTimeout = TimeoutSec is int seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        if (!ShouldProcess(spec.Describe(), "Start a HeyGen realtime session (spends credits)"))
        {
            return;
        }

        RunForItem(AvatarId, async (channel, token) =>
            channel.Output(await new RealtimeService(Session.Client, Session.Realtime).StartAsync(spec, channel, token).ConfigureAwait(false)));
    }
}
