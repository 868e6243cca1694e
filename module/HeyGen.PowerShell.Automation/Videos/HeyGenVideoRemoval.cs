namespace HeyGen.Automation;

/// <summary>What Remove-HeyGenVideo -PassThru reports.</summary>
public sealed class HeyGenVideoRemoval
{
    public string VideoId { get; init; } = string.Empty;

    public bool Deleted { get; init; }

    public override string ToString() => VideoId;
}
