using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;
using HeyGen.Emulator.State;

namespace HeyGen.Emulator.Routes.V3;

/// <summary>GET /v3/users/me: the emulator's one account, on a prepaid wallet that billed seconds draw down.</summary>
internal sealed class UserRoutes(EmulatorContext emulator)
{
    public void Map(IEndpointRouteBuilder app) => app.MapOperation("GET", "/v3/users/me", "getCurrentUser", GetAsync);

    private Task GetAsync(HttpContext http)
    {
        var spent = emulator.Accounting.BilledSeconds * Account.UsdPerSecond;
        var user = new CurrentUser
        {
            Username = Account.Username,
            Email = Account.Email,
            FirstName = "HeyGen",
            LastName = "Emulator",
            BillingType = CurrentUserBillingType.Wallet,
            Wallet = new UserWallet
            {
                Currency = UserWalletCurrency.Usd,
                RemainingBalance = Math.Round(Math.Max(0, Account.StartingBalanceUsd - spent), 2),
                AutoReload = new UserWalletAutoReload { Enabled = false },
            },
            Subscription = null,
            UsageBased = null,
        };
        return JsonResponses.V3(http, user, CurrentUserJsonConverter.WriteValue);
    }
}
