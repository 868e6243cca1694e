namespace HeyGen.Automation;

/// <summary>The account behind the API key, with the balance that matters for its billing type.</summary>
public sealed class HeyGenUser
{
    public string UserName { get; init; } = string.Empty;

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>wallet, subscription or usage_based.</summary>
    public string? BillingType { get; init; }

    /// <summary>Remaining wallet balance, when the account uses a wallet.</summary>
    public double? RemainingBalance { get; init; }

    public string? Currency { get; init; }

    public override string ToString() => UserName;

    public static async Task<HeyGenUser> GetAsync(HeyGenClient client, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        var user = await client.Users.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
        return new HeyGenUser
        {
            UserName = user.Username,
            Email = user.Email,
            FirstName = user.FirstName,
            LastName = user.LastName,
            BillingType = user.BillingType?.Value,
            RemainingBalance = user.Wallet?.RemainingBalance,
            Currency = user.Wallet?.Currency.Value,
        };
    }
}
