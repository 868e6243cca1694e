using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>Valid legacy create bodies, shaped like the spec's examples.</summary>
internal static class LegacyRequests
{
    public static V2GenerateVideoRequest V2Video(string text = "Welcome to HeyGen!", bool test = true) => new()
    {
        Test = test,
        Title = "Welcome video",
        CallbackId = "order-1234",
        Dimension = new V2Dimension { Width = 1280, Height = 720 },
        VideoInputs =
        [
            new V2VideoInput
            {
                Character = new V2AvatarCharacter { AvatarId = TestEmulator.AngelaLook, AvatarStyle = V2AvatarCharacterAvatarStyle.Normal },
                Voice = new V2TextVoice { InputText = text, VoiceId = TestEmulator.Voice },
                Background = new V2ColorBackground { Value = "#008000" },
            },
        ],
    };

    public static V1GenerateWebmVideoRequest Webm() => new()
    {
        AvatarPoseId = TestEmulator.DaisyLook,
        InputText = "A transparent hello.",
        VoiceId = TestEmulator.Voice,
    };
}
