namespace HeyGen.Automation;

/// <summary>What a completer completes.</summary>
public enum CompletionKind
{
    AvatarId,
    AvatarName,
    VoiceId,
    VoiceName,
    AvatarGroupId,
}
