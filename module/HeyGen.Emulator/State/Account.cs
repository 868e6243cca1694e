namespace HeyGen.Emulator.State;

/// <summary>The single account an emulator serves: whoever holds the API key is this user.</summary>
internal static class Account
{
    public const string Username = "emulator";

    public const string Email = "emulator@example.org";

    public const string SpaceId = "space_0f3c9a1e7b5d4c2a";

    /// <summary>Prepaid wallet the account starts with; billed seconds are charged against it.</summary>
    public const double StartingBalanceUsd = 100;

    /// <summary>What the emulator charges per billed second (HeyGen's API pricing is of this order).</summary>
    public const double UsdPerSecond = 0.0167;
}
