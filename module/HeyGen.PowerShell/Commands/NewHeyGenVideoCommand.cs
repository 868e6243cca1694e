using System.Management.Automation;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Commands;

/// <summary>
/// New-HeyGenVideo: create a video (spends credits). Every parameter binds by property name, so avatars from
/// Get-HeyGenAvatar, assets from Send-HeyGenAsset and rows from Import-Csv pipe straight in.
/// </summary>
[Cmdlet(VerbsCommon.New, "HeyGenVideo", DefaultParameterSetName = AvatarSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(HeyGenVideo))]
public sealed class NewHeyGenVideoCommand : HeyGenCmdlet
{
    private const string AvatarSet = "Avatar";
    private const string ImageUrlSet = "ImageUrl";
    private const string ImageAssetSet = "ImageAsset";

    [Parameter(ParameterSetName = AvatarSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AvatarIdCompleter))]
    public string AvatarId { get; set; } = string.Empty;

    [Parameter(ParameterSetName = ImageUrlSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string ImageUrl { get; set; } = string.Empty;

    [Parameter(ParameterSetName = ImageAssetSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AssetId")]
    public string ImageAssetId { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Script { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DefaultVoiceId")]
    [ArgumentCompleter(typeof(VoiceIdCompleter))]
    public string? VoiceId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AudioUrl { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AudioAssetId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Background { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("720p", "1080p", "4k")]
    public string? Resolution { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("16:9", "9:16", "1:1", "4:5", "5:4", "auto")]
    public string? AspectRatio { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("mp4", "webm")]
    public string? Format { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Title { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? CallbackId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? CallbackUrl { get; set; }

    protected override void ProcessRecord()
    {
        var spec = new VideoRequestSpec
        {
            AvatarId = ParameterSetName == AvatarSet ? AvatarId : null,
            ImageUrl = ParameterSetName == ImageUrlSet ? ImageUrl : null,
            ImageAssetId = ParameterSetName == ImageAssetSet ? ImageAssetId : null,
            Script = Script,
            VoiceId = VoiceId,
            AudioUrl = AudioUrl,
            AudioAssetId = AudioAssetId,
            Background = Background,
            Resolution = Resolution,
            AspectRatio = AspectRatio,
            Format = Format,
            Title = Title,
            CallbackId = CallbackId,
            CallbackUrl = CallbackUrl,
        };
        var subject = spec.AvatarId ?? spec.ImageUrl ?? spec.ImageAssetId;
        if (!ShouldProcess(VideoTarget.Describe(spec), "Create a HeyGen video (spends credits)"))
        {
            return;
        }

        RunForItem(subject, async (channel, token) =>
            channel.Output(await new VideoService(Session.Client).CreateAsync(spec, token).ConfigureAwait(false)));
    }
}
