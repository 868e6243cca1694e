namespace HeyGen.Emulator.Tests.Infrastructure;

/// <summary>Tiny valid files to upload.</summary>
internal static class Samples
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Bytes that start like an MP3 (ID3 tag); the emulator does not decode audio.</summary>
    public static readonly byte[] Mp3 = [0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0xFF, 0xFB, 0x90, 0x00];
}
